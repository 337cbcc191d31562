package io.github.ionqci.emulator.circuit;

/**
 * A circuit job cannot run: the input is invalid or the simulation cannot be done. Carries the
 * failure code IonQ would report in {@code failure.code} ({@code InvalidInput}, {@code UnsupportedGate},
 * {@code NotEnoughQubits}, {@code TooManyShots}, {@code SimulationError}) and a message that says what
 * is wrong, where (circuit and gate index) and what to do.
 *
 * <pre>{@code
 * try {
 *     Circuits.parse("ionq.circuit.v1", input);
 * } catch (CircuitException e) {
 *     job.fail(e.failureCode(), e.getMessage());
 * }
 * }</pre>
 */
public final class CircuitException extends RuntimeException {

    /** The input is malformed or a parameter is out of range. */
    public static final String INVALID_INPUT = "InvalidInput";
    /** A gate name this gate set does not have. */
    public static final String UNSUPPORTED_GATE = "UnsupportedGate";
    /** The circuit is wider than the noise model (device) allows. */
    public static final String NOT_ENOUGH_QUBITS = "NotEnoughQubits";
    /** A controlled gate with more controls than IonQ accepts ({@value Circuits#MAX_CONTROLS}). */
    public static final String TOO_MANY_CONTROLS = "TooManyControls";
    /** More shots than IonQ accepts. */
    public static final String TOO_MANY_SHOTS = "TooManyShots";
    /** More gates in one job than the limit. */
    public static final String TOO_MANY_GATES = "TooManyGates";
    /** The simulation itself cannot be done (e.g. not enough heap). */
    public static final String SIMULATION_ERROR = "SimulationError";

    private static final long serialVersionUID = 1L;

    /** IonQ's failure code, one of the constants above. */
    private final String failureCode;

    /**
     * @param failureCode IonQ's failure code
     * @param message     what is wrong, where, and what to do
     */
    public CircuitException(String failureCode, String message) {
        super(message);
        this.failureCode = failureCode;
    }

    /**
     * IonQ's failure code, e.g. {@code InvalidInput}.
     *
     * @return the code the job's failure reports
     */
    public String failureCode() {
        return failureCode;
    }
}
