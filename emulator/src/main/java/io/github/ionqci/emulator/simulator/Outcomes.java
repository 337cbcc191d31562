package io.github.ionqci.emulator.simulator;

/**
 * What a simulation produced. Arrays are shared with the caller, not copied.
 *
 * <pre>{@code
 * Outcomes o = Sampler.measure(bell, 1000, new SplittableRandom(42));
 * o.states();          // [0, 3]: |00> and |11> (qubit 0 is bit 0)
 * o.probabilities();   // [0.5, 0.5], exact
 * o.counts();          // about [500, 500], summing to 1000
 * }</pre>
 *
 * @param qubits        the circuit's width
 * @param states        basis states with nonzero probability, increasing (qubit 0 = least significant bit)
 * @param probabilities the probability of each state: exact for an ideal run, shot frequencies for a
 *                      noisy one
 * @param counts        how many shots gave each state (aligned with {@code states}; sums to the shots)
 * @param shots         the outcome of each shot, in shot order
 */
public record Outcomes(int qubits, long[] states, double[] probabilities, long[] counts, long[] shots) {
}
