package io.github.ionqci.emulator.simulator;

import java.util.Arrays;

/**
 * A unitary acting on one or two target qubits, optionally conditioned on control qubits all being
 * |1⟩. This is what the simulator executes; circuit gates are translated into operations.
 *
 * <pre>{@code
 * Operation cnot = Operation.controlled(new int[] {0}, Gates.X, 1);   // control 0, target 1
 * Operation h = Operation.of(Gates.H, 0);
 * }</pre>
 *
 * @param matrix   the 2<sup>k</sup>×2<sup>k</sup> matrix; bit j of its index is qubit {@code targets[j]}
 * @param targets  the k target qubits, distinct
 * @param controls the control qubits (may be empty), distinct from the targets
 */
public record Operation(ComplexMatrix matrix, int[] targets, int[] controls) {

    // Validates the shape.
    public Operation {
        if (matrix.qubits() != targets.length) {
            throw new IllegalArgumentException(
                    "matrix acts on " + matrix.qubits() + " qubits but " + targets.length + " targets given");
        }
        targets = targets.clone();
        controls = controls.clone();
        long seen = 0;
        for (int q : targets) {
            seen = mark(seen, q);
        }
        for (int q : controls) {
            seen = mark(seen, q);
        }
    }

    private static long mark(long seen, int q) {
        if (q < 0 || q > 62) {
            throw new IllegalArgumentException("qubit out of range: " + q);
        }
        if ((seen & (1L << q)) != 0) {
            throw new IllegalArgumentException("qubit " + q + " used twice in one operation");
        }
        return seen | (1L << q);
    }

    /** An uncontrolled operation. */
    public static Operation of(ComplexMatrix matrix, int... targets) {
        return new Operation(matrix, targets, new int[0]);
    }

    /** A controlled operation. */
    public static Operation controlled(int[] controls, ComplexMatrix matrix, int... targets) {
        return new Operation(matrix, targets, controls);
    }

    @Override
    public int[] targets() {
        return targets.clone();
    }

    @Override
    public int[] controls() {
        return controls.clone();
    }

    int target(int j) {
        return targets[j];
    }

    int targetCount() {
        return targets.length;
    }

    int controlCount() {
        return controls.length;
    }

    int control(int j) {
        return controls[j];
    }

    /** Bit mask of the control qubits. */
    public long controlMask() {
        long m = 0;
        for (int q : controls) {
            m |= 1L << q;
        }
        return m;
    }

    /** Bit mask of the target qubits. */
    public long targetMask() {
        long m = 0;
        for (int q : targets) {
            m |= 1L << q;
        }
        return m;
    }

    /** Bit mask of every qubit this operation touches. */
    public long qubitMask() {
        return controlMask() | targetMask();
    }

    /** The highest qubit index touched. */
    public int maxQubit() {
        return 63 - Long.numberOfLeadingZeros(qubitMask());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Operation op && op.matrix.equals(matrix)
                && Arrays.equals(op.targets, targets) && Arrays.equals(op.controls, controls);
    }

    @Override
    public int hashCode() {
        return matrix.hashCode() * 31 + Arrays.hashCode(targets) * 7 + Arrays.hashCode(controls);
    }

    @Override
    public String toString() {
        return "Operation{targets=" + Arrays.toString(targets) + ", controls=" + Arrays.toString(controls)
                + ", matrix=" + matrix + "}";
    }
}
