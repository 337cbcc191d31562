package io.github.ionqci.emulator.simulator;

/**
 * The inner loops: apply a one- or two-qubit matrix to a state held as separate real and imaginary
 * arrays. Each kernel works on a range of "group indices" {@code [kFrom, kTo)}: a group is the pair
 * (1q) or quadruple (2q) of amplitudes the matrix mixes, numbered by the index with the target bits
 * removed. Consecutive group indices map to contiguous amplitudes whenever the lowest target bit is
 * above them, which keeps the innermost loop a plain stride-1 loop over the arrays.
 *
 * <p>Control bits {@code ctrl} (a bit mask of array index bits, disjoint from the targets) must all be
 * set for an amplitude group to be transformed.
 */
final class Kernels {

    private Kernels() {
    }

    /** Number of 1q groups (pairs) in an array of {@code length} amplitudes. */
    static int pairs(int length) {
        return length >>> 1;
    }

    /**
     * Applies a 2x2 matrix {@code m = (r00, i00, r01, i01, r10, i10, r11, i11)} on bit {@code q}.
     */
    static void apply1(double[] re, double[] im, int q, int ctrl, double[] m, int kFrom, int kTo) {
        final double r00 = m[0], i00 = m[1], r01 = m[2], i01 = m[3];
        final double r10 = m[4], i10 = m[5], r11 = m[6], i11 = m[7];
        final int s = 1 << q;
        final int lowMask = s - 1;
        final int ctrlLow = ctrl & lowMask;
        final int ctrlHigh = ctrl & ~lowMask;
        if (q == 0 && ctrl == 0) {
            for (int a = kFrom << 1, end = kTo << 1; a < end; a += 2) {
                int b = a + 1;
                double ar = re[a], ai = im[a], br = re[b], bi = im[b];
                re[a] = r00 * ar - i00 * ai + r01 * br - i01 * bi;
                im[a] = r00 * ai + i00 * ar + r01 * bi + i01 * br;
                re[b] = r10 * ar - i10 * ai + r11 * br - i11 * bi;
                im[b] = r10 * ai + i10 * ar + r11 * bi + i11 * br;
            }
            return;
        }
        if (q == 0) {
            for (int k = kFrom; k < kTo; k++) {
                int a = k << 1;
                if ((a & ctrl) != ctrl) {
                    continue;
                }
                int b = a + 1;
                double ar = re[a], ai = im[a], br = re[b], bi = im[b];
                re[a] = r00 * ar - i00 * ai + r01 * br - i01 * bi;
                im[a] = r00 * ai + i00 * ar + r01 * bi + i01 * br;
                re[b] = r10 * ar - i10 * ai + r11 * br - i11 * bi;
                im[b] = r10 * ai + i10 * ar + r11 * bi + i11 * br;
            }
            return;
        }
        int k = kFrom;
        while (k < kTo) {
            int end = Math.min(kTo, (k | lowMask) + 1);
            int a0 = ((k >>> q) << (q + 1)) | (k & lowMask);
            if ((a0 & ctrlHigh) == ctrlHigh) {
                int n = end - k;
                int b0 = a0 + s;
                if (ctrlLow == 0) {
                    for (int j = 0; j < n; j++) {
                        int a = a0 + j;
                        int b = b0 + j;
                        double ar = re[a], ai = im[a], br = re[b], bi = im[b];
                        re[a] = r00 * ar - i00 * ai + r01 * br - i01 * bi;
                        im[a] = r00 * ai + i00 * ar + r01 * bi + i01 * br;
                        re[b] = r10 * ar - i10 * ai + r11 * br - i11 * bi;
                        im[b] = r10 * ai + i10 * ar + r11 * bi + i11 * br;
                    }
                } else {
                    for (int j = 0; j < n; j++) {
                        int a = a0 + j;
                        if ((a & ctrlLow) != ctrlLow) {
                            continue;
                        }
                        int b = b0 + j;
                        double ar = re[a], ai = im[a], br = re[b], bi = im[b];
                        re[a] = r00 * ar - i00 * ai + r01 * br - i01 * bi;
                        im[a] = r00 * ai + i00 * ar + r01 * bi + i01 * br;
                        re[b] = r10 * ar - i10 * ai + r11 * br - i11 * bi;
                        im[b] = r10 * ai + i10 * ar + r11 * bi + i11 * br;
                    }
                }
            }
            k = end;
        }
    }

