package io.github.ionqci.maven.internal;

import io.github.ionqci.client.Durations;
import io.github.ionqci.client.await.AwaitProgress;
import io.github.ionqci.client.job.Job;
import io.github.ionqci.client.job.JobStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The progress line {@code ionq:await-jobs} prints while it waits:
 * <pre>
 * 61/100 done (completed 58, failed 3); pending: ready 30, started 9; slowest: ghz3 (0a1b…, ready, submitted 2m10s ago); predicted wait up to 40s; 1m20s elapsed
 * </pre>
 */
public final class ProgressLine {

    private ProgressLine() {
    }

    /**
     * @param progress where awaiting stands
     * @param names    job names by id, to name the slowest job
     * @param now      the current time, to say how long the slowest job has been waiting
     * @return the line
     */
    public static String of(AwaitProgress progress, Map<String, String> names, Instant now) {
        StringBuilder line = new StringBuilder().append(progress.done()).append('/').append(progress.total())
                .append(" done");
        String finished = counts(progress.statusCounts(), true);
        if (!finished.isEmpty()) {
            line.append(" (").append(finished).append(')');
        }
        String pending = counts(progress.statusCounts(), false);
        if (progress.notFound() > 0) {
            line.append(", not found ").append(progress.notFound());
        }
        if (!pending.isEmpty()) {
            line.append("; pending: ").append(pending);
        }
        if (progress.unseen() > 0) {
            line.append("; not fetched yet ").append(progress.unseen());
        }
        Job slowest = progress.oldestPending();
        if (slowest != null) {
            String name = names.getOrDefault(slowest.id(), slowest.id());
            line.append("; slowest: ").append(name.equals(slowest.id()) ? name : name + " (" + slowest.id() + ")")
                    .append(' ').append(slowest.status());
            if (slowest.isReadable("submitted_at") && slowest.submittedAt() != null) {
                line.append(", submitted ").append(Durations.format(Duration.between(slowest.submittedAt(), now)))
                        .append(" ago");
            }
        }
        if (progress.maxPredictedWait() != null) {
            line.append("; predicted wait up to ").append(Durations.format(progress.maxPredictedWait()));
        }
        line.append("; ").append(Durations.format(progress.elapsed())).append(" elapsed");
        if (progress.lastError() != null) {
            line.append("; last poll failed, retrying: ").append(progress.lastError().getMessage());
        }
        return line.toString();
    }

    private static String counts(Map<JobStatus, Integer> counts, boolean terminal) {
        return counts.entrySet().stream()
                .filter(e -> e.getKey().isTerminal() == terminal && e.getValue() > 0)
                .map(e -> e.getKey().value() + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
