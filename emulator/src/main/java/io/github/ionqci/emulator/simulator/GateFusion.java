package io.github.ionqci.emulator.simulator;

import java.util.ArrayList;
import java.util.List;

/**
 * Fuses a gate sequence into fewer operations without changing the unitary it implements:
 * runs of single-qubit gates on one qubit become one 2x2 matrix, single-qubit gates next to an
 * uncontrolled two-qubit gate are folded into its 4x4 matrix (before and after it), and consecutive
 * two-qubit gates on the same pair multiply into one. A fold is made only when the fused operation
 * costs no more arithmetic than the parts (a dense 4x4 costs about twice a dense 2x2, while diagonal
 * and permutation-with-phase matrices, like CNOT, SWAP, Rz or ZZ, are cheap and stay so).
 *
 * <pre>{@code
 * List<Operation> fused = GateFusion.fuse(List.of(Operation.of(Gates.H, 0), Operation.of(Gates.T, 0)));
 * // one operation: T·H on qubit 0
 * }</pre>
 */
public final class GateFusion {

    private GateFusion() {
    }

    /**
     * Fuses {@code ops}; the result applies the same unitary.
     *
     * @param ops operations in the order they are applied
     * @return fused operations in the order to apply them
     */
    public static List<Operation> fuse(List<Operation> ops) {
        int width = 0;
        for (Operation op : ops) {
            width = Math.max(width, op.maxQubit() + 1);
        }
        List<Operation> out = new ArrayList<>(ops.size());
        ComplexMatrix[] pending = new ComplexMatrix[width];
        int[] last = new int[width];
        java.util.Arrays.fill(last, -1);

        for (Operation op : ops) {
            int[] targets = op.targets();
            if (targets.length == 1 && op.controlCount() == 0) {
                int q = targets[0];
                if (pending[q] != null) {
                    pending[q] = op.matrix().times(pending[q]);
                    continue;
                }
                int li = last[q];
                if (li >= 0 && isFusable2q(out.get(li))) {
                    Operation prev = out.get(li);
                    int[] pt = prev.targets();
                    int other = pt[0] == q ? pt[1] : pt[0];
                    if (last[other] == li) {
                        ComplexMatrix fused = embed(op.matrix(), pt[0] == q ? 0 : 1).times(prev.matrix());
                        if (cost(fused) <= cost(prev.matrix()) + cost(op.matrix())) {
                            out.set(li, Operation.of(fused, pt));
                            continue;
                        }
                    }
                }
                pending[q] = op.matrix();
                continue;
            }

            ComplexMatrix matrix = op.matrix();
            boolean fusable = isFusable2q(op);
            if (fusable) {
                ComplexMatrix folded = matrix;
                double separate = cost(matrix);
                for (int j = 0; j < 2; j++) {
                    if (pending[targets[j]] != null) {
                        folded = folded.times(embed(pending[targets[j]], j));
                        separate += cost(pending[targets[j]]);
                    }
                }
                if (cost(folded) <= separate) {
                    matrix = folded;
                    pending[targets[0]] = null;
                    pending[targets[1]] = null;
                }
            }
            for (int q : targets) {
                if (pending[q] != null) {
                    last[q] = out.size();
                    out.add(Operation.of(pending[q], q));
                    pending[q] = null;
                }
            }
            int[] controls = op.controls();
            for (int q : controls) {
                if (pending[q] != null) {
                    last[q] = out.size();
                    out.add(Operation.of(pending[q], q));
                    pending[q] = null;
                }
            }
            Operation current = fusable ? Operation.of(matrix, targets) : op;
            if (fusable) {
                int li = last[targets[0]];
                if (li >= 0 && li == last[targets[1]] && isFusable2q(out.get(li))) {
                    Operation prev = out.get(li);
                    int[] pt = prev.targets();
                    ComplexMatrix aligned = pt[0] == targets[0] ? matrix : Step.swapBits(matrix);
                    ComplexMatrix merged = aligned.times(prev.matrix());
                    if (cost(merged) <= cost(prev.matrix()) + cost(matrix)) {
                        out.set(li, Operation.of(merged, pt));
                        continue;
                    }
                }
            }
            int index = out.size();
            out.add(current);
            for (int q : targets) {
                last[q] = index;
            }
            for (int q : controls) {
                last[q] = index;
            }
        }
        for (int q = 0; q < width; q++) {
            if (pending[q] != null) {
                out.add(Operation.of(pending[q], q));
            }
        }
        return out;
    }

    /** Relative arithmetic per amplitude of applying {@code m} (uncontrolled). */
    static double cost(ComplexMatrix m) {
        boolean one = m.dim() == 2;
        if (m.isDiagonal()) {
            return one ? 1.0 : 1.5;
        }
        if (m.isMonomial()) {
            return one ? 1.5 : 2.0;
        }
        if (!one && m.twoBlockLayout() != null) {
            return 3.5;
        }
        return one ? 3.5 : 7.5;
    }

    private static boolean isFusable2q(Operation op) {
        return op.targetCount() == 2 && op.controlCount() == 0;
    }

    /** A 2x2 matrix acting on bit {@code position} (0 or 1) of a two-qubit index. */
    private static ComplexMatrix embed(ComplexMatrix oneQubit, int position) {
        return position == 0 ? oneQubit.kronBelow(Gates.I) : Gates.I.kronBelow(oneQubit);
    }
}