    /** Applies a diagonal 2x2 matrix {@code d = (r0, i0, r1, i1)} on bit {@code q}. */
    static void diag1(double[] re, double[] im, int q, int ctrl, double[] d, int kFrom, int kTo) {
        final double r0 = d[0], i0 = d[1], r1 = d[2], i1 = d[3];
        final int s = 1 << q;
        final int lowMask = s - 1;
        final int ctrlLow = ctrl & lowMask;
        final int ctrlHigh = ctrl & ~lowMask;
        boolean skip0 = r0 == 1.0 && i0 == 0.0;
        int k = kFrom;
        while (k < kTo) {
            int end = q == 0 ? kTo : Math.min(kTo, (k | lowMask) + 1);
            int n = end - k;
            if (q == 0) {
                for (int j = 0; j < n; j++) {
                    int a = (k + j) << 1;
                    if ((a & ctrl) != ctrl) {
                        continue;
                    }
                    int b = a + 1;
                    if (!skip0) {
                        double ar = re[a], ai = im[a];
                        re[a] = r0 * ar - i0 * ai;
                        im[a] = r0 * ai + i0 * ar;
                    }
                    double br = re[b], bi = im[b];
                    re[b] = r1 * br - i1 * bi;
                    im[b] = r1 * bi + i1 * br;
                }
            } else {
                int a0 = ((k >>> q) << (q + 1)) | (k & lowMask);
                if ((a0 & ctrlHigh) == ctrlHigh) {
                    int b0 = a0 + s;
                    for (int j = 0; j < n; j++) {
                        int a = a0 + j;
                        if ((a & ctrlLow) != ctrlLow) {
                            continue;
                        }
                        int b = b0 + j;
                        if (!skip0) {
                            double ar = re[a], ai = im[a];
                            re[a] = r0 * ar - i0 * ai;
                            im[a] = r0 * ai + i0 * ar;
                        }
                        double br = re[b], bi = im[b];
                        re[b] = r1 * br - i1 * bi;
                        im[b] = r1 * bi + i1 * br;
                    }
                }
            }
            k = end;
        }
    }

