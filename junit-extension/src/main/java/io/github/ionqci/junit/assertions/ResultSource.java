package io.github.ionqci.junit.assertions;

import io.github.ionqci.client.IonQClient;
import io.github.ionqci.client.job.Job;
import io.github.ionqci.client.result.Histogram;
import io.github.ionqci.client.result.Probabilities;
import io.github.ionqci.junit.run.JobResults;

/**
 * Where distribution assertions get a job's results from.
 *
 * <p>Implementations must return <em>samples</em>, not post-processed votes: for a debiased QPU job,
 * probabilities are fetched unsharpened ({@code sharpen=false}), because a sharpened result is a
 * plurality vote over the symmetrised variants and no statistical test applies to it.
 *
 * <pre>{@code
 * ResultSource source = ResultSource.of(client);       // IonQClient-backed
 * assertThat(job, source).histogram().fitsDistribution(Map.of("00", 0.5, "11", 0.5));
 * }</pre>
 */
public interface ResultSource extends JobResults {

    /**
     * @param job a completed job
     * @return its probabilities, unsharpened for a debiased job
     */
    @Override
    Probabilities probabilities(Job job);

    /**
     * @param job a completed job
     * @return its histogram of shot counts
     */
    @Override
    Histogram histogram(Job job);

    /**
     * Results through an {@link IonQClient}: probabilities with {@code sharpen=false}; the histogram as
     * IonQ serves it, except for a debiased job, whose histogram is built as {@code round(p × shots)} from
     * the unsharpened probabilities (IonQ's own histogram of such a job may be a sharpened vote).
     *
     * @param client the client to fetch with
     * @return the source
     */
    static ResultSource of(IonQClient client) {
        return new ClientResultSource(client);
    }
}
