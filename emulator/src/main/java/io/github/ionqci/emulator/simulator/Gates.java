package io.github.ionqci.emulator.simulator;

import static io.github.ionqci.emulator.simulator.ComplexMatrix.INV_SQRT2;

/**
 * The matrices of IonQ's QIS and native gates. Rotation angles of the QIS gates are in radians; the
 * native gates take turns (1 turn = 2π), as IonQ's native gate specification does.
 *
 * <pre>{@code
 * ComplexMatrix ry = Gates.ry(2 * Math.PI / 3);            // P(1) = 3/4 from |0>
 * ComplexMatrix ms = Gates.ms(0.0, 0.25, 0.25);           // fully entangling MS
 * }</pre>
 *
 * <p>Two-qubit matrices use this project's convention: bit j of the index is {@code targets[j]}.
 */
public final class Gates {

    /** Identity. */
    public static final ComplexMatrix I = ComplexMatrix.identity(2);
    /** Pauli X (also {@code not}). */
    public static final ComplexMatrix X = ComplexMatrix.of2(0, 0, 1, 0, 1, 0, 0, 0);
    /** Pauli Y. */
    public static final ComplexMatrix Y = ComplexMatrix.of2(0, 0, 0, -1, 0, 1, 0, 0);
    /** Pauli Z. */
    public static final ComplexMatrix Z = ComplexMatrix.of2(1, 0, 0, 0, 0, 0, -1, 0);
    /** Hadamard. */
    public static final ComplexMatrix H = ComplexMatrix.of2(INV_SQRT2, 0, INV_SQRT2, 0, INV_SQRT2, 0, -INV_SQRT2, 0);
    /** S = diag(1, i). */
    public static final ComplexMatrix S = ComplexMatrix.of2(1, 0, 0, 0, 0, 0, 0, 1);
    /** S† = diag(1, -i) ({@code si}). */
    public static final ComplexMatrix SI = ComplexMatrix.of2(1, 0, 0, 0, 0, 0, 0, -1);
    /** T = diag(1, e^{iπ/4}). */
    public static final ComplexMatrix T = ComplexMatrix.of2(1, 0, 0, 0, 0, 0, INV_SQRT2, INV_SQRT2);
    /** T† ({@code ti}). */
    public static final ComplexMatrix TI = ComplexMatrix.of2(1, 0, 0, 0, 0, 0, INV_SQRT2, -INV_SQRT2);
    /** V = √X = ½[[1+i, 1−i], [1−i, 1+i]]. */
    public static final ComplexMatrix V = ComplexMatrix.of2(0.5, 0.5, 0.5, -0.5, 0.5, -0.5, 0.5, 0.5);
    /** V† ({@code vi}). */
    public static final ComplexMatrix VI = V.adjoint();
    /** SWAP. */
    public static final ComplexMatrix SWAP = ComplexMatrix.of(4,
            new double[] {1, 0, 0, 0, 0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 1}, new double[16]);

    private static final ComplexMatrix XX_PAULI = X.kronBelow(X);
    private static final ComplexMatrix YY_PAULI = Y.kronBelow(Y);

    private Gates() {
    }

    /**
     * Rx(θ) = exp(−iθX/2).
     *
     * @param theta the rotation angle, in radians
     * @return the 2x2 matrix
     */
    public static ComplexMatrix rx(double theta) {
        double c = Math.cos(theta / 2);
        double s = Math.sin(theta / 2);
        return ComplexMatrix.of2(c, 0, 0, -s, 0, -s, c, 0);
    }

    /**
     * Ry(θ) = exp(−iθY/2).
     *
     * @param theta the rotation angle, in radians
     * @return the 2x2 matrix
     */
    public static ComplexMatrix ry(double theta) {
        double c = Math.cos(theta / 2);
        double s = Math.sin(theta / 2);
        return ComplexMatrix.of2(c, 0, -s, 0, s, 0, c, 0);
    }

    /**
     * Rz(θ) = exp(−iθZ/2) = diag(e^{−iθ/2}, e^{iθ/2}).
     *
     * @param theta the rotation angle, in radians
     * @return the 2x2 matrix
     */
    public static ComplexMatrix rz(double theta) {
        return ComplexMatrix.diagonalPhases(-theta / 2, theta / 2);
    }

    /**
     * XX(θ) = exp(−iθ X⊗X/2), as qiskit's RXX.
     *
     * @param theta the rotation angle, in radians
     * @return the 4x4 matrix
     */
    public static ComplexMatrix xx(double theta) {
        return pauliRotation(XX_PAULI, theta / 2);
    }

