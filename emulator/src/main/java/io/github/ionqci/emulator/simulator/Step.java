package io.github.ionqci.emulator.simulator;

/**
 * An {@link Operation} prepared for the kernels: targets sorted ascending (the matrix permuted to
 * match), controls as a bit mask, diagonal matrices recognised, on given array bit positions.
 */
final class Step {

    private final int targetCount;
    private final int q0;
    private final int q1;
    private final int ctrl;
    private final boolean diagonal;
    /** 1q: (r00,i00,r01,i01,r10,i10,r11,i11); diagonal: (r0,i0,r1,i1[,r2,i2,r3,i3]). */
    private final double[] m;
    private final double[] mr;
    private final double[] mi;

    private Step(int targetCount, int q0, int q1, int ctrl, boolean diagonal, double[] m, double[] mr, double[] mi) {
        this.targetCount = targetCount;
        this.q0 = q0;
        this.q1 = q1;
        this.ctrl = ctrl;
        this.diagonal = diagonal;
        this.m = m;
        this.mr = mr;
        this.mi = mi;
    }

    /**
     * Prepares an operation whose targets are at array bits {@code bits[j]} (for target j) and whose
     * control bits (already translated) are {@code ctrlMask}.
     */
    static Step of(ComplexMatrix matrix, int[] bits, int ctrlMask) {
        boolean diagonal = matrix.isDiagonal();
        if (bits.length == 1) {
            double[] m;
            if (diagonal) {
                m = new double[] {matrix.re(0, 0), matrix.im(0, 0), matrix.re(1, 1), matrix.im(1, 1)};
            } else {
                m = new double[] {matrix.re(0, 0), matrix.im(0, 0), matrix.re(0, 1), matrix.im(0, 1),
                        matrix.re(1, 0), matrix.im(1, 0), matrix.re(1, 1), matrix.im(1, 1)};
            }
            return new Step(1, bits[0], -1, ctrlMask, diagonal, m, null, null);
        }
        if (bits.length != 2) {
            throw new IllegalArgumentException("operations act on one or two targets, not " + bits.length);
        }
        ComplexMatrix sorted = bits[0] < bits[1] ? matrix : swapBits(matrix);
        int lo = Math.min(bits[0], bits[1]);
        int hi = Math.max(bits[0], bits[1]);
        if (diagonal) {
            double[] d = new double[8];
            for (int k = 0; k < 4; k++) {
                d[2 * k] = sorted.re(k, k);
                d[2 * k + 1] = sorted.im(k, k);
            }
            return new Step(2, lo, hi, ctrlMask, true, d, null, null);
        }
        return new Step(2, lo, hi, ctrlMask, false, null, sorted.reRaw().clone(), sorted.imRaw().clone());
    }

    /** The same 4x4 matrix with the two index bits exchanged. */
    static ComplexMatrix swapBits(ComplexMatrix m) {
        return Gates.SWAP.times(m).times(Gates.SWAP);
    }

    /** Prepares an operation on the state's own qubit positions. */
    static Step of(Operation op) {
        return of(op.matrix(), op.targets(), (int) op.controlMask());
    }

    int targetCount() {
        return targetCount;
    }

    /** Number of amplitude groups in an array of {@code length} amplitudes. */
    int groups(int length) {
        return length >>> targetCount;
    }

    /** Applies the step to the groups {@code [kFrom, kTo)} of the arrays. */
    void run(double[] re, double[] im, int kFrom, int kTo) {
        if (targetCount == 1) {
            if (diagonal) {
                Kernels.diag1(re, im, q0, ctrl, m, kFrom, kTo);
            } else {
                Kernels.apply1(re, im, q0, ctrl, m, kFrom, kTo);
            }
        } else if (diagonal) {
            Kernels.diag2(re, im, q0, q1, ctrl, m, kFrom, kTo);
        } else {
            Kernels.apply2(re, im, q0, q1, ctrl, mr, mi, kFrom, kTo);
        }
    }
}
