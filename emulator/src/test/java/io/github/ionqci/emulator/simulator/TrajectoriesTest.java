package io.github.ionqci.emulator.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * Noisy trajectories against an exact density-matrix evolution of the same channels (written here with
 * plain full-size matrices): ρ → UρU†, then (1−3r1/4)ρ + (r1/4)ΣσρΣσ after a one-qubit gate and
 * (1−15r2/16)ρ + (r2/16)Σ(σi⊗σj)ρ(σi⊗σj) after a two-qubit gate (pairs of consecutive qubits, controls
 * first, for wider gates).
 */
class TrajectoriesTest {

    private static final int N = 3;
    private static final int D = 1 << N;

    /** Full 2^N unitary of an operation, as [re, im] D×D. */
    private static double[][][] unitary(Operation op) {
        double[][][] u = new double[2][D][D];
        for (int col = 0; col < D; col++) {
            double[][] column = new double[2][D];
            column[0][col] = 1;
            List<Operation> single = List.of(op);
            double[][] out = applyTo(single, column);
            for (int row = 0; row < D; row++) {
                u[0][row][col] = out[0][row];
                u[1][row][col] = out[1][row];
            }
        }
        return u;
    }

    private static double[][] applyTo(List<Operation> ops, double[][] vector) {
        double[][] state = StateVectorTest.referenceFrom(N, ops, vector);
        return state;
    }

    private static double[][][] multiply(double[][][] a, double[][][] b) {
        double[][][] c = new double[2][D][D];
        for (int i = 0; i < D; i++) {
            for (int k = 0; k < D; k++) {
                for (int j = 0; j < D; j++) {
                    c[0][i][j] += a[0][i][k] * b[0][k][j] - a[1][i][k] * b[1][k][j];
                    c[1][i][j] += a[0][i][k] * b[1][k][j] + a[1][i][k] * b[0][k][j];
                }
            }
        }
        return c;
    }

    private static double[][][] adjoint(double[][][] a) {
        double[][][] c = new double[2][D][D];
        for (int i = 0; i < D; i++) {
            for (int j = 0; j < D; j++) {
                c[0][i][j] = a[0][j][i];
                c[1][i][j] = -a[1][j][i];
            }
        }
        return c;
    }

    private static double[][][] conjugate(double[][][] rho, double[][][] u) {
        return multiply(multiply(u, rho), adjoint(u));
    }

    private static double[][][] combine(double wa, double[][][] a, double wb, double[][][] b) {
        double[][][] c = new double[2][D][D];
        for (int p = 0; p < 2; p++) {
            for (int i = 0; i < D; i++) {
                for (int j = 0; j < D; j++) {
                    c[p][i][j] = wa * a[p][i][j] + wb * b[p][i][j];
                }
            }
        }
        return c;
    }

    private static double[][][] depolarise(double[][][] rho, int[] qubits, double r) {
        int count = 1 << (2 * qubits.length);
        double[][][] sum = new double[2][D][D];
        for (int code = 1; code < count; code++) {
            ComplexMatrix p = Gates.pauli(code & 3);
            Operation pauli = Operation.of(p, qubits[0]);
            double[][][] term = conjugate(rho, unitary(pauli));
            if (qubits.length == 2) {
                term = conjugate(term, unitary(Operation.of(Gates.pauli(code >> 2), qubits[1])));
            }
            sum = combine(1, sum, 1, term);
        }
        double identityWeight = 1 - (count - 1) * r / count;
        return combine(identityWeight, rho, r / count, sum);
    }

    private static double[] exactNoisyDistribution(List<Operation> ops, NoiseModel model) {
        double[][][] rho = new double[2][D][D];
        rho[0][0][0] = 1;
        for (Operation op : ops) {
            rho = conjugate(rho, unitary(op));
            int[] c = op.controls();
            int[] t = op.targets();
            int[] qs = Arrays.copyOf(c, c.length + t.length);
            System.arraycopy(t, 0, qs, c.length, t.length);
            if (qs.length == 1) {
                rho = depolarise(rho, qs, model.oneQubitError());
            } else {
                for (int k = 0; k + 1 < qs.length; k++) {
                    rho = depolarise(rho, new int[] {qs[k], qs[k + 1]}, model.twoQubitError());
                }
            }
        }
        double[] p = new double[D];
        for (int i = 0; i < D; i++) {
            p[i] = rho[0][i][i];
        }
        return p;
    }

    @Test
    void trajectoryFrequenciesMatchTheExactDensityMatrix() {
        List<Operation> ops = new ArrayList<>(List.of(
                Operation.of(Gates.H, 0),
                Operation.controlled(new int[] {0}, Gates.X, 1),
                Operation.of(Gates.rx(0.7), 2),
                Operation.controlled(new int[] {0, 1}, Gates.X, 2),
                Operation.of(Gates.zz(1.1), 1, 2),
                Operation.of(Gates.ms(0.1, 0.3, 0.2), 2, 0),
                Operation.of(Gates.gpi2(0.2), 1)));
        NoiseModel model = NoiseModel.named("harmony").orElseThrow();
        double[] exact = exactNoisyDistribution(ops, model);
        int shots = 200_000;
        Outcomes o = Trajectories.sample(N, ops, model, shots, new SplittableRandom(17));
        long[] counts = new long[D];
        for (long s : o.shots()) {
            counts[(int) s]++;
        }
        double total = Arrays.stream(exact).sum();
        assertThat(total).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-9));
        for (int i = 0; i < D; i++) {
            double expected = shots * exact[i];
            double sigma = Math.sqrt(shots * exact[i] * (1 - exact[i]));
            assertThat((double) counts[i]).as("count of state %d (exact p=%.5f)", i, exact[i])
                    .isBetween(expected - 5 * sigma - 1, expected + 5 * sigma + 1);
        }
        // and the noise is visible: the ideal distribution would differ by far more than the tolerance
        double[] ideal = exactNoisyDistribution(ops, NoiseModel.IDEAL);
        double tvd = 0;
        for (int i = 0; i < D; i++) {
            tvd += Math.abs(ideal[i] - exact[i]) / 2;
        }
        assertThat(tvd).isGreaterThan(0.02);
    }
}
