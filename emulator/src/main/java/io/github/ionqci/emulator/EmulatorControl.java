package io.github.ionqci.emulator;

import io.github.ionqci.emulator.internal.SubmissionSettings;
import java.time.Duration;
import java.util.Objects;

/**
 * How jobs submitted with {@code POST /jobs} behave: queueing time, running time, the gate limit, and forced
 * failures. Settings apply to jobs submitted afterwards. Thread-safe.
 *
 * <pre>{@code
 * emulator.control().queueing(Duration.ofMillis(40)).jobDuration(Duration.ofMillis(60));
 * emulator.control().forceFailure("QuantumComputerError", "The QPU was recalibrated.", 2); // next 2 submissions
 * emulator.control().maxGates(100);                                                        // TooManyGates above
 * }</pre>
 */
public final class EmulatorControl {

    private final SubmissionSettings settings;

    EmulatorControl(SubmissionSettings settings) {
        this.settings = settings;
    }

    /**
     * @param queueing time a new job spends queued: the first half {@code submitted}, the second {@code ready}
     *                 (default zero)
     * @return this
     */
    public EmulatorControl queueing(Duration queueing) {
        settings.queueing(queueing);
        return this;
    }

    /**
     * @param duration least time a new job spends {@code started} (default zero: as long as the simulation takes)
     * @return this
     */
    public EmulatorControl jobDuration(Duration duration) {
        settings.running(duration);
        return this;
    }

    /**
     * @param maxGates the gate limit of one job, all circuits together; above it the job fails
     *                 {@code TooManyGates} (default {@value SubmissionSettings#DEFAULT_MAX_GATES})
     * @return this
     */
    public EmulatorControl maxGates(int maxGates) {
        settings.maxGates(maxGates);
        return this;
    }

    /**
     * The next submission fails with this code and message (after its queueing and duration), whatever it holds.
     *
     * @param code    a failure code, such as {@code QuantumComputerError}; any string is kept as given
     * @param message the failure message
     * @return this
     */
    public EmulatorControl forceFailure(String code, String message) {
        return forceFailure(code, message, 1);
    }

    /**
     * @param code        a failure code
     * @param message     the failure message
     * @param submissions how many of the next submissions fail so
     * @return this
     */
    public EmulatorControl forceFailure(String code, String message, int submissions) {
        settings.forceFailure(Objects.requireNonNull(code, "code"), Objects.requireNonNull(message, "message"),
                submissions);
        return this;
    }

    /**
     * @param rateCard the prices of {@code GET /jobs/estimate} and {@code GET /jobs/{id}/cost} (default
     *                 {@link RateCard#defaults()})
     * @return this
     */
    public EmulatorControl rateCard(RateCard rateCard) {
        settings.rateCard(rateCard);
        return this;
    }

    /** Back to the defaults: no queueing, no minimum duration, default gate limit, no forced failures, default rate card. */
    public void reset() {
        settings.reset();
    }
}
