package io.github.ionqci.emulator.simulator;

import java.util.Arrays;

/**
 * An immutable square complex matrix of dimension 2<sup>k</sup>, stored row-major as separate real and
 * imaginary arrays.
 *
 * <p>When the matrix acts on qubits {@code targets[0..k-1]}, bit {@code j} of a row or column index is
 * the value of qubit {@code targets[j]} (the first target is the least significant bit), the same
 * convention as the state vector, where qubit 0 is the least significant bit of a basis state.
 *
 * <pre>{@code
 * ComplexMatrix h = ComplexMatrix.of(2,
 *     new double[] {INV_SQRT2, INV_SQRT2, INV_SQRT2, -INV_SQRT2},
 *     new double[4]);
 * ComplexMatrix hh = h.times(h);          // identity, up to rounding
 * }</pre>
 */
public final class ComplexMatrix {

    /** 1/√2. */
    public static final double INV_SQRT2 = 1.0 / Math.sqrt(2.0);

    private final int dim;
    private final double[] re;
    private final double[] im;

    private ComplexMatrix(int dim, double[] re, double[] im) {
        this.dim = dim;
        this.re = re;
        this.im = im;
    }

    /**
     * A matrix from row-major real and imaginary parts (copied).
     *
     * @param dim the dimension, a power of two
     * @param re  the real parts, {@code dim*dim} values
     * @param im  the imaginary parts, {@code dim*dim} values
     * @return the matrix
     */
    public static ComplexMatrix of(int dim, double[] re, double[] im) {
        if (dim < 1 || Integer.bitCount(dim) != 1) {
            throw new IllegalArgumentException("dimension must be a power of two, was " + dim);
        }
        if (re.length != dim * dim || im.length != dim * dim) {
            throw new IllegalArgumentException("expected " + dim * dim + " entries");
        }
        return new ComplexMatrix(dim, re.clone(), im.clone());
    }

    /**
     * A 2x2 matrix from its entries {@code (m00, m01; m10, m11)}, each as real and imaginary part.
     *
     * @param r00 real part of row 0, column 0
     * @param i00 imaginary part of row 0, column 0
     * @param r01 real part of row 0, column 1
     * @param i01 imaginary part of row 0, column 1
     * @param r10 real part of row 1, column 0
     * @param i10 imaginary part of row 1, column 0
     * @param r11 real part of row 1, column 1
     * @param i11 imaginary part of row 1, column 1
     * @return the matrix
     */
    public static ComplexMatrix of2(double r00, double i00, double r01, double i01,
                                    double r10, double i10, double r11, double i11) {
        return new ComplexMatrix(2, new double[] {r00, r01, r10, r11}, new double[] {i00, i01, i10, i11});
    }

    /**
     * The identity of dimension {@code dim}.
     *
     * @param dim the dimension, a power of two (2<sup>k</sup> for k qubits)
     * @return the identity matrix
     */
    public static ComplexMatrix identity(int dim) {
        double[] re = new double[dim * dim];
        for (int i = 0; i < dim; i++) {
            re[i * dim + i] = 1.0;
        }
        return new ComplexMatrix(dim, re, new double[dim * dim]);
    }

    /**
     * A diagonal matrix with entries {@code e^{i·phases[k]}}.
     *
     * @param phases the phase of each diagonal entry, in radians; their count is the dimension
     * @return the diagonal matrix
     */
    public static ComplexMatrix diagonalPhases(double... phases) {
        int dim = phases.length;
        double[] re = new double[dim * dim];
        double[] im = new double[dim * dim];
        for (int k = 0; k < dim; k++) {
            re[k * dim + k] = Math.cos(phases[k]);
            im[k * dim + k] = Math.sin(phases[k]);
        }
        return new ComplexMatrix(dim, re, im);
    }

    /**
     * The dimension (2<sup>k</sup> for a k-qubit matrix).
     *
     * @return the number of rows (and columns)
     */
    public int dim() {
        return dim;
    }

    /**
     * The number of qubits the matrix acts on.
     *
     * @return k, for a matrix of dimension 2<sup>k</sup>
     */
    public int qubits() {
        return Integer.numberOfTrailingZeros(dim);
    }

