package io.github.ionqci.emulator.circuit;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A circuit's measured distribution as {@link CircuitOracle} computes it: the expected probabilities
 * a test compares a job's results with, and how far from the true distribution they may be.
 *
 * <pre>{@code
 * ExpectedDistribution ghz = CircuitOracle.distribution(circuit, "aria-1");
 * ghz.method();          // DENSITY_MATRIX
 * ghz.probability(0);    // 0.4934…
 * ghz.tvdErrorBound();   // 1e-12: exact up to rounding
 * }</pre>
 *
 * @param qubits        the circuit's width
 * @param states        basis states with probability above {@value #ZERO}, increasing (qubit 0 = least
 *                      significant bit)
 * @param probabilities their probabilities, summing to 1 up to the dropped mass
 * @param noiseModel    the noise model simulated
 * @param method        how they were computed
 * @param tvdErrorBound an upper bound on the total variation distance between these probabilities and
 *                      the model's true distribution: rounding for the exact methods, a bound that holds
 *                      with probability {@code 1 − }{@link CircuitOracle#ESTIMATE_CONFIDENCE_DELTA} for
 *                      {@link Method#SAMPLED_ERRORS}
 */
public record ExpectedDistribution(int qubits, long[] states, double[] probabilities, String noiseModel,
                                   Method method, double tvdErrorBound) {

    /** Probabilities at or below this are dropped as rounding noise. */
    public static final double ZERO = 1e-15;

    /** How the distribution was computed. */
    public enum Method {
        /** |⟨i|ψ⟩|² of the ideal state vector: exact. */
        STATE_VECTOR,
        /** ⟨i|ρ|i⟩ of the noisy density matrix: exact, up to {@value io.github.ionqci.emulator.simulator.DensityMatrix#MAX_QUBITS} qubits. */
        DENSITY_MATRIX,
        /**
         * Beyond the density matrix's width: the error-free part exactly (its weight w₀ = Π(1 − pₑ)
         * over the channels times the ideal distribution), the part with at least one error estimated
         * from sampled error trajectories; see {@link CircuitOracle#distribution(Circuit, String, int, long)}.
         */
        SAMPLED_ERRORS
    }

    /**
     * Copies the arrays.
     *
     * @param qubits the circuit's width
     * @param states basis states with probability above {@value #ZERO}, increasing (qubit 0 = least significant bit)
     * @param probabilities their probabilities, summing to 1 up to the dropped mass
     * @param noiseModel the noise model simulated
     * @param method how they were computed
     * @param tvdErrorBound an upper bound on the total variation distance between these probabilities and the model's true distribution: rounding for the exact methods, a bound that holds with probability {@code 1 − }{@link CircuitOracle#ESTIMATE_CONFIDENCE_DELTA} for {@link Method#SAMPLED_ERRORS}
     */
    public ExpectedDistribution {
        states = states.clone();
        probabilities = probabilities.clone();
    }

    /** @return the basis states with non-zero probability, ascending (a copy) */
    @Override
    public long[] states() {
        return states.clone();
    }

    /** @return their probabilities, in the order of {@link #states()} (a copy) */
    @Override
    public double[] probabilities() {
        return probabilities.clone();
    }

    /**
     * @param state a basis state (qubit 0 as the least significant bit)
     * @return its probability (0 if absent)
     */
    public double probability(long state) {
        int i = Arrays.binarySearch(states, state);
        return i >= 0 ? probabilities[i] : 0.0;
    }

    /** @return the distribution keyed by IonQ's decimal state keys, in state order */
    public Map<Long, Double> asMap() {
        Map<Long, Double> map = new LinkedHashMap<>();
        for (int i = 0; i < states.length; i++) {
            map.put(states[i], probabilities[i]);
        }
        return map;
    }

    /** @return whether the probabilities are exact up to rounding */
    public boolean exact() {
        return method != Method.SAMPLED_ERRORS;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExpectedDistribution d && d.qubits == qubits && Arrays.equals(d.states, states)
                && Arrays.equals(d.probabilities, probabilities) && d.noiseModel.equals(noiseModel)
                && d.method == method && d.tvdErrorBound == tvdErrorBound;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(states) * 31 + Arrays.hashCode(probabilities);
    }

    @Override
    public String toString() {
        return "ExpectedDistribution{" + qubits + " qubits, " + noiseModel + ", " + method + ", " + states.length
                + " states, TVD error ≤ " + tvdErrorBound + "}";
    }
}
