/**
 * The state-vector simulator behind the emulator: {@link io.github.ionqci.emulator.simulator.StateVector}
 * (two primitive arrays, gate fusion by {@link io.github.ionqci.emulator.simulator.GateFusion}, cache-blocked
 * passes over memory, spread over the available processors), {@link io.github.ionqci.emulator.simulator.Gates}
 * (QIS and native gate matrices), {@link io.github.ionqci.emulator.simulator.Sampler} (exact probabilities and
 * seeded shot sampling) and {@link io.github.ionqci.emulator.simulator.Trajectories} (IonQ's depolarising
 * {@link io.github.ionqci.emulator.simulator.NoiseModel}s, shot by shot).
 *
 * <pre>{@code
 * StateVector psi = StateVector.zero(2);
 * psi.run(List.of(Operation.of(Gates.H, 0), Operation.controlled(new int[] {0}, Gates.X, 1)));
 * Outcomes bell = Sampler.measure(psi, 1000, new SplittableRandom(42));   // states [0, 3]
 * }</pre>
 */
package io.github.ionqci.emulator.simulator;