    /**
     * YY(θ) = exp(−iθ Y⊗Y/2), as qiskit's RYY.
     *
     * @param theta the rotation angle, in radians
     * @return the 4x4 matrix
     */
    public static ComplexMatrix yy(double theta) {
        return pauliRotation(YY_PAULI, theta / 2);
    }

    /**
     * ZZ(θ) = exp(−iθ Z⊗Z/2), as qiskit's RZZ (QIS gate set, radians).
     *
     * @param theta the rotation angle, in radians
     * @return the 4x4 (diagonal) matrix
     */
    public static ComplexMatrix zz(double theta) {
        double h = theta / 2;
        return ComplexMatrix.diagonalPhases(-h, h, h, -h);
    }

    /**
     * GPI(φ) = [[0, e^{−i2πφ}], [e^{i2πφ}, 0]], φ in turns.
     *
     * @param phase φ, in turns (1 turn = 2π)
     * @return the 2x2 matrix
     */
    public static ComplexMatrix gpi(double phase) {
        double a = 2 * Math.PI * phase;
        return ComplexMatrix.of2(0, 0, Math.cos(a), -Math.sin(a), Math.cos(a), Math.sin(a), 0, 0);
    }

    /**
     * GPI2(φ) = 1/√2 [[1, −i e^{−i2πφ}], [−i e^{i2πφ}, 1]], φ in turns.
     *
     * @param phase φ, in turns (1 turn = 2π)
     * @return the 2x2 matrix
     */
    public static ComplexMatrix gpi2(double phase) {
        double a = 2 * Math.PI * phase;
        double c = Math.cos(a) * INV_SQRT2;
        double s = Math.sin(a) * INV_SQRT2;
        // -i e^{-ia} = -i (cos a - i sin a) = -sin a - i cos a ; -i e^{ia} = sin a - i cos a
        return ComplexMatrix.of2(INV_SQRT2, 0, -s, -c, s, -c, INV_SQRT2, 0);
    }

    /**
     * MS(φ0, φ1, θ) = exp(−iπθ σ(φ0)⊗σ(φ1)) with σ(φ) = GPI(φ) = cos(2πφ)X + sin(2πφ)Y, φ0 acting on
     * the first target and φ1 on the second. All in turns; θ = 0.25 is fully entangling. Written with
     * the first target as the most significant bit, this is IonQ's documented matrix
     * [[c, 0, 0, −i e^{−i2π(φ0+φ1)} s], [0, c, −i e^{−i2π(φ0−φ1)} s, 0], …] with c = cos πθ, s = sin πθ.
     *
     * @param phase0 φ0, the phase on the first target, in turns
     * @param phase1 φ1, the phase on the second target, in turns
     * @param angle  θ, in turns (0.25 is fully entangling)
     * @return the 4x4 matrix, the first target on bit 0
     */
    public static ComplexMatrix ms(double phase0, double phase1, double angle) {
        ComplexMatrix sigma = gpi(phase0).kronBelow(gpi(phase1));
        return pauliRotation(sigma, Math.PI * angle);
    }

    /**
     * Native ZZ(θ) = exp(−iπθ Z⊗Z), θ in turns.
     *
     * @param angle θ, in turns (1 turn = 2π)
     * @return the 4x4 (diagonal) matrix
     */
    public static ComplexMatrix nativeZz(double angle) {
        return zz(2 * Math.PI * angle);
    }

    /**
     * cos(a)·I − i·sin(a)·P, for a Hermitian involution P (a Pauli string), i.e. exp(−i·a·P).
     *
     * @param pauli P, a Hermitian matrix with P² = I
     * @param a     the angle a, in radians (half the usual rotation angle)
     * @return a matrix of P's dimension
     */
    public static ComplexMatrix pauliRotation(ComplexMatrix pauli, double a) {
        int dim = pauli.dim();
        double c = Math.cos(a);
        double s = Math.sin(a);
        double[] re = new double[dim * dim];
        double[] im = new double[dim * dim];
        for (int r = 0; r < dim; r++) {
            for (int k = 0; k < dim; k++) {
                // −i·s·(pr + i·pi) = s·pi − i·s·pr
                re[r * dim + k] = s * pauli.im(r, k) + (r == k ? c : 0.0);
                im[r * dim + k] = -s * pauli.re(r, k);
            }
        }
        return ComplexMatrix.of(dim, re, im);
    }

    /**
     * The single-qubit Pauli with index 0..3 = I, X, Y, Z.
     *
     * @param index 0 for I, 1 for X, 2 for Y, 3 for Z
     * @return the 2x2 Pauli matrix
     */
    public static ComplexMatrix pauli(int index) {
        return switch (index) {
            case 0 -> I;
            case 1 -> X;
            case 2 -> Y;
            case 3 -> Z;
            default -> throw new IllegalArgumentException("Pauli index 0..3, was " + index);
        };
    }
}
