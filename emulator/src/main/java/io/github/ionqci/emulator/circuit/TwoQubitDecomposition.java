package io.github.ionqci.emulator.circuit;

import io.github.ionqci.emulator.simulator.ComplexMatrix;
import io.github.ionqci.emulator.simulator.Gates;

/**
 * The Cartan (KAK) decomposition of a two-qubit unitary, exact including its global phase:
 * M = e<sup>iγ</sup>·(A₀⊗A₁)·exp(i(x·XX + y·YY + z·ZZ))·(B₀⊗B₁), with A₀, B₀ on the first target (bit 0 of
 * the matrix index) and A₁, B₁ on the second. Found in the magic basis, where local gates are real orthogonal:
 * the symmetric unitary UᵀU is diagonalised by a real rotation (its real and imaginary parts commute), and the
 * factors are read back. Every result is checked by multiplying it out.
 *
 * <pre>{@code
 * TwoQubitDecomposition kak = TwoQubitDecomposition.of(Gates.SWAP);   // x = y = z = π/4
 * }</pre>
 *
 * @param phase  γ, the global phase in radians
 * @param after0 A₀, applied last on the first target
 * @param after1 A₁, applied last on the second target
 * @param x      the XX coefficient, radians
 * @param y      the YY coefficient, radians
 * @param z      the ZZ coefficient, radians
 * @param before0 B₀, applied first on the first target
 * @param before1 B₁, applied first on the second target
 */
