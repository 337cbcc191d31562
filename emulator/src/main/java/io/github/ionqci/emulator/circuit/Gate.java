package io.github.ionqci.emulator.circuit;

import io.github.ionqci.emulator.simulator.Operation;

/**
 * One gate of a parsed circuit: its name as written in the job and the operation it performs.
 *
 * <pre>{@code
 * Gate g = circuit.gates().get(0);
 * g.name();           // "cnot"
 * g.targets();        // [1]
 * g.controls();       // [0]
 * }</pre>
 *
 * @param name      the gate name as submitted ({@code "x"}, {@code "ms"}, …)
 * @param operation the unitary, targets and controls
 */
public record Gate(String name, Operation operation) {

    /**
     * Target qubits.
     *
     * @return a copy of the operation's targets
     */
    public int[] targets() {
        return operation.targets();
    }

    /**
     * Control qubits (empty if none).
     *
     * @return a copy of the operation's controls
     */
    public int[] controls() {
        return operation.controls();
    }

    /**
     * Number of qubits the gate touches (targets and controls).
     *
     * @return the count of distinct target and control qubits
     */
    public int width() {
        return Long.bitCount(operation.qubitMask());
    }
}
