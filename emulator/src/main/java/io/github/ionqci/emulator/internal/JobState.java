package io.github.ionqci.emulator.internal;

import java.time.Instant;

/**
 * A job's changing fields as seen at one instant.
 *
 * @param status              the status seen
 * @param submittedAt         submission time
 * @param startedAt           start time, or null
 * @param completedAt         end time, or null
 * @param executionDurationMs time spent running, or null
 * @param predictedWaitMs     predicted queue time, or null
 * @param predictedRunMs      predicted execution time, or null
 * @param failureCode         failure code when failed, else null
 * @param failureMessage      failure message when failed, else null
 * @param results             results when completed and present, else null
 */
public record JobState(String status, Instant submittedAt, Instant startedAt, Instant completedAt,
                       Long executionDurationMs, Long predictedWaitMs, Long predictedRunMs,
                       String failureCode, String failureMessage, ResultData results) {

    /** @return whether the status is {@code completed}, {@code failed} or {@code canceled} */
    public boolean isTerminal() {
        return JobEntry.isTerminal(status);
    }
}
