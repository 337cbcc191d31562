package io.github.ionqci.emulator.simulator;

/**
 * What a simulation produced. Arrays are shared with the caller, not copied.
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