    /**
     * Applies a 4x4 matrix on bits {@code q0 < q1}; {@code mr}/{@code mi} are row-major with bit 0 of
     * the index for {@code q0} and bit 1 for {@code q1}.
     */
    static void apply2(double[] re, double[] im, int q0, int q1, int ctrl, double[] mr, double[] mi,
                       int kFrom, int kTo) {
        final double r00 = mr[0], r01 = mr[1], r02 = mr[2], r03 = mr[3];
        final double r10 = mr[4], r11 = mr[5], r12 = mr[6], r13 = mr[7];
        final double r20 = mr[8], r21 = mr[9], r22 = mr[10], r23 = mr[11];
        final double r30 = mr[12], r31 = mr[13], r32 = mr[14], r33 = mr[15];
        final double i00 = mi[0], i01 = mi[1], i02 = mi[2], i03 = mi[3];
        final double i10 = mi[4], i11 = mi[5], i12 = mi[6], i13 = mi[7];
        final double i20 = mi[8], i21 = mi[9], i22 = mi[10], i23 = mi[11];
        final double i30 = mi[12], i31 = mi[13], i32 = mi[14], i33 = mi[15];
        final int s0 = 1 << q0;
        final int s1 = 1 << q1;
        final int low0 = s0 - 1;
        final int low1 = s1 - 1;
        final int ctrlLow = ctrl & low0;
        final int ctrlHigh = ctrl & ~low0;
        int k = kFrom;
        while (k < kTo) {
            int end = Math.min(kTo, (k | low0) + 1);
            int t = ((k >>> q0) << (q0 + 1)) | (k & low0);
            int a0 = ((t >>> q1) << (q1 + 1)) | (t & low1);
            if ((a0 & ctrlHigh) == ctrlHigh) {
                int n = end - k;
                for (int j = 0; j < n; j++) {
                    int p0 = a0 + j;
                    if ((p0 & ctrlLow) != ctrlLow) {
                        continue;
                    }
                    int p1 = p0 + s0;
                    int p2 = p0 + s1;
                    int p3 = p2 + s0;
                    double xr0 = re[p0], xi0 = im[p0], xr1 = re[p1], xi1 = im[p1];
                    double xr2 = re[p2], xi2 = im[p2], xr3 = re[p3], xi3 = im[p3];
                    re[p0] = r00 * xr0 - i00 * xi0 + r01 * xr1 - i01 * xi1 + r02 * xr2 - i02 * xi2 + r03 * xr3 - i03 * xi3;
                    im[p0] = r00 * xi0 + i00 * xr0 + r01 * xi1 + i01 * xr1 + r02 * xi2 + i02 * xr2 + r03 * xi3 + i03 * xr3;
                    re[p1] = r10 * xr0 - i10 * xi0 + r11 * xr1 - i11 * xi1 + r12 * xr2 - i12 * xi2 + r13 * xr3 - i13 * xi3;
                    im[p1] = r10 * xi0 + i10 * xr0 + r11 * xi1 + i11 * xr1 + r12 * xi2 + i12 * xr2 + r13 * xi3 + i13 * xr3;
                    re[p2] = r20 * xr0 - i20 * xi0 + r21 * xr1 - i21 * xi1 + r22 * xr2 - i22 * xi2 + r23 * xr3 - i23 * xi3;
                    im[p2] = r20 * xi0 + i20 * xr0 + r21 * xi1 + i21 * xr1 + r22 * xi2 + i22 * xr2 + r23 * xi3 + i23 * xr3;
                    re[p3] = r30 * xr0 - i30 * xi0 + r31 * xr1 - i31 * xi1 + r32 * xr2 - i32 * xi2 + r33 * xr3 - i33 * xi3;
                    im[p3] = r30 * xi0 + i30 * xr0 + r31 * xi1 + i31 * xr1 + r32 * xi2 + i32 * xr2 + r33 * xi3 + i33 * xr3;
                }
            }
            k = end;
        }
    }

