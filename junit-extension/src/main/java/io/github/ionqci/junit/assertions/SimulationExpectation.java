package io.github.ionqci.junit.assertions;

import io.github.ionqci.client.job.Job;
import io.github.ionqci.client.result.Probabilities;
import io.github.ionqci.emulator.circuit.BackendRules;
import io.github.ionqci.emulator.circuit.CircuitException;
import io.github.ionqci.emulator.circuit.CircuitOracle;
import io.github.ionqci.emulator.circuit.ExpectedDistribution;
import io.github.ionqci.emulator.simulator.NoiseModel;
import java.util.Locale;

/**
 * The expected distribution of {@code matchesSimulation}: the circuit simulated by the emulator's
 * {@link CircuitOracle} with the job's own noise model, and how the job's results are to be compared with it.
 *
 * @param circuit    the circuit file
 * @param noiseModel the noise model simulated
 * @param expected   the oracle's distribution
 */
record SimulationExpectation(CircuitFile circuit, String noiseModel, ExpectedDistribution expected) {

    /** How the results are compared. */
    enum Comparison {
        /** Exact probabilities (an ideal emulator job) against exact probabilities: TVD ≤ 1e-9. */
        EXACT,
        /** Sampled results against an exact distribution: the calibrated goodness-of-fit test. */
        GOODNESS_OF_FIT,
        /** Sampled results against an estimate: TVD ≤ the estimate's bound plus the sampling margin. */
        TOLERANCE
    }

    /** Probabilities and exact ones agree within this. */
    static final double EXACT_TOLERANCE = 1e-9;

    /**
     * @param circuit    the circuit file
     * @param job        the job whose noise model is used when {@code noiseModel} is null, or null
     * @param noiseModel the model to simulate, or null for the job's
     * @return the expectation
     * @throws AssertionError when the model cannot be known or simulated, saying what to pass
     */
    static SimulationExpectation of(CircuitFile circuit, Job job, String noiseModel) {
        String model = noiseModel != null ? noiseModel : modelOf(job, circuit);
        try {
            return new SimulationExpectation(circuit, model, CircuitOracle.distribution(circuit.circuit(), model));
        } catch (CircuitException e) {
            throw new AssertionError("Cannot simulate " + circuit + " with the noise model \"" + model + "\" ("
                    + e.failureCode() + "): " + e.getMessage());
        }
    }

    /**
     * The job's noise model: its {@code noise.model} on the simulator ({@code ideal} when none), the model
     * standing in for its QPU otherwise; without a job, the circuit file's.
     */
    private static String modelOf(Job job, CircuitFile circuit) {
        if (job == null) {
            return circuit.noiseModel();
        }
        String backend = job.backend() == null ? "simulator" : job.backend();
        if (backend.startsWith("qpu.")) {
            String model = BackendRules.noiseModelOf(backend);
            if (NoiseModel.named(model).isEmpty()) {
                throw new AssertionError("Job " + job.id() + " ran on " + backend + ", for which the emulator has no"
                        + " noise model; name one with matchesSimulationOf(circuit, \"ideal\") or a model such as"
                        + " \"aria-1\" (" + String.join(", ", NoiseModel.names()) + ").");
            }
            return model;
        }
        return job.noise() == null || job.noise().model() == null ? "ideal" : job.noise().model();
    }

    /**
     * @param job    the job the results came from, or null
     * @param exactResults whether the results are probabilities (not shot frequencies)
     * @return how to compare
     */
    Comparison comparison(Job job, boolean exactResults) {
        boolean idealSimulatorJob = job != null && "simulator".equals(job.backend())
                && (job.noise() == null || job.noise().model() == null || "ideal".equals(job.noise().model()));
        if (exactResults && idealSimulatorJob && "ideal".equals(noiseModel)) {
            return Comparison.EXACT;
        }
        return expected.exact() ? Comparison.GOODNESS_OF_FIT : Comparison.TOLERANCE;
    }

    /** @return the expected distribution as probabilities */
    Probabilities probabilities() {
        return Probabilities.of(expected.states(), expected.probabilities(), expected.qubits());
    }

    /** @return a line for failure messages: what the expectation is */
    String describe() {
        String method = switch (expected.method()) {
            case STATE_VECTOR -> "exact state-vector probabilities";
            case DENSITY_MATRIX -> "exact density-matrix probabilities";
            case SAMPLED_ERRORS -> String.format(Locale.ROOT, "an estimate (error-free part exact, error part from"
                    + " sampled trajectories; TVD error ≤ %.3g)", expected.tvdErrorBound());
        };
        return "Expected distribution: the emulator's simulation of " + circuit + " with noise model " + noiseModel
                + " (" + method + ").";
    }
}
