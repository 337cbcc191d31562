package io.github.ionqci.junit.run;

import io.github.ionqci.client.job.Job;
import io.github.ionqci.client.result.Histogram;
import io.github.ionqci.client.result.Probabilities;

/**
 * Where a job's results come from, as the run's registry keeps them
 * ({@link IonQRun#registerResults(String, JobResults)}). The assertions' public form is
 * {@code io.github.ionqci.junit.assertions.ResultSource}, which extends this.
 *
 * <pre>{@code
 * run.registerResults(job.id(), ResultSource.of(client));
 * run.results(job.id()).orElseThrow().histogram(job);
 * }</pre>
 */
public interface JobResults {

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
