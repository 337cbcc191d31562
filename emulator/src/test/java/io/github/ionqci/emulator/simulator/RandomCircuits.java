package io.github.ionqci.emulator.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Random circuits for the simulator's and the compiler's tests, the same for a given seed.
 *
 * <pre>{@code
 * List<Operation> ops = RandomCircuits.operations(5, 60, 11);
 * }</pre>
 */
public final class RandomCircuits {

    private RandomCircuits() {
    }

    /**
     * A random circuit over the gate kinds the parser produces, including controlled ones (one and two controls,
     * a controlled two-qubit gate) and an arbitrary two-qubit unitary.
     *
     * @param qubits the width, at least 3
     * @param gates  how many operations
     * @param seed   the seed: the same circuit every time
     * @return the operations
     */
    public static List<Operation> operations(int qubits, int gates, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        List<Operation> ops = new ArrayList<>();
        for (int g = 0; g < gates; g++) {
            int kind = rng.nextInt(14);
            int a = rng.nextInt(qubits);
            int b = (a + 1 + rng.nextInt(qubits - 1)) % qubits;
            switch (kind) {
                case 0 -> ops.add(Operation.of(Gates.H, a));
                case 1 -> ops.add(Operation.of(Gates.rx(rng.nextDouble() * 6), a));
                case 2 -> ops.add(Operation.of(Gates.rz(rng.nextDouble() * 6), a));
                case 3 -> ops.add(Operation.of(Gates.gpi2(rng.nextDouble()), a));
                case 4 -> ops.add(Operation.controlled(new int[] {a}, Gates.X, b));
                case 5 -> ops.add(Operation.of(Gates.ms(rng.nextDouble(), rng.nextDouble(), 0.25 * rng.nextDouble()), a, b));
                case 6 -> ops.add(Operation.of(Gates.zz(rng.nextDouble() * 6), a, b));
                case 7 -> ops.add(Operation.controlled(new int[] {a}, Gates.ry(rng.nextDouble() * 6), b));
                case 8 -> {
                    int c = (b + 1 + rng.nextInt(qubits - 2)) % qubits;
                    if (c == a) {
                        c = (c + 1) % qubits;
                        if (c == b) {
                            c = (c + 1) % qubits;
                        }
                    }
                    ops.add(Operation.controlled(new int[] {a, c}, Gates.X, b));
                }
                case 9 -> ops.add(Operation.of(Gates.SWAP, a, b));
                case 10 -> ops.add(Operation.of(rng.nextBoolean() ? Gates.X : Gates.Y, a));
                case 11 -> ops.add(Operation.controlled(new int[] {a}, Gates.Z, b));
                case 12 -> ops.add(Operation.of(Gates.SWAP.times(Gates.zz(1.1)).times(Gates.X.kronBelow(Gates.Y)), a, b));
                default -> {
                    int c = third(qubits, a, b, rng);
                    ops.add(Operation.controlled(new int[] {c}, Gates.xx(rng.nextDouble() * 6), a, b));
                }
            }
        }
        return ops;
    }

    private static int third(int qubits, int a, int b, SplittableRandom rng) {
        int c = rng.nextInt(qubits);
        while (c == a || c == b) {
            c = (c + 1) % qubits;
        }
        return c;
    }

}
