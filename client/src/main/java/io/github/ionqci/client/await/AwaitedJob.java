package io.github.ionqci.client.await;

import io.github.ionqci.client.IonQException;
import io.github.ionqci.client.job.Job;
import java.time.Duration;

/**
 * One awaited job: its id, how awaiting it ended, the last state seen and when.
 *
 * @param id        the id as given
 * @param outcome   how awaiting it ended
 * @param job       the job as last seen, or null if it was never seen (not found, or timed out before
 *                  any round succeeded)
 * @param elapsed   time from the start of awaiting until its outcome was known
 * @param lastError the error of the last failed round, for a timed-out job that could not be fetched; or null
 */
public record AwaitedJob(String id, AwaitOutcome outcome, Job job, Duration elapsed, IonQException lastError) {

    /** @return a line such as {@code 0a1b… COMPLETED after 2.5s} or {@code … FAILED (NotEnoughQubits: …)} */
    public String summary() {
        StringBuilder line = new StringBuilder(id).append(' ').append(outcome);
        if (job != null && job.failure() != null) {
            line.append(" (").append(job.failureSummary()).append(')');
        }
        if (outcome == AwaitOutcome.TIMED_OUT && job != null) {
            line.append(" (last status ").append(job.status()).append(')');
        }
        line.append(" after ").append(io.github.ionqci.client.Durations.format(
                Duration.ofMillis(elapsed.toMillis())));
        return line.toString();
    }
}
