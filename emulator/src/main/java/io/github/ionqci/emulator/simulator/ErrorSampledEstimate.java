package io.github.ionqci.emulator.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * The noisy distribution of a circuit too wide for a {@link DensityMatrix}, split as
 * {@code p = w₀·p_ideal + (1 − w₀)·q}: w₀ = Π(1 − pₑ) is the probability that no channel errs (pₑ = 3r1/4
 * for a one-qubit channel, 15r2/16 for a two-qubit one), p_ideal the exact ideal distribution, and q the
 * distribution given at least one error. Only q is estimated: {@code trajectories} error patterns are
 * drawn exactly from the conditional law (the first erring channel with probability
 * Π_{i&lt;j}(1 − pᵢ)·pⱼ/(1 − w₀), later channels independently) and the exact distributions of their
 * states are averaged (not one shot each, which would only add variance).
 *
 * <p>Error accounting: TVD(estimate, p) = (1 − w₀)·TVD(q̂, q). Each q̂ᵢ has variance at most qᵢ/M, so
 * E‖q̂ − q‖₁ ≤ Σ√(qᵢ/M) ≤ √(K/M) with K = 2ⁿ outcomes; one trajectory moves ‖q̂ − q‖₁ by at most 2/M, so
 * by McDiarmid ‖q̂ − q‖₁ ≤ √(K/M) + √(2 ln(1/δ)/M) with probability at least 1 − δ. {@link #tvdBound}
 * is half that times (1 − w₀), capped at 1 − w₀ (the bound that needs no sampling at all).
 *
 * <pre>{@code
 * ErrorSampledEstimate e = ErrorSampledEstimate.of(12, ops, NoiseModel.named("forte-1").orElseThrow(),
 *                                                  2_000, new SplittableRandom(1));
 * e.errorFreeWeight();          // w₀, e.g. 0.93
 * e.tvdBound(1e-3);             // at most 1 − w₀
 * }</pre>
 *
 * @param qubits          the width
 * @param errorFreeWeight w₀
 * @param trajectories    M, the error patterns averaged
 * @param distribution    the estimate w₀·p_ideal + (1 − w₀)·q̂, by basis state
 */
public record ErrorSampledEstimate(int qubits, double errorFreeWeight, int trajectories,
                                   Map<Long, Double> distribution) {

    /**
     * Copies the map.
     *
     * @param qubits the width
     * @param errorFreeWeight w₀
     * @param trajectories M, the error patterns averaged
     * @param distribution the estimate w₀·p_ideal + (1 − w₀)·q̂, by basis state
     */
    public ErrorSampledEstimate {
        distribution = java.util.Collections.unmodifiableMap(new TreeMap<>(distribution));
    }

    /**
     * @param qubits       the width
     * @param ops          the circuit's operations
     * @param model        the noise model
     * @param trajectories M, at least 1
     * @param rng          the source of the error patterns
     * @return the estimate
     */
    public static ErrorSampledEstimate of(int qubits, List<Operation> ops, NoiseModel model, int trajectories,
                                          SplittableRandom rng) {
        if (trajectories < 1) {
            throw new IllegalArgumentException("trajectories must be at least 1, was " + trajectories);
        }
        List<Trajectories.Channel> channels = Trajectories.channels(ops, model);
        double[] p = new double[channels.size()];
        double w0 = 1;
        for (int i = 0; i < p.length; i++) {
            p[i] = channels.get(i).twoQubit() ? 15.0 / 16.0 * model.twoQubitError() : 0.75 * model.oneQubitError();
            w0 *= 1 - p[i];
        }
        Map<Long, Double> result = new TreeMap<>();
        StateVector ideal = StateVector.zero(qubits);
        ideal.run(ops);
        addProbabilities(ideal, w0, result);
        if (w0 < 1) {
            double share = (1 - w0) / trajectories;
            for (int t = 0; t < trajectories; t++) {
                StateVector psi = StateVector.zero(qubits);
                psi.run(Trajectories.tail(ops, channels, drawErrors(channels, p, w0, rng), 0));
                addProbabilities(psi, share, result);
            }
        }
        return new ErrorSampledEstimate(qubits, w0, trajectories, result);
    }

    /** An error pattern conditioned on at least one error, as Trajectories encodes it (channel·16 + Pauli). */
    private static long[] drawErrors(List<Trajectories.Channel> channels, double[] p, double w0,
                                     SplittableRandom rng) {
        List<Long> errors = new ArrayList<>();
        double u = rng.nextDouble() * (1 - w0);
        double before = 1;   // Π_{i<j}(1 − pᵢ)
        int first = p.length - 1;
        for (int j = 0; j < p.length; j++) {
            double here = before * p[j];
            if (u < here) {
                first = j;
                break;
            }
            u -= here;
            before *= 1 - p[j];
        }
        while (p[first] == 0 && first > 0) {   // rounding at the end of the walk
            first--;
        }
        errors.add(code(channels.get(first), first, rng));
        for (int j = first + 1; j < p.length; j++) {
            if (rng.nextDouble() < p[j]) {
                errors.add(code(channels.get(j), j, rng));
            }
        }
        return errors.stream().mapToLong(Long::longValue).toArray();
    }

    private static long code(Trajectories.Channel channel, int index, SplittableRandom rng) {
        return (long) index * 16 + 1 + rng.nextInt(channel.twoQubit() ? 15 : 3);
    }

    private static void addProbabilities(StateVector psi, double weight, Map<Long, Double> into) {
        for (int i = 0; i < psi.size(); i++) {
            double pi = psi.probability(i);
            if (pi > 0) {
                into.merge((long) i, weight * pi, Double::sum);
            }
        }
    }

    /**
     * @param delta the probability the bound may fail, in (0, 1)
     * @return a bound on TVD(estimate, true distribution) that holds with probability ≥ 1 − delta
     */
    public double tvdBound(double delta) {
        if (!(delta > 0 && delta < 1)) {
            throw new IllegalArgumentException("delta must be between 0 and 1 (exclusive), was " + delta);
        }
        double outcomes = Math.pow(2, qubits);
        double l1 = Math.sqrt(outcomes / trajectories) + Math.sqrt(2 * Math.log(1 / delta) / trajectories);
        return (1 - errorFreeWeight) * Math.min(1.0, l1 / 2);
    }
}
