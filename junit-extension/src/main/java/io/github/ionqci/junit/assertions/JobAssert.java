package io.github.ionqci.junit.assertions;

import io.github.ionqci.client.job.Job;

/**
 * Assertions on an IonQ job; see {@link AbstractJobAssert} for the checks. Non-final so AssertJ's soft
 * assertions can proxy it.
 *
 * <pre>{@code
 * JobAssert.assertThat(job).isCompleted();
 * }</pre>
 */
public class JobAssert extends AbstractJobAssert<JobAssert, Job> {

    /**
     * @param actual the job
     * @param source where its results come from, or null for the source the extension registered in the
     *               run of the test on this thread
     */
    public JobAssert(Job actual, ResultSource source) {
        super(actual, source, JobAssert.class);
    }

    /**
     * @param actual the job
     * @return assertions on it, fetching results through the source the run registered for it
     */
    public static JobAssert assertThat(Job actual) {
        return new JobAssert(actual, null);
    }
}
