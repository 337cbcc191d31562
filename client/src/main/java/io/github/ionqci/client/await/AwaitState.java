package io.github.ionqci.client.await;

import io.github.ionqci.client.IonQException;
import io.github.ionqci.client.job.Job;
import io.github.ionqci.client.job.JobStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What an await knows: per id, the last job seen and the outcome once known. Used by one thread. */
final class AwaitState {

    private final List<String> order;
    private final Map<String, Tracked> byId = new LinkedHashMap<>();
    private final PollInterval policy;
    private final long startNanos = System.nanoTime();
    private final Instant deadline;
    private int round;
    private IonQException lastError;
    IonQException fatal;

    AwaitState(List<String> order, PollInterval policy, Duration timeout) {
        this.order = order;
        this.policy = policy;
        this.deadline = Instant.now().plus(timeout);
        for (String id : order) {
            byId.put(id, new Tracked());
        }
    }

    Instant deadline() {
        return deadline;
    }

    List<String> pendingIds() {
        List<String> pending = new ArrayList<>();
        for (String id : order) {
            if (byId.get(id).outcome == null) {
                pending.add(id);
            }
        }
        return pending;
    }

    int pendingCount() {
        int n = 0;
        for (Tracked t : byId.values()) {
            if (t.outcome == null) {
                n++;
            }
        }
        return n;
    }

    void record(Map<String, Job> found, List<String> asked) {
        Instant now = Instant.now();
        for (String id : asked) {
            Tracked t = byId.get(id);
            Job job = found.get(id);
            if (job == null) {
                t.outcome = AwaitOutcome.NOT_FOUND;
                t.elapsed = elapsed();
                continue;
            }
            t.job = job;
            t.seenAt = now;
            t.lastError = null;
            JobStatus status = job.status();
            if (JobStatus.COMPLETED.equals(status)) {
                finish(t, AwaitOutcome.COMPLETED);
            } else if (JobStatus.FAILED.equals(status)) {
                finish(t, AwaitOutcome.FAILED);
            } else if (JobStatus.CANCELED.equals(status)) {
                finish(t, AwaitOutcome.CANCELED);
            }
        }
    }

    void recordFailure(IonQException failure, List<String> asked) {
        round++;
        lastError = failure;
        if (failure != null) {
            for (String id : asked) {
                byId.get(id).lastError = failure;
            }
        }
    }

    private void finish(Tracked t, AwaitOutcome outcome) {
        t.outcome = outcome;
        t.elapsed = elapsed();
    }

    Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    Duration nextInterval() {
        Instant now = Instant.now();
        Instant earliest = null;
        boolean anyUnpredicted = false;
        for (Tracked t : byId.values()) {
            if (t.outcome != null) {
                continue;
            }
            Instant end = t.predictedEnd();
            if (end == null || !end.isAfter(now)) {
                anyUnpredicted = true;
            } else if (earliest == null || end.isBefore(earliest)) {
                earliest = end;
            }
        }
        return JobAwaiter.intervalFor(policy, Math.max(1, round), now, earliest, anyUnpredicted, deadline);
    }

    AwaitProgress progress() {
        Map<JobStatus, Integer> counts = new LinkedHashMap<>();
        for (JobStatus known : JobStatus.values()) {
            counts.put(known, 0);
        }
        int done = 0;
        int notFound = 0;
        int unseen = 0;
        Job oldest = null;
        Duration maxWait = null;
        for (Tracked t : byId.values()) {
            if (t.outcome != null) {
                done++;
            }
            if (t.outcome == AwaitOutcome.NOT_FOUND) {
                notFound++;
                continue;
            }
            if (t.job == null) {
                unseen++;
                continue;
            }
            counts.merge(t.job.status(), 1, Integer::sum);
            if (t.outcome == null) {
                if (oldest == null || OLDEST.compare(t.job, oldest) < 0) {
                    oldest = t.job;
                }
                Duration wait = t.job.predictedWait().orElse(null);
                if (wait != null && (maxWait == null || wait.compareTo(maxWait) > 0)) {
                    maxWait = wait;
                }
            }
        }
        counts.values().removeIf(n -> n == 0);
        return new AwaitProgress(round, order.size(), done, counts, notFound, unseen, oldest, maxWait, elapsed(),
                lastError);
    }

    AwaitResult result() {
        List<AwaitedJob> jobs = new ArrayList<>(order.size());
        Duration total = elapsed();
        for (String id : order) {
            Tracked t = byId.get(id);
            AwaitOutcome outcome = t.outcome == null ? AwaitOutcome.TIMED_OUT : t.outcome;
            jobs.add(new AwaitedJob(id, outcome, t.job, t.outcome == null ? total : t.elapsed,
                    t.outcome == null ? t.lastError : null));
        }
        return new AwaitResult(jobs, total);
    }

    private static final Comparator<Job> OLDEST = Comparator.comparing(
            (Job j) -> !j.isReadable("submitted_at") || j.submittedAt() == null ? Instant.MAX : j.submittedAt()).thenComparing(Job::id);

    private static final class Tracked {
        Job job;
        Instant seenAt;
        AwaitOutcome outcome;
        Duration elapsed;
        IonQException lastError;

        Instant predictedEnd() {
            if (job == null || seenAt == null || job.predictedWaitTimeMs() == null) {
                return null;
            }
            long ms = job.predictedWaitTimeMs();
            if (job.predictedExecutionDurationMs() != null) {
                ms += job.predictedExecutionDurationMs();
            }
            return seenAt.plusMillis(ms);
        }
    }
}