    /** Applies a diagonal 4x4 matrix {@code d = (r0, i0, …, r3, i3)} on bits {@code q0 < q1}. */
    static void diag2(double[] re, double[] im, int q0, int q1, int ctrl, double[] d, int kFrom, int kTo) {
        final int s0 = 1 << q0;
        final int s1 = 1 << q1;
        final int low0 = s0 - 1;
        final int low1 = s1 - 1;
        final int ctrlLow = ctrl & low0;
        final int ctrlHigh = ctrl & ~low0;
        final double dr0 = d[0], di0 = d[1], dr1 = d[2], di1 = d[3];
        final double dr2 = d[4], di2 = d[5], dr3 = d[6], di3 = d[7];
        int k = kFrom;
        while (k < kTo) {
            int end = Math.min(kTo, (k | low0) + 1);
            int t = ((k >>> q0) << (q0 + 1)) | (k & low0);
            int a0 = ((t >>> q1) << (q1 + 1)) | (t & low1);
            if ((a0 & ctrlHigh) == ctrlHigh) {
                int n = end - k;
                for (int j = 0; j < n; j++) {
                    int p0 = a0 + j;
                    if ((p0 & ctrlLow) != ctrlLow) {
                        continue;
                    }
                    int p1 = p0 + s0;
                    int p2 = p0 + s1;
                    int p3 = p2 + s0;
                    double x, y;
                    x = re[p0]; y = im[p0];
                    re[p0] = dr0 * x - di0 * y; im[p0] = dr0 * y + di0 * x;
                    x = re[p1]; y = im[p1];
                    re[p1] = dr1 * x - di1 * y; im[p1] = dr1 * y + di1 * x;
                    x = re[p2]; y = im[p2];
                    re[p2] = dr2 * x - di2 * y; im[p2] = dr2 * y + di2 * x;
                    x = re[p3]; y = im[p3];
                    re[p3] = dr3 * x - di3 * y; im[p3] = dr3 * y + di3 * x;
                }
            }
            k = end;
        }
    }
    /**
     * Applies an anti-diagonal 2x2 matrix {@code (0, p0; p1, 0)}, {@code p = (r0, i0, r1, i1)}, on bit
     * {@code q}: an X (pure swap when both phases are 1) or Y-like gate.
     */
    static void anti1(double[] re, double[] im, int q, int ctrl, double[] p, int kFrom, int kTo) {
        final double r0 = p[0], i0 = p[1], r1 = p[2], i1 = p[3];
        final boolean swapOnly = r0 == 1.0 && i0 == 0.0 && r1 == 1.0 && i1 == 0.0;
        final int s = 1 << q;
        final int lowMask = s - 1;
        final int ctrlLow = ctrl & lowMask;
        final int ctrlHigh = ctrl & ~lowMask;
        int k = kFrom;
        while (k < kTo) {
            int end = q == 0 ? kTo : Math.min(kTo, (k | lowMask) + 1);
            int n = end - k;
            int a0 = q == 0 ? k << 1 : ((k >>> q) << (q + 1)) | (k & lowMask);
            int step = q == 0 ? 2 : 1;
            if (q == 0 || (a0 & ctrlHigh) == ctrlHigh) {
                int checkMask = q == 0 ? ctrl : ctrlLow;
                for (int j = 0; j < n; j++) {
                    int a = a0 + j * step;
                    if ((a & checkMask) != checkMask) {
                        continue;
                    }
                    int b = a + s;
                    double ar = re[a], ai = im[a], br = re[b], bi = im[b];
                    if (swapOnly) {
                        re[a] = br;
                        im[a] = bi;
                        re[b] = ar;
                        im[b] = ai;
                    } else {
                        re[a] = r0 * br - i0 * bi;
                        im[a] = r0 * bi + i0 * br;
                        re[b] = r1 * ar - i1 * ai;
                        im[b] = r1 * ai + i1 * ar;
                    }
                }
            }
            k = end;
        }
    }

