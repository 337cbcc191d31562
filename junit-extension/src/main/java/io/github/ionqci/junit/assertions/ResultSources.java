package io.github.ionqci.junit.assertions;

import io.github.ionqci.client.job.Job;
import io.github.ionqci.client.result.Histogram;
import io.github.ionqci.client.result.Probabilities;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The run's registry of {@link ResultSource}s by job id, so that {@code assertThat(job).histogram()}
 * knows where to fetch a job's results. The extension registers a source for every job it injects;
 * each job's results are fetched at most once per run however many assertions read them.
 *
 * <pre>{@code
 * ResultSources.register(job.id(), ResultSource.of(client));
 * ResultSources.lookup(job.id()).orElseThrow().histogram(job);
 * }</pre>
 */
public final class ResultSources {

    private static final ConcurrentMap<String, ResultSource> SOURCES = new ConcurrentHashMap<>();

    private ResultSources() {
    }

    /**
     * Registers (or replaces) the source of one job's results. The source is wrapped so each kind of
     * result is fetched once.
     *
     * @param jobId  the job's id
     * @param source where its results come from
     */
    public static void register(String jobId, ResultSource source) {
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(source, "source");
        SOURCES.put(jobId, source instanceof Caching caching ? caching : new Caching(source));
    }

    /**
     * @param jobId a job's id
     * @return its registered source, if any
     */
    public static Optional<ResultSource> lookup(String jobId) {
        return jobId == null ? Optional.empty() : Optional.ofNullable(SOURCES.get(jobId));
    }

    /**
     * @param jobId a job's id
     */
    public static void unregister(String jobId) {
        SOURCES.remove(jobId);
    }

    /** Forgets every source (between runs). */
    public static void clear() {
        SOURCES.clear();
    }

    /** Remembers the results it has fetched, by job id. */
    static final class Caching implements ResultSource {
        private final ResultSource delegate;
        private final ConcurrentMap<String, Probabilities> probabilities = new ConcurrentHashMap<>();
        private final ConcurrentMap<String, Histogram> histograms = new ConcurrentHashMap<>();

        Caching(ResultSource delegate) {
            this.delegate = delegate;
        }

        @Override
        public Probabilities probabilities(Job job) {
            return probabilities.computeIfAbsent(job.id(), id -> delegate.probabilities(job));
        }

        @Override
        public Histogram histogram(Job job) {
            return histograms.computeIfAbsent(job.id(), id -> delegate.histogram(job));
        }

        @Override
        public String toString() {
            return "cached " + delegate;
        }
    }
}