    /**
     * Real part of entry (row, col).
     *
     * @param row the row index, 0-based
     * @param col the column index, 0-based
     * @return the real part
     */
    public double re(int row, int col) {
        return re[row * dim + col];
    }

    /**
     * Imaginary part of entry (row, col).
     *
     * @param row the row index, 0-based
     * @param col the column index, 0-based
     * @return the imaginary part
     */
    public double im(int row, int col) {
        return im[row * dim + col];
    }

    /**
     * A copy of the row-major real parts.
     *
     * @return {@code dim*dim} values, entry (row, col) at {@code row*dim + col}
     */
    public double[] realParts() {
        return re.clone();
    }

    /**
     * A copy of the row-major imaginary parts.
     *
     * @return {@code dim*dim} values, entry (row, col) at {@code row*dim + col}
     */
    public double[] imaginaryParts() {
        return im.clone();
    }

    double[] reRaw() {
        return re;
    }

    double[] imRaw() {
        return im;
    }

    /**
     * The product {@code this · other} (apply {@code other} first, then {@code this}).
     *
     * @param other a matrix of the same dimension
     * @return the product, a new matrix
     */
    public ComplexMatrix times(ComplexMatrix other) {
        if (other.dim != dim) {
            throw new IllegalArgumentException("dimension mismatch " + dim + " vs " + other.dim);
        }
        double[] r = new double[dim * dim];
        double[] i = new double[dim * dim];
        for (int row = 0; row < dim; row++) {
            for (int k = 0; k < dim; k++) {
                double ar = re[row * dim + k];
                double ai = im[row * dim + k];
                if (ar == 0.0 && ai == 0.0) {
                    continue;
                }
                for (int col = 0; col < dim; col++) {
                    double br = other.re[k * dim + col];
                    double bi = other.im[k * dim + col];
                    r[row * dim + col] += ar * br - ai * bi;
                    i[row * dim + col] += ar * bi + ai * br;
                }
            }
        }
        return new ComplexMatrix(dim, r, i);
    }

    /**
     * The Kronecker product in this project's bit convention: {@code high} acts on the more significant
     * bits and {@code this} on the less significant bits of the result's index.
     *
     * @param high the factor on the more significant bits
     * @return the product, of dimension {@code dim() * high.dim()}
     */
    public ComplexMatrix kronBelow(ComplexMatrix high) {
        int d = dim * high.dim;
        double[] r = new double[d * d];
        double[] i = new double[d * d];
        for (int hr = 0; hr < high.dim; hr++) {
            for (int hc = 0; hc < high.dim; hc++) {
                double xr = high.re[hr * high.dim + hc];
                double xi = high.im[hr * high.dim + hc];
                for (int lr = 0; lr < dim; lr++) {
                    for (int lc = 0; lc < dim; lc++) {
                        double yr = re[lr * dim + lc];
                        double yi = im[lr * dim + lc];
                        int row = hr * dim + lr;
                        int col = hc * dim + lc;
                        r[row * d + col] = xr * yr - xi * yi;
                        i[row * d + col] = xr * yi + xi * yr;
                    }
                }
            }
        }
        return new ComplexMatrix(d, r, i);
    }

    /**
     * The complex conjugate (not transposed).
     *
     * @return a new matrix with every entry conjugated
     */
    public ComplexMatrix conjugate() {
        double[] i = im.clone();
        for (int k = 0; k < i.length; k++) {
            i[k] = -i[k];
        }
        return new ComplexMatrix(dim, re.clone(), i);
    }

    /**
     * The conjugate transpose.
     *
     * @return the adjoint, a new matrix (the inverse, for a unitary)
     */
    public ComplexMatrix adjoint() {
        double[] r = new double[dim * dim];
        double[] i = new double[dim * dim];
        for (int row = 0; row < dim; row++) {
            for (int col = 0; col < dim; col++) {
                r[col * dim + row] = re[row * dim + col];
                i[col * dim + row] = -im[row * dim + col];
            }
        }
        return new ComplexMatrix(dim, r, i);
    }

