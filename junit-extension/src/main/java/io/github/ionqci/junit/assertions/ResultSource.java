package io.github.ionqci.junit.assertions;

import io.github.ionqci.client.job.Job;
import io.github.ionqci.client.result.Histogram;
import io.github.ionqci.client.result.Probabilities;

/**
 * Where distribution assertions get a job's results from.
 *
 * <p>Implementations must return <em>samples</em>, not post-processed votes: for a debiased QPU job,
 * probabilities are fetched unsharpened ({@code sharpen=false}), because a sharpened result is a
 * plurality vote over the symmetrised variants and no statistical test applies to it.
 *
 * <pre>{@code
 * ResultSource source = ResultSource.of(client);       // IonQClient-backed
 * ResultSources.register(job.id(), source);             // what the extension does for each injected job
 * assertThat(job).histogram().fitsDistribution(Map.of("00", 0.5, "11", 0.5));
 * }</pre>
 */
public interface ResultSource {

    /**
     * @param job a completed job
     * @return its probabilities, unsharpened for a debiased job
     */
    Probabilities probabilities(Job job);

    /**
     * @param job a completed job
     * @return its histogram of shot counts
     */
    Histogram histogram(Job job);
}
