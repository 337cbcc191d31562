package io.github.ionqci.emulator.circuit;

import io.github.ionqci.emulator.simulator.DensityMatrix;
import io.github.ionqci.emulator.simulator.ErrorSampledEstimate;
import io.github.ionqci.emulator.simulator.NoiseModel;
import io.github.ionqci.emulator.simulator.Operation;
import io.github.ionqci.emulator.simulator.Outcomes;
import io.github.ionqci.emulator.simulator.Sampler;
import io.github.ionqci.emulator.simulator.StateVector;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The emulator's simulator as a test oracle: what a circuit's results should be, with no sampling.
 *
 * <ul>
 *   <li>{@link #distribution(Circuit, String)}: the measured distribution for a noise model. Ideal: exact
 *       |⟨i|ψ⟩|² ({@link ExpectedDistribution.Method#STATE_VECTOR}). Noisy, up to
 *       {@value DensityMatrix#MAX_QUBITS} qubits: exact ⟨i|ρ|i⟩ of the density matrix under the same
 *       channels the emulator's trajectories sample ({@link ExpectedDistribution.Method#DENSITY_MATRIX}).
 *       Wider and noisy: the error-free part exact, the rest estimated from sampled error trajectories, with
 *       a TVD error bound ({@link ExpectedDistribution.Method#SAMPLED_ERRORS}, see {@link ErrorSampledEstimate}).</li>
 *   <li>{@link #compare(Circuit, Circuit)}: whether two circuits have the same unitary up to a global phase,
 *       column by column (memory 2ⁿ amplitudes, time 2ⁿ simulations), up to {@value #MAX_COMPARED_QUBITS} qubits.</li>
 * </ul>
 *
 * <pre>{@code
 * Circuit ghz = Circuits.parse("ionq.circuit.v1", input).get(0);
 * ExpectedDistribution ideal = CircuitOracle.distribution(ghz, "ideal");     // {0: 0.5, 31: 0.5}
 * ExpectedDistribution noisy = CircuitOracle.distribution(ghz, "aria-1");    // exact density matrix
 * boolean same = CircuitOracle.compare(cnot, hCzH).equivalent(1e-9);
 * }</pre>
 */
public final class CircuitOracle {

    /** The widest circuits {@link #compare} accepts. */
    public static final int MAX_COMPARED_QUBITS = 12;
    /** Error trajectories averaged by the estimate beyond the density matrix's width. */
    public static final int DEFAULT_TRAJECTORIES = 2_000;
    /** The failure probability δ of the estimate's TVD bound. */
    public static final double ESTIMATE_CONFIDENCE_DELTA = 1e-3;
    /** Slack for rounding in the exact methods' TVD error bound. */
    private static final double ROUNDING = 1e-12;

    private CircuitOracle() {
    }

    /**
     * The distribution a job running {@code circuit} on {@code noiseModel} samples from, computed exactly
     * where the width allows; beyond, estimated with {@value #DEFAULT_TRAJECTORIES} error trajectories
     * (seed 0, so the same every time).
     *
     * @param circuit    the circuit
     * @param noiseModel {@code ideal} (also null) or a {@link NoiseModel} name
     * @return the expected distribution, with its method and error bound
     * @throws CircuitException {@code InvalidInput} for an unknown model, {@code SimulationError} when the
     *                          heap cannot hold the state
     */
    public static ExpectedDistribution distribution(Circuit circuit, String noiseModel) {
        return distribution(circuit, noiseModel, DEFAULT_TRAJECTORIES, 0L);
    }

    /**
     * As {@link #distribution(Circuit, String)}, choosing the estimate's trajectories and seed (used only
     * for a noisy circuit wider than {@value DensityMatrix#MAX_QUBITS} qubits). The estimate's TVD error
     * bound falls as 1/√trajectories and never exceeds the probability that some channel errs.
     *
     * @param circuit      the circuit, run from |0…0⟩
     * @param noiseModel   the noise model's name, such as {@code ideal} or {@code aria-1}
     * @param trajectories the error patterns the estimate averages
     * @param seed         the seed of the estimate's error sampling
     * @return the distribution, with how it was computed and its TVD error bound
     */
    public static ExpectedDistribution distribution(Circuit circuit, String noiseModel, int trajectories, long seed) {
        NoiseModel model = CircuitRunner.model(noiseModel);
        int qubits = circuit.qubits();
        List<Operation> ops = circuit.operations();
        try {
            if (model.isIdeal()) {
                StateVector psi = StateVector.zero(qubits);
                psi.run(ops);
                Outcomes o = Sampler.measure(psi, 0, new SplittableRandom(0));
                return new ExpectedDistribution(qubits, o.states(), o.probabilities(), model.name(),
                        ExpectedDistribution.Method.STATE_VECTOR, ROUNDING);
            }
            if (qubits <= DensityMatrix.MAX_QUBITS) {
                DensityMatrix rho = DensityMatrix.zero(qubits);
                rho.run(ops, model);
                double[] p = rho.probabilities();
                List<Long> states = new ArrayList<>();
                List<Double> probabilities = new ArrayList<>();
                for (int i = 0; i < p.length; i++) {
                    if (p[i] > ExpectedDistribution.ZERO) {
                        states.add((long) i);
                        probabilities.add(p[i]);
                    }
                }
                return new ExpectedDistribution(qubits, states.stream().mapToLong(Long::longValue).toArray(),
                        probabilities.stream().mapToDouble(Double::doubleValue).toArray(), model.name(),
                        ExpectedDistribution.Method.DENSITY_MATRIX, ROUNDING);
            }
            ErrorSampledEstimate estimate = ErrorSampledEstimate.of(qubits, ops, model, trajectories,
                    new SplittableRandom(seed));
            Map<Long, Double> map = estimate.distribution();
            long[] states = new long[map.size()];
            double[] probabilities = new double[map.size()];
            int i = 0;
            for (Map.Entry<Long, Double> e : map.entrySet()) {
                states[i] = e.getKey();
                probabilities[i++] = e.getValue();
            }
            return new ExpectedDistribution(qubits, states, probabilities, model.name(),
                    ExpectedDistribution.Method.SAMPLED_ERRORS, estimate.tvdBound(ESTIMATE_CONFIDENCE_DELTA) + ROUNDING);
        } catch (io.github.ionqci.emulator.simulator.SimulatorMemoryException e) {
            throw new CircuitException(CircuitException.SIMULATION_ERROR, e.getMessage());
        }
    }

    /**
     * Compares the unitaries of two circuits on the wider one's qubits: U of {@code actual}, V of
     * {@code other}, the global phase φ taken from the largest element of V's first column.
     *
     * @param actual the first circuit (U)
     * @param other  the second circuit (V)
     * @return the largest deviation after the global phase, with where it is
     * @throws IllegalArgumentException when the circuits are wider than {@value #MAX_COMPARED_QUBITS} qubits
     */
    public static UnitaryComparison compare(Circuit actual, Circuit other) {
        int qubits = Math.max(actual.qubits(), other.qubits());
        if (qubits > MAX_COMPARED_QUBITS) {
            throw new IllegalArgumentException("the circuits use " + qubits + " qubits; unitaries are compared up to "
                    + MAX_COMPARED_QUBITS + " (4^n matrix elements); compare their distributions instead");
        }
        int dim = 1 << qubits;
        double phaseRe = 1;
        double phaseIm = 0;
        double phase = 0;
        double worst = -1;
        long worstRow = 0;
        long worstColumn = 0;
        double[] worstValues = new double[4];
        for (int column = 0; column < dim; column++) {
            StateVector u = StateVector.basis(qubits, column);
            u.run(actual.operations());
            StateVector v = StateVector.basis(qubits, column);
            v.run(other.operations());
            if (column == 0) {
                int largest = 0;
                for (int r = 1; r < dim; r++) {
                    if (v.probability(r) > v.probability(largest)) {
                        largest = r;
                    }
                }
                // φ = arg(U[largest][0] / V[largest][0])
                phase = Math.atan2(u.im(largest), u.re(largest)) - Math.atan2(v.im(largest), v.re(largest));
                phaseRe = Math.cos(phase);
                phaseIm = Math.sin(phase);
            }
            for (int r = 0; r < dim; r++) {
                double otherRe = phaseRe * v.re(r) - phaseIm * v.im(r);
                double otherIm = phaseRe * v.im(r) + phaseIm * v.re(r);
                double deviation = Math.hypot(u.re(r) - otherRe, u.im(r) - otherIm);
                if (deviation > worst) {
                    worst = deviation;
                    worstRow = r;
                    worstColumn = column;
                    worstValues = new double[] {u.re(r), u.im(r), otherRe, otherIm};
                }
            }
        }
        return new UnitaryComparison(qubits, worst, worstRow, worstColumn, worstValues[0], worstValues[1],
                worstValues[2], worstValues[3], Math.IEEEremainder(phase, 2 * Math.PI));
    }
}
