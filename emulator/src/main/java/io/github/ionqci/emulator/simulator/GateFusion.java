package io.github.ionqci.emulator.simulator;

import java.util.ArrayList;
import java.util.List;

/**
 * Fuses a gate sequence into fewer operations without changing the unitary it implements:
 * runs of single-qubit gates on one qubit become one 2x2 matrix, single-qubit gates next to an
 * uncontrolled two-qubit gate are folded into its 4x4 matrix (before and after it), and consecutive
 * two-qubit gates on the same pair multiply into one.
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
                        out.set(li, Operation.of(embed(op.matrix(), pt[0] == q ? 0 : 1).times(prev.matrix()), pt));
                        continue;
                    }
                }
                pending[q] = op.matrix();
                continue;
            }

            ComplexMatrix matrix = op.matrix();
            boolean fusable = isFusable2q(op);
            for (int j = 0; j < targets.length; j++) {
                int q = targets[j];
                if (pending[q] == null) {
                    continue;
                }
                if (fusable) {
                    matrix = matrix.times(embed(pending[q], j));
                } else {
                    last[q] = out.size();
                    out.add(Operation.of(pending[q], q));
                }
                pending[q] = null;
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
                    out.set(li, Operation.of(aligned.times(prev.matrix()), pt));
                    continue;
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

    private static boolean isFusable2q(Operation op) {
        return op.targetCount() == 2 && op.controlCount() == 0;
    }

    /** A 2x2 matrix acting on bit {@code position} (0 or 1) of a two-qubit index. */
    private static ComplexMatrix embed(ComplexMatrix oneQubit, int position) {
        return position == 0 ? oneQubit.kronBelow(Gates.I) : Gates.I.kronBelow(oneQubit);
    }
}
