package io.github.ionqci.junit.internal;

import io.github.ionqci.client.IonQClient;
import io.github.ionqci.client.await.AwaitOutcome;
import io.github.ionqci.client.await.AwaitResult;
import io.github.ionqci.client.await.AwaitedJob;
import io.github.ionqci.client.await.JobAwaiter;
import io.github.ionqci.client.await.PollInterval;
import io.github.ionqci.client.job.Job;
import io.github.ionqci.client.job.JobStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Every job the run has awaited, by id: each finished job is fetched once however many tests and
 * classes use it, and the ids asked for together are awaited in one batch (one {@code GET /jobs?ids=}
 * per 50 ids per round, not one request per job).
 *
 * <p>A batch hands each job over as soon as that job has finished: a test whose job is done does not
 * wait for the slowest job of its class. Thread-safe: when two threads ask for the same job at once, one
 * awaits it and the other waits for that result. A job that timed out is awaited again by a caller
 * that allows longer; a job that was not found, or whose await failed with an exception, is asked for
 * again by the next caller.
 */
final class JobCache {

    private final IonQClient client;
    private final Executor background;
    private final ConcurrentMap<String, Entry> entries = new ConcurrentHashMap<>();

    /**
     * @param client     the client to await with
     * @param background runs the batches started by {@link #prefetch}
     */
    JobCache(IonQClient client, Executor background) {
        this.client = client;
        this.background = background;
    }

    /**
     * Starts awaiting, in one batch on a background thread, every id given that is not known yet, and
     * returns at once.
     *
     * @param ids      job ids
     * @param settings timeout and poll interval for the batch
     */
    void prefetch(Collection<String> ids, AwaitSettings settings) {
        Map<String, Entry> mine = claim(new ArrayList<>(new LinkedHashSet<>(ids)), settings, new LinkedHashMap<>());
        if (mine.isEmpty()) {
            return;
        }
        try {
            background.execute(() -> awaitBatch(mine, settings));
        } catch (RejectedExecutionException e) {
            awaitBatch(mine, settings);   // the run is ending: await here
        }
    }

    /**
     * Awaits the ids given: those nobody awaits yet in one batch on the calling thread, the others by
     * waiting for the thread that awaits them.
     *
     * @param ids      job ids
     * @param settings timeout and poll interval
     * @return the outcome of each id given, in the order given
     */
    Map<String, AwaitedJob> awaitAll(Collection<String> ids, AwaitSettings settings) {
        Map<String, AwaitedJob> outcomes = new LinkedHashMap<>();
        List<String> pending = new ArrayList<>(new LinkedHashSet<>(ids));
        for (int attempt = 0; attempt < 3 && !pending.isEmpty(); attempt++) {
            Map<String, Entry> seen = new LinkedHashMap<>();
            Map<String, Entry> mine = claim(pending, settings, seen);
            if (!mine.isEmpty()) {
                awaitBatch(mine, settings);
            }
            List<String> again = new ArrayList<>();
            for (Map.Entry<String, Entry> e : seen.entrySet()) {
                AwaitedJob outcome = join(e.getValue());
                if (outcome.outcome() == AwaitOutcome.TIMED_OUT
                        && e.getValue().settings.timeout().compareTo(settings.timeout()) < 0) {
                    again.add(e.getKey());   // someone else's shorter wait ran out: wait our own time
                } else {
                    outcomes.put(e.getKey(), outcome);
                }
            }
            pending = again;
        }
        return outcomes;
    }

    /**
     * Registers an entry for every id that has none usable.
     *
     * @param seen filled with the entry (ours or another caller's) of every id
     * @return the entries this caller must await
     */
    private Map<String, Entry> claim(List<String> ids, AwaitSettings settings, Map<String, Entry> seen) {
        Map<String, Entry> mine = new LinkedHashMap<>();
        for (String id : ids) {
            Entry fresh = new Entry(settings);
            Entry current = entries.compute(id, (key, old) -> old == null || old.isStaleFor(settings) ? fresh : old);
            seen.put(id, current);
            if (current == fresh) {
                mine.put(id, fresh);
            }
        }
        return mine;
    }

    private void awaitBatch(Map<String, Entry> mine, AwaitSettings settings) {
        long start = System.nanoTime();
        try {
            // The client's own awaiter (Awaitility rounds, growing interval, predicted waits), fetching through
            // the client's batch listing, and handing each job over the moment it is seen finished.
            JobAwaiter awaiter = JobAwaiter.using((ids, deadline) -> {
                Map<String, Job> found = client.getJobs(ids);
                Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
                for (Job job : found.values()) {
                    Entry entry = mine.get(job.id());
                    AwaitOutcome outcome = finalOutcome(job.status());
                    if (entry != null && outcome != null) {
                        entry.result.complete(new AwaitedJob(job.id(), outcome, job, elapsed, null));
                    }
                }
                return found;
            }, client.config()).timeout(settings.timeout());
            if (settings.pollInterval() != null) {
                awaiter = awaiter.pollInterval(PollInterval.of(client.config(), settings.pollInterval()));
            }
            AwaitResult result = awaiter.await(List.copyOf(mine.keySet()));
            for (AwaitedJob job : result.jobs()) {
                Entry entry = mine.get(job.id());
                if (entry != null) {
                    entry.result.complete(job);
                }
            }
            for (Map.Entry<String, Entry> e : mine.entrySet()) {
                if (e.getValue().result.completeExceptionally(new IllegalStateException(
                        "The awaiter did not report job " + e.getKey()))) {
                    entries.remove(e.getKey(), e.getValue());
                }
            }
        } catch (RuntimeException | Error e) {
            for (Map.Entry<String, Entry> entry : mine.entrySet()) {
                if (entry.getValue().result.completeExceptionally(e)) {
                    entries.remove(entry.getKey(), entry.getValue());
                }
            }
            return;   // each caller gets the exception from the entry it waits for
        }
        for (Map.Entry<String, Entry> e : mine.entrySet()) {
            if (e.getValue().result.join().outcome() == AwaitOutcome.NOT_FOUND) {
                entries.remove(e.getKey(), e.getValue());   // may exist later (created by a test): ask again
            }
        }
    }

    private static AwaitOutcome finalOutcome(JobStatus status) {
        if (JobStatus.COMPLETED.equals(status)) {
            return AwaitOutcome.COMPLETED;
        }
        if (JobStatus.FAILED.equals(status)) {
            return AwaitOutcome.FAILED;
        }
        return JobStatus.CANCELED.equals(status) ? AwaitOutcome.CANCELED : null;
    }

    private static AwaitedJob join(Entry entry) {
        try {
            return entry.result.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw e;
        } catch (CancellationException e) {
            throw new IllegalStateException("Awaiting the job was canceled", e);
        }
    }

    private static final class Entry {
        final CompletableFuture<AwaitedJob> result = new CompletableFuture<>();
        final AwaitSettings settings;

        Entry(AwaitSettings settings) {
            this.settings = settings;
        }

        /** A finished entry that cannot answer a caller with these settings. */
        boolean isStaleFor(AwaitSettings wanted) {
            if (!result.isDone()) {
                return false;
            }
            if (result.isCompletedExceptionally()) {
                return true;
            }
            AwaitedJob job = result.join();
            return job.outcome() == AwaitOutcome.NOT_FOUND
                    || job.outcome() == AwaitOutcome.TIMED_OUT && settings.timeout().compareTo(wanted.timeout()) < 0;
        }
    }
}
