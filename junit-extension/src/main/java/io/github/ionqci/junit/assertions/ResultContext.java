package io.github.ionqci.junit.assertions;

import io.github.ionqci.client.job.Job;

/**
 * What a distribution assertion knows besides the distribution: the job it came from, which result
 * it is, the shot count when the result is probabilities, and where to fetch other jobs' results.
 *
 * @param job    the job, or null for a bare distribution
 * @param kind   {@code probabilities} or {@code histogram}
 * @param shots  the job's shot count, for turning probabilities into counts, or null
 * @param note   why the result is what it is (such as a histogram that was not available), or null
 * @param source where this job's results came from, or null
 */
record ResultContext(Job job, String kind, Long shots, String note, ResultSource source) {

    static ResultContext bare(String kind) {
        return new ResultContext(null, kind, null, null, null);
    }

    ResultContext withShots(long newShots) {
        return new ResultContext(job, kind, newShots, note, source);
    }

    /** @return such as {@code the histogram of job 1234…} or {@code the probabilities} */
    String subject() {
        return "the " + kind + (job == null ? "" : " of job " + job.id());
    }

    String jobId() {
        return job == null ? null : job.id();
    }

    String backend() {
        return job == null ? null : job.backend();
    }

    int jobQubits() {
        return job == null ? 0 : job.qubits().orElse(0);
    }
}
