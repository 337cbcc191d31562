package io.github.ionqci.junit.internal;

import io.github.ionqci.client.IonQClient;
import io.github.ionqci.client.IonQException;
import io.github.ionqci.client.job.Job;
import io.github.ionqci.client.result.Histogram;
import io.github.ionqci.client.result.Probabilities;
import io.github.ionqci.junit.assertions.ResultSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * One IonQ endpoint as the run uses it: its client, the jobs awaited through it, their results, and the
 * circuits submitted to it. Each job, result and circuit is fetched or submitted once per run.
 */
final class Connection {

    private final IonQClient client;
    private final ResultSource results;
    private final String description;
    private final JobCache jobs;
    private final ConcurrentMap<String, CompletableFuture<Probabilities>> probabilities = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, CompletableFuture<Histogram>> histograms = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, CompletableFuture<String>> submissions = new ConcurrentHashMap<>();
    private final java.util.Set<String> submittedIds = ConcurrentHashMap.newKeySet();

    /**
     * @param client      the client
     * @param description where it points, for messages (never the API key)
     * @param background  runs the batches a class starts when it begins
     */
    Connection(IonQClient client, String description, Executor background) {
        this.client = client;
        this.results = ResultSource.of(client);
        this.description = description;
        this.jobs = new JobCache(client, background);
    }

    IonQClient client() {
        return client;
    }

    JobCache jobs() {
        return jobs;
    }

    /** @return where this connection points, such as {@code http://127.0.0.1:41234/v0.4} */
    String description() {
        return description;
    }

    /**
     * @param job a completed job; a debiased job's probabilities are fetched unsharpened ({@code sharpen=false})
     * @return its probabilities, fetched once per run
     */
    Probabilities probabilities(Job job) {
        return once(probabilities, job.id(), () -> results.probabilities(job), false);
    }

    /**
     * @param job a completed job; a debiased job's histogram is built from its unsharpened probabilities
     *            (a sharpened histogram is a plurality vote, not a sample)
     * @return its histogram, fetched once per run
     */
    Histogram histogram(Job job) {
        return once(histograms, job.id(), () -> results.histogram(job), false);
    }

    /**
     * Submits a payload unless the same payload was submitted before in this run. A failed submission
     * is not repeated: a POST may have been applied even when its answer was lost.
     *
     * @param payload the {@code POST /jobs} body
     * @return the new (or earlier) job's id
     */
    String submit(String payload) {
        return once(submissions, payload, () -> {
            String id = client.submit(payload).id();
            submittedIds.add(id);
            return id;
        }, true);
    }

    /**
     * @param id a job id
     * @return whether this run submitted it (a circuit of an {@code @IonQJob}), so it may cancel it
     */
    boolean submittedByRun(String id) {
        return submittedIds.contains(id);
    }

    /**
     * Cancels the jobs this run submitted that no await of the run saw finish and that IonQ does not report
     * finished either: a run that ends early (a test aborted, a class failed before its jobs were awaited,
     * the run stopped) does not leave them running, and billing.
     *
     * @return one line per job: canceled, or why it could not be
     */
    List<String> cancelUnfinished() {
        List<String> candidates = submittedIds.stream().filter(id -> !jobs.seenFinished(id)).sorted().toList();
        List<String> lines = new ArrayList<>();
        if (candidates.isEmpty()) {
            return lines;
        }
        List<String> unfinished = new ArrayList<>(candidates);
        try {
            for (Job job : client.getJobs(candidates).values()) {
                if (job.status() != null && job.status().isTerminal()) {
                    unfinished.remove(job.id());
                }
            }
        } catch (IonQException e) {
            // cannot tell which finished: cancel them all
        }
        for (String id : unfinished) {
            try {
                client.cancel(id);
                lines.add(id + ": canceled");
            } catch (IonQException e) {
                lines.add(id + ": could not be canceled (" + e.getMessage() + "); cancel it in the IonQ console");
            }
        }
        return lines;
    }

    private static <T> T once(ConcurrentMap<String, CompletableFuture<T>> cache, String key, Supplier<T> fetch,
                              boolean keepFailure) {
        CompletableFuture<T> mine = new CompletableFuture<>();
        CompletableFuture<T> existing = cache.putIfAbsent(key, mine);
        if (existing == null) {
            try {
                mine.complete(fetch.get());
            } catch (RuntimeException | Error e) {
                mine.completeExceptionally(e);
                if (!keepFailure) {
                    cache.remove(key, mine);
                }
            }
            existing = mine;
        }
        try {
            return existing.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
