/**
 * IonQ circuit jobs for the emulator: {@link io.github.ionqci.emulator.circuit.Circuits} parses and
 * validates {@code ionq.circuit.v1} / {@code ionq.multi-circuit.v1} input (QIS and native gate sets) and
 * fails invalid jobs with IonQ's failure codes ({@link io.github.ionqci.emulator.circuit.CircuitException});
 * {@link io.github.ionqci.emulator.circuit.CircuitRunner} simulates a circuit and measures it;
 * {@link io.github.ionqci.emulator.circuit.NativeCompiler} compiles it to IonQ's native gates.
 *
 * <pre>{@code
 * for (Circuit c : Circuits.parse(job.type(), job.input())) {
 *     SimulationResult r = CircuitRunner.run(c, job.shots(), noiseModel, seed);
 *     // r.states(), r.probabilities(), r.counts(), r.shots(): qubit 0 is the least significant bit
 * }
 * }</pre>
 */
package io.github.ionqci.emulator.circuit;