record TwoQubitDecomposition(double phase, ComplexMatrix after0, ComplexMatrix after1, double x, double y, double z,
                             ComplexMatrix before0, ComplexMatrix before1) {

    private static final double R = ComplexMatrix.INV_SQRT2;
    /** Columns: Φ⁺, iΦ⁻, iΨ⁺, Ψ⁻ (index = bit 0 + 2·bit 1). */
    private static final ComplexMatrix MAGIC = ComplexMatrix.of(4,
            new double[] {R, 0, 0, 0, 0, 0, 0, R, 0, 0, 0, -R, R, 0, 0, 0},
            new double[] {0, R, 0, 0, 0, 0, R, 0, 0, 0, R, 0, 0, -R, 0, 0});
    /** Diagonals of XX, YY, ZZ in the magic basis. */
    private static final double[] SX = {1, -1, 1, -1};
    private static final double[] SY = {-1, 1, 1, -1};
    private static final double[] SZ = {1, 1, -1, -1};
    private static final double TOLERANCE = 1e-9;

    /**
     * @param m a 4x4 unitary
     * @return its decomposition
     * @throws IllegalStateException if no decomposition reproduces {@code m} (not unitary)
     */
    static TwoQubitDecomposition of(ComplexMatrix m) {
        double[] det = determinant(m);
        double delta = Math.atan2(det[1], det[0]);
        ComplexMatrix normalised = scale(m, -delta / 4);
        ComplexMatrix up = MAGIC.adjoint().times(normalised).times(MAGIC);
        ComplexMatrix m2 = transpose(up).times(up);
        double[][] a = new double[4][4];
        double[][] c = new double[4][4];
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                a[i][j] = (m2.re(i, j) + m2.re(j, i)) / 2;
                c[i][j] = (m2.im(i, j) + m2.im(j, i)) / 2;
            }
        }
        for (int attempt = 1; attempt <= 12; attempt++) {
            double r = attempt * 0.7316;
            double[][] s = new double[4][4];
            for (int i = 0; i < 4; i++) {
                for (int j = 0; j < 4; j++) {
                    s[i][j] = Math.cos(r) * a[i][j] + Math.sin(r) * c[i][j];
                }
            }
            double[][] p = jacobi(s);
            TwoQubitDecomposition d = attempt(m, delta, up, m2, p);
            if (d != null) {
                return d;
            }
        }
        throw new IllegalStateException("no KAK decomposition reproduces the matrix (is it unitary?): " + m);
    }

    private static TwoQubitDecomposition attempt(ComplexMatrix m, double delta, ComplexMatrix up, ComplexMatrix m2,
                                                 double[][] p) {
        if (det4(p) < 0) {
            for (int i = 0; i < 4; i++) {
                p[i][0] = -p[i][0];
            }
        }
        ComplexMatrix pm = real(p);
        ComplexMatrix diag = transpose(pm).times(m2).times(pm);
        double[] theta = new double[4];
        for (int j = 0; j < 4; j++) {
            for (int k = 0; k < 4; k++) {
                if (j != k && Math.hypot(diag.re(j, k), diag.im(j, k)) > TOLERANCE) {
                    return null;
                }
            }
            theta[j] = Math.atan2(diag.im(j, j), diag.re(j, j)) / 2;
        }
        double sum = theta[0] + theta[1] + theta[2] + theta[3];
        if (Math.cos(sum) < 0) {
            theta[0] += Math.PI;
        }
        double[] dre = new double[16];
        double[] dim = new double[16];
        for (int j = 0; j < 4; j++) {
            dre[j * 5] = Math.cos(-theta[j]);
            dim[j * 5] = Math.sin(-theta[j]);
        }
        ComplexMatrix k1 = up.times(pm).times(ComplexMatrix.of(4, dre, dim));
        double[][] k1Real = new double[4][4];
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                k1Real[i][j] = k1.re(i, j);
            }
        }
        ComplexMatrix[] after = factor(MAGIC.times(real(k1Real)).times(MAGIC.adjoint()));
        ComplexMatrix[] before = factor(MAGIC.times(transpose(pm)).times(MAGIC.adjoint()));
        double g = 0;
        double x = 0;
        double y = 0;
        double z = 0;
        for (int j = 0; j < 4; j++) {
            g += theta[j] / 4;
            x += theta[j] * SX[j] / 4;
            y += theta[j] * SY[j] / 4;
            z += theta[j] * SZ[j] / 4;
        }
        TwoQubitDecomposition d = new TwoQubitDecomposition(delta / 4 + g, after[0], after[1], x, y, z, before[0],
                before[1]);
        return d.matrix().maxDistance(m) <= TOLERANCE ? d : null;
    }

    /** @return the product the decomposition stands for */
    ComplexMatrix matrix() {
        ComplexMatrix middle = Gates.pauliRotation(Gates.X.kronBelow(Gates.X), -x)
                .times(Gates.pauliRotation(Gates.Y.kronBelow(Gates.Y), -y))
                .times(Gates.pauliRotation(Gates.Z.kronBelow(Gates.Z), -z));
        return scale(after0.kronBelow(after1).times(middle).times(before0.kronBelow(before1)), phase);
    }

    /** Splits L = low ⊗ high (low on bit 0) into {low, high}, both unitary, low with determinant 1. */
    private static ComplexMatrix[] factor(ComplexMatrix l) {
        int best = 0;
        for (int k = 1; k < 16; k++) {
            if (abs(l, k / 4, k % 4) > abs(l, best / 4, best % 4)) {
                best = k;
            }
        }
        int hr = (best / 4) >> 1;
        int hc = (best % 4) >> 1;
        double[] lre = new double[4];
        double[] lim = new double[4];
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                lre[i * 2 + j] = l.re(hr * 2 + i, hc * 2 + j);
                lim[i * 2 + j] = l.im(hr * 2 + i, hc * 2 + j);
            }
        }
        ComplexMatrix rawLow = ComplexMatrix.of(2, lre, lim);
        double[] d = determinant(rawLow);
        double mag = Math.sqrt(Math.hypot(d[0], d[1]));
        double arg = Math.atan2(d[1], d[0]) / 2;
        ComplexMatrix low = scale(rawLow, -arg);
        low = ComplexMatrix.of(2, divide(low.realParts(), mag), divide(low.imaginaryParts(), mag));
        int lb = 0;
        for (int k = 1; k < 4; k++) {
            if (abs(low, k / 2, k % 2) > abs(low, lb / 2, lb % 2)) {
                lb = k;
            }
        }
        int lr = lb / 2;
        int lc = lb % 2;
        double pr = low.re(lr, lc);
        double pi = low.im(lr, lc);
        double norm = pr * pr + pi * pi;
        double[] hre = new double[4];
        double[] him = new double[4];
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                double er = l.re(i * 2 + lr, j * 2 + lc);
                double ei = l.im(i * 2 + lr, j * 2 + lc);
                hre[i * 2 + j] = (er * pr + ei * pi) / norm;
                him[i * 2 + j] = (ei * pr - er * pi) / norm;
            }
        }
        return new ComplexMatrix[] {low, ComplexMatrix.of(2, hre, him)};
    }

    private static double[] divide(double[] v, double by) {
        double[] out = v.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] /= by;
        }
        return out;
    }

    private static double abs(ComplexMatrix m, int r, int c) {
        return Math.hypot(m.re(r, c), m.im(r, c));
    }

    /** e^{iφ}·m. */
    static ComplexMatrix scale(ComplexMatrix m, double phi) {
        double c = Math.cos(phi);
        double s = Math.sin(phi);
        double[] re = m.realParts();
        double[] im = m.imaginaryParts();
        double[] r = new double[re.length];
        double[] i = new double[re.length];
        for (int k = 0; k < re.length; k++) {
            r[k] = c * re[k] - s * im[k];
            i[k] = c * im[k] + s * re[k];
        }
        return ComplexMatrix.of(m.dim(), r, i);
    }

    private static ComplexMatrix transpose(ComplexMatrix m) {
        return m.adjoint().conjugate();
    }

    private static ComplexMatrix real(double[][] p) {
        int n = p.length;
        double[] re = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                re[i * n + j] = p[i][j];
            }
        }
        return ComplexMatrix.of(n, re, new double[n * n]);
    }

    /** The determinant {re, im}, by Gaussian elimination with partial pivoting. */
    static double[] determinant(ComplexMatrix m) {
        int n = m.dim();
        double[] re = m.realParts();
        double[] im = m.imaginaryParts();
        double dr = 1;
        double di = 0;
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.hypot(re[r * n + col], im[r * n + col]) > Math.hypot(re[pivot * n + col], im[pivot * n + col])) {
                    pivot = r;
                }
            }
            if (pivot != col) {
                for (int k = 0; k < n; k++) {
                    swap(re, pivot * n + k, col * n + k);
                    swap(im, pivot * n + k, col * n + k);
                }
                dr = -dr;
                di = -di;
            }
            double pr = re[col * n + col];
            double pi = im[col * n + col];
            double nr = dr * pr - di * pi;
            di = dr * pi + di * pr;
            dr = nr;
            double norm = pr * pr + pi * pi;
            if (norm == 0) {
                return new double[] {0, 0};
            }
            for (int r = col + 1; r < n; r++) {
                // f = m[r][col] / pivot
                double fr = (re[r * n + col] * pr + im[r * n + col] * pi) / norm;
                double fi = (im[r * n + col] * pr - re[r * n + col] * pi) / norm;
                for (int k = col; k < n; k++) {
                    double ar = re[col * n + k];
                    double ai = im[col * n + k];
                    re[r * n + k] -= fr * ar - fi * ai;
                    im[r * n + k] -= fr * ai + fi * ar;
                }
            }
        }
        return new double[] {dr, di};
    }

    private static void swap(double[] a, int i, int j) {
        double t = a[i];
        a[i] = a[j];
        a[j] = t;
    }

    private static double det4(double[][] p) {
        double[] re = new double[16];
        for (int i = 0; i < 4; i++) {
            System.arraycopy(p[i], 0, re, i * 4, 4);
        }
        return determinant(ComplexMatrix.of(4, re, new double[16]))[0];
    }

    /** Eigenvectors (columns) of a real symmetric matrix, by cyclic Jacobi rotations. */
    private static double[][] jacobi(double[][] s) {
        int n = s.length;
        double[][] a = new double[n][];
        for (int i = 0; i < n; i++) {
            a[i] = s[i].clone();
        }
        double[][] v = new double[n][n];
        for (int i = 0; i < n; i++) {
            v[i][i] = 1;
        }
        for (int sweep = 0; sweep < 100; sweep++) {
            double off = 0;
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    off += a[i][j] * a[i][j];
                }
            }
            if (off < 1e-30) {
                break;
            }
            for (int p = 0; p < n; p++) {
                for (int q = p + 1; q < n; q++) {
                    if (Math.abs(a[p][q]) < 1e-300) {
                        continue;
                    }
                    double theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
                    double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
                    if (theta == 0) {
                        t = 1;
                    }
                    double c = 1 / Math.sqrt(t * t + 1);
                    double sn = t * c;
                    for (int k = 0; k < n; k++) {
                        double akp = a[k][p];
                        double akq = a[k][q];
                        a[k][p] = c * akp - sn * akq;
                        a[k][q] = sn * akp + c * akq;
                    }
                    for (int k = 0; k < n; k++) {
                        double apk = a[p][k];
                        double aqk = a[q][k];
                        a[p][k] = c * apk - sn * aqk;
                        a[q][k] = sn * apk + c * aqk;
                    }
                    for (int k = 0; k < n; k++) {
                        double vkp = v[k][p];
                        double vkq = v[k][q];
                        v[k][p] = c * vkp - sn * vkq;
                        v[k][q] = sn * vkp + c * vkq;
                    }
                }
            }
        }
        return v;
    }
}
