package io.github.ionqci.client.await;

import io.github.ionqci.client.Durations;
import io.github.ionqci.client.IonQException;
import io.github.ionqci.client.job.Job;
import io.github.ionqci.client.job.JobStatus;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Where awaiting stands after a round, for progress lines.
 *
 * <pre>{@code
 * client.awaiter().onProgress(p -> log.info(p.summary())).await(ids);
 * // round 3, 12s: 100 jobs, 61 done; completed 58, failed 3, ready 30, started 9; oldest pending 0a1b… (ready); predicted wait up to 40s
 * }</pre>
 *
 * @param round            the round just done, from 1
 * @param total            how many jobs are awaited
 * @param done             how many have an outcome
 * @param statusCounts     the jobs by last status seen, known and unknown statuses (in lifecycle order, then unknown)
 * @param notFound         how many were not found
 * @param unseen           how many have not been seen yet (rounds failed so far)
 * @param oldestPending    the pending job submitted first, or null when none is pending or seen
 * @param maxPredictedWait the longest {@code predicted_wait_time_ms} among pending jobs, or null
 * @param elapsed          time since awaiting started
 * @param lastError        the error of this round when it failed (it is retried next round), or null
 */
public record AwaitProgress(int round, int total, int done, Map<JobStatus, Integer> statusCounts, int notFound,
                            int unseen, Job oldestPending, Duration maxPredictedWait, Duration elapsed,
                            IonQException lastError) {

    /**
     * Copies the map so the record stays immutable.
     *
     * @param round            the round just done, from 1
     * @param total            how many jobs are awaited
     * @param done             how many have an outcome
     * @param statusCounts     the jobs by last status seen, known and unknown statuses (in lifecycle order, then unknown)
     * @param notFound         how many were not found
     * @param unseen           how many have not been seen yet (rounds failed so far)
     * @param oldestPending    the pending job submitted first, or null when none is pending or seen
     * @param maxPredictedWait the longest {@code predicted_wait_time_ms} among pending jobs, or null
     * @param elapsed          time since awaiting started
     * @param lastError        the error of this round when it failed (it is retried next round), or null
     */
    public AwaitProgress {
        statusCounts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(statusCounts));
    }

    /** @return how many jobs are still pending */
    public int pending() {
        return total - done;
    }

    /** @return the oldest pending job, if any */
    public Optional<Job> oldest() {
        return Optional.ofNullable(oldestPending);
    }

    /** @return one line: round, elapsed, counts by status, oldest pending job, longest predicted wait */
    public String summary() {
        StringBuilder line = new StringBuilder("round ").append(round).append(", ")
                .append(Durations.format(Duration.ofMillis(elapsed.toMillis()))).append(": ")
                .append(total).append(total == 1 ? " job, " : " jobs, ").append(done).append(" done");
        String counts = statusCounts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
        if (!counts.isEmpty()) {
            line.append("; ").append(counts);
        }
        if (notFound > 0) {
            line.append(", not found ").append(notFound);
        }
        if (unseen > 0) {
            line.append(", not fetched yet ").append(unseen);
        }
        if (oldestPending != null) {
            line.append("; oldest pending ").append(oldestPending.id()).append(" (").append(oldestPending.status())
                    .append(')');
        }
        if (maxPredictedWait != null) {
            line.append("; predicted wait up to ")
                    .append(Durations.format(Duration.ofMillis(Math.max(1, maxPredictedWait.toMillis()))));
        }
        if (lastError != null) {
            line.append("; this round failed, retrying next round: ").append(lastError.getMessage());
        }
        return line.toString();
    }
}
