package io.github.ionqci.emulator.circuit;

/**
 * The measured result of one circuit. States are basis-state integers with qubit 0 as the least
 * significant bit (IonQ's decimal keys). Arrays are shared, not copied: do not modify them.
 *
 * <pre>{@code
 * SimulationResult r = CircuitRunner.run(bell, 1000, "ideal", 42L);
 * r.states();         // [0, 3]
 * r.probabilities();  // [0.5, 0.5]
 * r.counts();         // e.g. [493, 507], sums to 1000
 * r.shots();          // e.g. [3, 0, 0, 3, ...], one outcome per shot in shot order
 * }</pre>
 *
 * @param qubits        the circuit's width
 * @param states        states with nonzero probability, increasing
 * @param probabilities per state: exact for the {@code ideal} model (states below 1e-15 dropped); for a
 *                      noisy model the shot frequencies, as IonQ's shot-aware noisy simulator reports
 * @param counts        shots per state, aligned with {@code states}, summing to the shots (for an ideal
 *                      run a possible state may have count 0)
 * @param shots         every shot's outcome, in shot order
 * @param noiseModel    the noise model used
 */
public record SimulationResult(int qubits, long[] states, double[] probabilities, long[] counts, long[] shots,
                               String noiseModel) {
}
