package io.github.ionqci.junit.assertions;

import io.github.ionqci.client.job.Job;
import io.github.ionqci.junit.run.IonQRun;
import io.github.ionqci.junit.run.JobResults;
import io.github.ionqci.junit.run.TestIdentity;
import java.util.Objects;

/**
 * What a distribution assertion knows besides the distribution: the job it came from, which result
 * it is, the shot count when the result is probabilities, where to fetch other jobs' results, and the
 * run and test the assertion chain belongs to (found once, when the chain started).
 *
 * @param job    the job, or null for a bare distribution
 * @param kind   {@code probabilities} or {@code histogram}
 * @param shots  the job's shot count, for turning probabilities into counts, or null
 * @param note   why the result is what it is (such as a histogram that was not available), or null
 * @param source where this job's results came from, or null
 * @param run    the run whose family decides and whose report records the checks
 * @param test   the test the checks belong to, or null outside one
 */
record ResultContext(Job job, String kind, Long shots, String note, JobResults source, IonQRun run, TestIdentity test) {

    ResultContext {
        Objects.requireNonNull(run, "run");
    }

    /**
     * @param kind {@code probabilities} or {@code histogram}
     * @return the context of a bare distribution, in the run of the test on this thread
     */
    static ResultContext bare(String kind) {
        Origin origin = Origin.current();
        return new ResultContext(null, kind, null, null, null, origin.run(), origin.test());
    }

    ResultContext withShots(long newShots) {
        return new ResultContext(job, kind, newShots, note, source, run, test);
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

    /**
     * The run and test an assertion chain belongs to: those of the test on this thread
     * ({@link IonQRun#current()}), else a run of the chain's own.
     *
     * @param run  the run
     * @param test the test, or null
     */
    record Origin(IonQRun run, TestIdentity test) {
        static Origin current() {
            return IonQRun.current()
                    .map(scope -> new Origin(scope.run(), scope.test().orElse(null)))
                    .orElseGet(() -> new Origin(IonQRun.currentOrDetached(), null));
        }
    }
}