    /**
     * Whether every off-diagonal entry is exactly zero.
     *
     * @return true if the matrix is diagonal
     */
    public boolean isDiagonal() {
        for (int row = 0; row < dim; row++) {
            for (int col = 0; col < dim; col++) {
                if (row != col && (re[row * dim + col] != 0.0 || im[row * dim + col] != 0.0)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Whether every row has exactly one nonzero entry (and so every column: the matrix is unitary), i.e.
     * the matrix permutes basis states and multiplies them by phases.
     *
     * @return true if the matrix is monomial
     */
    public boolean isMonomial() {
        return monomialColumns() != null;
    }

    /** For a monomial matrix, the column of each row's nonzero entry; otherwise null. */
    int[] monomialColumns() {
        int[] cols = new int[dim];
        boolean[] used = new boolean[dim];
        for (int row = 0; row < dim; row++) {
            int found = -1;
            for (int col = 0; col < dim; col++) {
                if (re[row * dim + col] != 0.0 || im[row * dim + col] != 0.0) {
                    if (found >= 0) {
                        return null;
                    }
                    found = col;
                }
            }
            if (found < 0 || used[found]) {
                return null;
            }
            used[found] = true;
            cols[row] = found;
        }
        return cols;
    }

    /**
     * For a 4x4 matrix that is two 2x2 blocks in disguise (its columns split into two pairs, and each
     * row reads only from one pair, two rows per pair), the layout
     * {@code {a, b, rowA1, rowA2, c, d, rowB1, rowB2}}; otherwise null. XX, YY, MS, I⊗U and controlled-U
     * gates are of this kind: applying them costs two complex multiply-adds per amplitude, not four.
     */
    int[] twoBlockLayout() {
        if (dim != 4) {
            return null;
        }
        int[][] pairings = {{0, 1, 2, 3}, {0, 2, 1, 3}, {0, 3, 1, 2}};
        for (int[] pairing : pairings) {
            int[] rowsA = new int[2];
            int[] rowsB = new int[2];
            int na = 0;
            int nb = 0;
            boolean ok = true;
            for (int row = 0; row < 4 && ok; row++) {
                boolean inA = false;
                boolean inB = false;
                for (int col = 0; col < 4; col++) {
                    if (re[row * 4 + col] != 0.0 || im[row * 4 + col] != 0.0) {
                        if (col == pairing[0] || col == pairing[1]) {
                            inA = true;
                        } else {
                            inB = true;
                        }
                    }
                }
                if (inA && inB || !inA && !inB) {
                    ok = false;
                } else if (inA) {
                    ok = na < 2;
                    if (ok) {
                        rowsA[na++] = row;
                    }
                } else {
                    ok = nb < 2;
                    if (ok) {
                        rowsB[nb++] = row;
                    }
                }
            }
            if (ok && na == 2 && nb == 2) {
                return new int[] {pairing[0], pairing[1], rowsA[0], rowsA[1], pairing[2], pairing[3], rowsB[0], rowsB[1]};
            }
        }
        return null;
    }

    /**
     * The largest absolute difference of an entry of {@code this} and {@code other}.
     *
     * @param other a matrix of the same dimension
     * @return the largest modulus of an entry-wise difference (0 for equal matrices)
     */
    public double maxDistance(ComplexMatrix other) {
        double max = 0;
        for (int k = 0; k < re.length; k++) {
            max = Math.max(max, Math.hypot(re[k] - other.re[k], im[k] - other.im[k]));
        }
        return max;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ComplexMatrix m && m.dim == dim && Arrays.equals(m.re, re) && Arrays.equals(m.im, im);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(re) + Arrays.hashCode(im);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("[");
        for (int row = 0; row < dim; row++) {
            sb.append(row == 0 ? "[" : ", [");
            for (int col = 0; col < dim; col++) {
                if (col > 0) {
                    sb.append(", ");
                }
                sb.append(String.format("%.6f%+.6fi", re[row * dim + col], im[row * dim + col]));
            }
            sb.append(']');
        }
        return sb.append(']').toString();
    }
}
