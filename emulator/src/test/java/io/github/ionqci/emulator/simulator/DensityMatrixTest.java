package io.github.ionqci.emulator.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DensityMatrixTest {

    private static final NoiseModel ARIA = NoiseModel.named("aria-1").orElseThrow();
    private static final NoiseModel HARMONY = NoiseModel.named("harmony").orElseThrow();

    @Test
    void idealEvolutionIsThePureStatesProjector() {
        List<Operation> ops = RandomCircuits.operations(5, 60, 11);
        DensityMatrix rho = DensityMatrix.zero(5);
        rho.run(ops, NoiseModel.IDEAL);
        StateVector psi = StateVector.zero(5);
        psi.run(ops);
        for (int i = 0; i < 32; i++) {
            assertThat(rho.probability(i)).isCloseTo(psi.probability(i), within(1e-12));
        }
    }

    @Test
    void bellPairLosesHalfOfR2OutsideItsSupport() {
        DensityMatrix rho = DensityMatrix.zero(2);
        rho.run(List.of(Operation.of(Gates.H, 0), Operation.controlled(new int[] {0}, Gates.X, 1)), ARIA);
        // 8 of the 15 Pauli pairs flip exactly one bit; each has weight r2/16; the 1q channel after H
        // only applies X, Y or Z to |+>, which the CNOT maps back into {00, 11}
        assertThat(rho.probability(1) + rho.probability(2)).isCloseTo(ARIA.twoQubitError() / 2, within(1e-15));
        assertThat(rho.probability(1)).isCloseTo(ARIA.twoQubitError() / 4, within(1e-15));
        assertThat(rho.trace()).isCloseTo(1.0, within(1e-13));
    }

    @Test
    void fullyDepolarisedQubitIsMaximallyMixed() {
        DensityMatrix rho = DensityMatrix.zero(1);
        rho.depolarise(1.0, 0);
        assertThat(rho.probability(0)).isEqualTo(0.5);
        assertThat(rho.probability(1)).isEqualTo(0.5);
    }

    /**
     * The density matrix is the limit of the trajectories: on a random noisy circuit, 400,000 shots'
     * Pearson X² against ⟨i|ρ|i⟩ stays within its χ² distribution's bulk (df = 15: mean 15, sd 5.5).
     */
    @Test
    void agreesWithTrajectoriesAtManyShots() {
        int qubits = 4;
        List<Operation> ops = RandomCircuits.operations(qubits, 30, 5);
        DensityMatrix rho = DensityMatrix.zero(qubits);
        rho.run(ops, HARMONY);
        double[] exact = rho.probabilities();
        int shots = 400_000;
        Outcomes o = Trajectories.sample(qubits, ops, HARMONY, shots, new SplittableRandom(3));
        long[] counts = new long[exact.length];
        for (int i = 0; i < o.states().length; i++) {
            counts[(int) o.states()[i]] = o.counts()[i];
        }
        double x2 = 0;
        for (int i = 0; i < exact.length; i++) {
            assertThat(exact[i]).isPositive();
            double e = shots * exact[i];
            x2 += (counts[i] - e) * (counts[i] - e) / e;
        }
        assertThat(x2).as("X² with 15 degrees of freedom (99.9th percentile 37.7)").isLessThan(37.7);
    }

    /** The estimate's TVD to the exact density matrix stays under its stated bound. */
    @Test
    void errorSampledEstimateIsWithinItsBound() {
        int qubits = 6;
        List<Operation> ops = RandomCircuits.operations(qubits, 40, 21);
        DensityMatrix rho = DensityMatrix.zero(qubits);
        rho.run(ops, HARMONY);
        double[] exact = rho.probabilities();
        ErrorSampledEstimate estimate = ErrorSampledEstimate.of(qubits, ops, HARMONY, 3_000, new SplittableRandom(8));
        double tvd = 0;
        for (int i = 0; i < exact.length; i++) {
            tvd += Math.abs(exact[i] - estimate.distribution().getOrDefault((long) i, 0.0));
        }
        tvd /= 2;
        double bound = estimate.tvdBound(1e-3);
        assertThat(estimate.errorFreeWeight()).isBetween(0.1, 0.9);
        assertThat(tvd).isLessThan(bound);
        double mass = estimate.distribution().values().stream().mapToDouble(Double::doubleValue).sum();
        assertThat(mass).isCloseTo(1.0, within(1e-9));
        System.out.printf("6-qubit harmony estimate: w0 = %.4f, TVD to exact = %.5f, bound = %.5f%n",
                estimate.errorFreeWeight(), tvd, bound);
    }

    @Test
    void idealModelNeedsNoSampling() {
        List<Operation> ops = RandomCircuits.operations(3, 10, 2);
        ErrorSampledEstimate e = ErrorSampledEstimate.of(3, ops, NoiseModel.IDEAL, 1, new SplittableRandom(1));
        assertThat(e.errorFreeWeight()).isEqualTo(1.0);
        assertThat(e.tvdBound(0.01)).isZero();
        Map<Long, Double> d = e.distribution();
        assertThat(d.values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, within(1e-12));
    }
}
