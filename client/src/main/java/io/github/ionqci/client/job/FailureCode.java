package io.github.ionqci.client.job;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * Why IonQ failed a job: the {@code failure.code} of v0.4.
 *
 * <p>Behaves like an enum of the twenty codes v0.4 documents, and keeps a code the API adds later as
 * its raw string ({@link #isKnown()} is then false), so a new code never breaks parsing.
 *
 * <pre>{@code
 * assertThat(job).isFailed().hasFailureCode(FailureCode.NOT_ENOUGH_QUBITS);
 * }</pre>
 *
 * @param value the raw code, for example {@code "NotEnoughQubits"}
 */
public record FailureCode(String value) {

    /** {@code InvalidInput}: the job body or its circuit is invalid. */
    public static final FailureCode INVALID_INPUT = new FailureCode("InvalidInput");
    /** {@code CompilationError}: the circuit could not be compiled for the backend. */
    public static final FailureCode COMPILATION_ERROR = new FailureCode("CompilationError");
    /** {@code ContractExpiredError}: the account's contract has expired. */
    public static final FailureCode CONTRACT_EXPIRED_ERROR = new FailureCode("ContractExpiredError");
    /** {@code DebiasingError}: error mitigation (debiasing) failed. */
    public static final FailureCode DEBIASING_ERROR = new FailureCode("DebiasingError");
    /** {@code InternalError}: an error inside IonQ's service. */
    public static final FailureCode INTERNAL_ERROR = new FailureCode("InternalError");
    /** {@code NotEnoughQubits}: the circuit uses more qubits than the backend has. */
    public static final FailureCode NOT_ENOUGH_QUBITS = new FailureCode("NotEnoughQubits");
    /** {@code OptimizationError}: the circuit optimizer failed. */
    public static final FailureCode OPTIMIZATION_ERROR = new FailureCode("OptimizationError");
    /** {@code PreflightError}: the checks before execution failed. */
    public static final FailureCode PREFLIGHT_ERROR = new FailureCode("PreflightError");
    /** {@code QuantumCircuitComplexityError}: the circuit is too complex for the backend. */
    public static final FailureCode QUANTUM_CIRCUIT_COMPLEXITY_ERROR = new FailureCode("QuantumCircuitComplexityError");
    /** {@code QuantumComputerError}: the quantum computer failed while running the job. */
    public static final FailureCode QUANTUM_COMPUTER_ERROR = new FailureCode("QuantumComputerError");
    /** {@code QuotaExhaustedError}: the account's quota is used up. */
    public static final FailureCode QUOTA_EXHAUSTED_ERROR = new FailureCode("QuotaExhaustedError");
    /** {@code SimulationError}: the simulator failed. */
    public static final FailureCode SIMULATION_ERROR = new FailureCode("SimulationError");
    /** {@code SimulationTimeout}: the simulation took longer than the simulator allows. */
    public static final FailureCode SIMULATION_TIMEOUT = new FailureCode("SimulationTimeout");
    /** {@code SystemCancel}: ionQ canceled the job. */
    public static final FailureCode SYSTEM_CANCEL = new FailureCode("SystemCancel");
    /** {@code TooLongPredictedExecutionTime}: the predicted execution time is longer than allowed. */
    public static final FailureCode TOO_LONG_PREDICTED_EXECUTION_TIME = new FailureCode("TooLongPredictedExecutionTime");
    /** {@code TooManyControls}: a gate has more control qubits than the backend allows. */
    public static final FailureCode TOO_MANY_CONTROLS = new FailureCode("TooManyControls");
    /** {@code TooManyGates}: the circuit has more gates than the backend allows. */
    public static final FailureCode TOO_MANY_GATES = new FailureCode("TooManyGates");
    /** {@code TooManyShots}: more shots were requested than the backend allows. */
    public static final FailureCode TOO_MANY_SHOTS = new FailureCode("TooManyShots");
    /** {@code UnknownBillingError}: a billing problem IonQ does not detail. */
    public static final FailureCode UNKNOWN_BILLING_ERROR = new FailureCode("UnknownBillingError");
    /** {@code UnsupportedGate}: the circuit uses a gate the backend does not support. */
    public static final FailureCode UNSUPPORTED_GATE = new FailureCode("UnsupportedGate");

    private static final List<FailureCode> KNOWN = List.of(
            INVALID_INPUT, COMPILATION_ERROR, CONTRACT_EXPIRED_ERROR, DEBIASING_ERROR, INTERNAL_ERROR,
            NOT_ENOUGH_QUBITS, OPTIMIZATION_ERROR, PREFLIGHT_ERROR, QUANTUM_CIRCUIT_COMPLEXITY_ERROR,
            QUANTUM_COMPUTER_ERROR, QUOTA_EXHAUSTED_ERROR, SIMULATION_ERROR, SIMULATION_TIMEOUT, SYSTEM_CANCEL,
            TOO_LONG_PREDICTED_EXECUTION_TIME, TOO_MANY_CONTROLS, TOO_MANY_GATES, TOO_MANY_SHOTS,
            UNKNOWN_BILLING_ERROR, UNSUPPORTED_GATE);

    /**
     * @param value the raw code; must not be null or blank
     */
    public FailureCode {
        Objects.requireNonNull(value, "failure code value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("A failure code cannot be blank");
        }
    }

    /**
     * Parses a code, returning the shared constant for a known one.
     *
     * @param value the raw code, such as {@code "TooManyShots"}
     * @return the code; never null
     */
    @JsonCreator
    public static FailureCode of(String value) {
        for (FailureCode known : KNOWN) {
            if (known.value.equals(value)) {
                return known;
            }
        }
        return new FailureCode(value);
    }

    /** @return the twenty codes IonQ v0.4 documents, in the order of its schema */
    public static List<FailureCode> values() {
        return KNOWN;
    }

    /** @return the raw code as the API sends it */
    @Override
    @JsonValue
    public String value() {
        return value;
    }

    /** @return whether this is one of the codes IonQ v0.4 documents */
    public boolean isKnown() {
        return KNOWN.contains(this);
    }

    @Override
    public String toString() {
        return value;
    }
}