    /**
     * Applies a monomial 4x4 matrix (one nonzero per row) on bits {@code q0 < q1}: row {@code r} takes
     * column {@code perm[r]} times phase {@code (p[2r], p[2r+1])}. CNOT, SWAP and their products with
     * Paulis and phases are of this kind.
     */
    static void perm2(double[] re, double[] im, int q0, int q1, int ctrl, int[] perm, double[] p, int kFrom, int kTo) {
        final int c0 = perm[0], c1 = perm[1], c2 = perm[2], c3 = perm[3];
        final double pr0 = p[0], pi0 = p[1], pr1 = p[2], pi1 = p[3];
        final double pr2 = p[4], pi2 = p[5], pr3 = p[6], pi3 = p[7];
        boolean plain = true;
        for (int r = 0; r < 4; r++) {
            plain &= p[2 * r] == 1.0 && p[2 * r + 1] == 0.0;
        }
        final boolean permutationOnly = plain;
        final int s0 = 1 << q0;
        final int s1 = 1 << q1;
        final int low0 = s0 - 1;
        final int low1 = s1 - 1;
        final int ctrlLow = ctrl & low0;
        final int ctrlHigh = ctrl & ~low0;
        final int[] offset = {0, s0, s1, s0 + s1};
        final int o0 = offset[c0], o1 = offset[c1], o2 = offset[c2], o3 = offset[c3];
        int k = kFrom;
        while (k < kTo) {
            int end = Math.min(kTo, (k | low0) + 1);
            int t = ((k >>> q0) << (q0 + 1)) | (k & low0);
            int a0 = ((t >>> q1) << (q1 + 1)) | (t & low1);
            if ((a0 & ctrlHigh) == ctrlHigh) {
                int n = end - k;
                for (int j = 0; j < n; j++) {
                    int p0 = a0 + j;
                    if ((p0 & ctrlLow) != ctrlLow) {
                        continue;
                    }
                    double xr0 = re[p0 + o0], xi0 = im[p0 + o0];
                    double xr1 = re[p0 + o1], xi1 = im[p0 + o1];
                    double xr2 = re[p0 + o2], xi2 = im[p0 + o2];
                    double xr3 = re[p0 + o3], xi3 = im[p0 + o3];
                    int p1 = p0 + s0;
                    int p2 = p0 + s1;
                    int p3 = p2 + s0;
                    if (permutationOnly) {
                        re[p0] = xr0; im[p0] = xi0;
                        re[p1] = xr1; im[p1] = xi1;
                        re[p2] = xr2; im[p2] = xi2;
                        re[p3] = xr3; im[p3] = xi3;
                    } else {
                        re[p0] = pr0 * xr0 - pi0 * xi0; im[p0] = pr0 * xi0 + pi0 * xr0;
                        re[p1] = pr1 * xr1 - pi1 * xi1; im[p1] = pr1 * xi1 + pi1 * xr1;
                        re[p2] = pr2 * xr2 - pi2 * xi2; im[p2] = pr2 * xi2 + pi2 * xr2;
                        re[p3] = pr3 * xr3 - pi3 * xi3; im[p3] = pr3 * xi3 + pi3 * xr3;
                    }
                }
            }
            k = end;
        }
    }
    /**
     * Applies a 4x4 matrix made of two 2x2 blocks on bits {@code q0 < q1}: {@code layout = {a, b, r1, r2,
     * c, d, r3, r4}} says rows r1, r2 read columns a, b and rows r3, r4 read columns c, d; {@code m} holds
     * the entries (row r1: col a, col b; row r2: col a, col b; then the same for r3, r4), re/im interleaved.
     */
    static void blocks2(double[] re, double[] im, int q0, int q1, int ctrl, int[] layout, double[] m,
                        int kFrom, int kTo) {
        final int s0 = 1 << q0;
        final int s1 = 1 << q1;
        final int[] offset = {0, s0, s1, s0 + s1};
        final int oa = offset[layout[0]], ob = offset[layout[1]], o1 = offset[layout[2]], o2 = offset[layout[3]];
        final int oc = offset[layout[4]], od = offset[layout[5]], o3 = offset[layout[6]], o4 = offset[layout[7]];
        final double a1r = m[0], a1i = m[1], b1r = m[2], b1i = m[3];
        final double a2r = m[4], a2i = m[5], b2r = m[6], b2i = m[7];
        final double c3r = m[8], c3i = m[9], d3r = m[10], d3i = m[11];
        final double c4r = m[12], c4i = m[13], d4r = m[14], d4i = m[15];
        final int low0 = s0 - 1;
        final int low1 = s1 - 1;
        final int ctrlLow = ctrl & low0;
        final int ctrlHigh = ctrl & ~low0;
        int k = kFrom;
        while (k < kTo) {
            int end = Math.min(kTo, (k | low0) + 1);
            int t = ((k >>> q0) << (q0 + 1)) | (k & low0);
            int a0 = ((t >>> q1) << (q1 + 1)) | (t & low1);
            if ((a0 & ctrlHigh) == ctrlHigh) {
                int n = end - k;
                for (int j = 0; j < n; j++) {
                    int p = a0 + j;
                    if ((p & ctrlLow) != ctrlLow) {
                        continue;
                    }
                    double ar = re[p + oa], ai = im[p + oa], br = re[p + ob], bi = im[p + ob];
                    double cr = re[p + oc], ci = im[p + oc], dr = re[p + od], di = im[p + od];
                    re[p + o1] = a1r * ar - a1i * ai + b1r * br - b1i * bi;
                    im[p + o1] = a1r * ai + a1i * ar + b1r * bi + b1i * br;
                    re[p + o2] = a2r * ar - a2i * ai + b2r * br - b2i * bi;
                    im[p + o2] = a2r * ai + a2i * ar + b2r * bi + b2i * br;
                    re[p + o3] = c3r * cr - c3i * ci + d3r * dr - d3i * di;
                    im[p + o3] = c3r * ci + c3i * cr + d3r * di + d3i * dr;
                    re[p + o4] = c4r * cr - c4i * ci + d4r * dr - d4i * di;
                    im[p + o4] = c4r * ci + c4i * cr + d4r * di + d4i * dr;
                }
            }
            k = end;
        }
    }
}
