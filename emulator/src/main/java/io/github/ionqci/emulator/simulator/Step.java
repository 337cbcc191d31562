package io.github.ionqci.emulator.simulator;

/**
 * An {@link Operation} prepared for the kernels: targets sorted ascending (the matrix permuted to
 * match), controls as a bit mask, diagonal matrices recognised, on given array bit positions.
 */
final class Step {

    private enum Kind { DIAG1, ANTI1, DENSE1, DIAG2, PERM2, BLOCKS2, DENSE2 }

    private final Kind kind;
    private final int[] perm;
    private final int targetCount;
    private final int q0;
    private final int q1;
    private final int ctrl;
    /** 1q: (r00,i00,r01,i01,r10,i10,r11,i11); diagonal: (r0,i0,r1,i1[,r2,i2,r3,i3]). */
    private final double[] m;
    private final double[] mr;
    private final double[] mi;

    private Step(Kind kind, int[] perm, int q0, int q1, int ctrl, double[] m, double[] mr, double[] mi) {
        this.kind = kind;
        this.perm = perm;
        this.targetCount = kind.ordinal() < 3 ? 1 : 2;
        this.q0 = q0;
        this.q1 = q1;
        this.ctrl = ctrl;
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
            if (diagonal) {
                double[] d = {matrix.re(0, 0), matrix.im(0, 0), matrix.re(1, 1), matrix.im(1, 1)};
                return new Step(Kind.DIAG1, null, bits[0], -1, ctrlMask, d, null, null);
            }
            if (matrix.isMonomial()) {
                double[] p = {matrix.re(0, 1), matrix.im(0, 1), matrix.re(1, 0), matrix.im(1, 0)};
                return new Step(Kind.ANTI1, null, bits[0], -1, ctrlMask, p, null, null);
            }
            double[] m = {matrix.re(0, 0), matrix.im(0, 0), matrix.re(0, 1), matrix.im(0, 1),
                    matrix.re(1, 0), matrix.im(1, 0), matrix.re(1, 1), matrix.im(1, 1)};
            return new Step(Kind.DENSE1, null, bits[0], -1, ctrlMask, m, null, null);
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
            return new Step(Kind.DIAG2, null, lo, hi, ctrlMask, d, null, null);
        }
        int[] cols = sorted.monomialColumns();
        if (cols != null) {
            double[] p = new double[8];
            for (int r = 0; r < 4; r++) {
                p[2 * r] = sorted.re(r, cols[r]);
                p[2 * r + 1] = sorted.im(r, cols[r]);
            }
            return new Step(Kind.PERM2, cols, lo, hi, ctrlMask, p, null, null);
        }
        int[] layout = sorted.twoBlockLayout();
        if (layout != null) {
            double[] c = new double[16];
            for (int block = 0; block < 2; block++) {
                int a = layout[4 * block];
                int b = layout[4 * block + 1];
                int r1 = layout[4 * block + 2];
                int r2 = layout[4 * block + 3];
                int o = 8 * block;
                c[o] = sorted.re(r1, a);
                c[o + 1] = sorted.im(r1, a);
                c[o + 2] = sorted.re(r1, b);
                c[o + 3] = sorted.im(r1, b);
                c[o + 4] = sorted.re(r2, a);
                c[o + 5] = sorted.im(r2, a);
                c[o + 6] = sorted.re(r2, b);
                c[o + 7] = sorted.im(r2, b);
            }
            return new Step(Kind.BLOCKS2, layout, lo, hi, ctrlMask, c, null, null);
        }
        return new Step(Kind.DENSE2, null, lo, hi, ctrlMask, null, sorted.reRaw().clone(), sorted.imRaw().clone());
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
        switch (kind) {
            case DIAG1 -> Kernels.diag1(re, im, q0, ctrl, m, kFrom, kTo);
            case ANTI1 -> Kernels.anti1(re, im, q0, ctrl, m, kFrom, kTo);
            case DENSE1 -> Kernels.apply1(re, im, q0, ctrl, m, kFrom, kTo);
            case DIAG2 -> Kernels.diag2(re, im, q0, q1, ctrl, m, kFrom, kTo);
            case PERM2 -> Kernels.perm2(re, im, q0, q1, ctrl, perm, m, kFrom, kTo);
            case BLOCKS2 -> Kernels.blocks2(re, im, q0, q1, ctrl, perm, m, kFrom, kTo);
            default -> Kernels.apply2(re, im, q0, q1, ctrl, mr, mi, kFrom, kTo);
        }
    }
}
