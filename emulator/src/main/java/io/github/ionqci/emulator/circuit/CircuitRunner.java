package io.github.ionqci.emulator.circuit;

import static io.github.ionqci.emulator.circuit.CircuitException.INVALID_INPUT;
import static io.github.ionqci.emulator.circuit.CircuitException.NOT_ENOUGH_QUBITS;
import static io.github.ionqci.emulator.circuit.CircuitException.SIMULATION_ERROR;
import static io.github.ionqci.emulator.circuit.CircuitException.TOO_MANY_SHOTS;

import io.github.ionqci.emulator.simulator.NoiseModel;
import io.github.ionqci.emulator.simulator.Outcomes;
import io.github.ionqci.emulator.simulator.Sampler;
import io.github.ionqci.emulator.simulator.SimulatorMemoryException;
import io.github.ionqci.emulator.simulator.StateVector;
import io.github.ionqci.emulator.simulator.Trajectories;

import java.util.SplittableRandom;

/**
 * Runs a parsed {@link Circuit} on the state-vector simulator and measures it, as IonQ's cloud
 * simulator does: exact probabilities for the {@code ideal} model, and shot-by-shot noisy trajectories
 * for the device noise models ({@link NoiseModel}).
 *
 * <pre>{@code
 * Circuit circuit = Circuits.parse(job.type(), job.input()).get(0);
 * SimulationResult r = CircuitRunner.run(circuit, 1000, "aria-1", 7L);
 * }</pre>
 *
 * <p>With the same seed, a run gives bit-for-bit the same result; with a null seed, a random one.
 * Runs are independent and may be made from several threads at once. Interrupting the calling thread
 * stops a long simulation with a {@link java.util.concurrent.CancellationException}.
 */
public final class CircuitRunner {

    /** IonQ's limit on shots per job. */
    public static final int MAX_SHOTS = 1_000_000;

    private CircuitRunner() {
    }

    /**
     * @param noiseModel a model name, or null for {@code ideal}
     * @return the model
     * @throws CircuitException {@code InvalidInput} naming the known models when it is unknown
     */
    static NoiseModel model(String noiseModel) {
        return noiseModel == null ? NoiseModel.IDEAL : NoiseModel.named(noiseModel)
                .orElseThrow(() -> new CircuitException(INVALID_INPUT, "unknown noise model '" + noiseModel
                        + "'; use one of " + String.join(", ", NoiseModel.names())));
    }

    /**
     * Simulates and measures {@code circuit}.
     *
     * @param circuit    the circuit
     * @param shots      how many shots to sample, 1 to {@value #MAX_SHOTS}
     * @param noiseModel {@code ideal} (also when null), {@code aria-1}, {@code aria-2}, {@code forte-1},
     *                   {@code forte-enterprise-1}, {@code harmony}, {@code harmony-1}, {@code harmony-2}
     * @param seed       seed of the shot sampling and noise; null for a random seed
     * @return probabilities, histogram and shots
     * @throws CircuitException {@code InvalidInput} for an unknown model or bad shots, {@code TooManyShots},
     *                          {@code NotEnoughQubits} when the circuit is wider than the model allows,
     *                          {@code SimulationError} when the heap cannot hold the state
     */
    public static SimulationResult run(Circuit circuit, int shots, String noiseModel, Long seed) {
        NoiseModel model = model(noiseModel);
        if (shots < 1) {
            throw new CircuitException(INVALID_INPUT, "shots must be at least 1, was " + shots);
        }
        if (shots > MAX_SHOTS) {
            throw new CircuitException(TOO_MANY_SHOTS, "shots " + shots + " exceed the limit of " + MAX_SHOTS);
        }
        int qubits = circuit.qubits();
        if (qubits > model.maxQubits()) {
            throw new CircuitException(NOT_ENOUGH_QUBITS, "the circuit uses " + qubits + " qubits but the '"
                    + model.name() + "' noise model simulates at most " + model.maxQubits());
        }
        if (qubits > StateVector.MAX_QUBITS) {
            throw new CircuitException(SIMULATION_ERROR, "the circuit uses " + qubits
                    + " qubits; this simulator holds at most " + StateVector.MAX_QUBITS);
        }
        SplittableRandom rng = seed == null ? new SplittableRandom() : new SplittableRandom(seed);
        try {
            Outcomes o;
            if (model.isIdeal()) {
                StateVector psi = StateVector.zero(qubits);
                psi.run(circuit.operations());
                o = Sampler.measure(psi, shots, rng);
            } else {
                o = Trajectories.sample(qubits, circuit.operations(), model, shots, rng);
            }
            return new SimulationResult(qubits, o.states(), o.probabilities(), o.counts(), o.shots(), model.name());
        } catch (SimulatorMemoryException e) {
            throw new CircuitException(SIMULATION_ERROR, e.getMessage());
        }
    }
}
