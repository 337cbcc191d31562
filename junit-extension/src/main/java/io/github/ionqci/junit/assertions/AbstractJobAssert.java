package io.github.ionqci.junit.assertions;

import io.github.ionqci.client.job.FailureCode;
import io.github.ionqci.client.job.Job;
import io.github.ionqci.client.job.JobStatus;
import io.github.ionqci.client.result.Histogram;
import io.github.ionqci.client.result.Probabilities;
import io.github.ionqci.junit.report.CheckKind;
import io.github.ionqci.junit.report.CheckRecord;
import io.github.ionqci.junit.run.JobResults;
import io.github.ionqci.junit.run.TestIdentity;
import java.util.Objects;
import org.assertj.core.api.AbstractObjectAssert;

/**
 * Assertions on an IonQ {@link Job}: its status, failure, backend, shots and qubits, and navigation
 * to its result distribution.
 *
 * <p>A status assertion that fails on a failed job shows the job's failure code and message.
 *
 * <pre>{@code
 * assertThat(job).isCompleted().ranOn("simulator").hasShots(1000)
 *     .histogram().fitsDistribution(Map.of("00", 0.5, "11", 0.5));
 * assertThat(tooWide).isFailed().hasFailureCode(FailureCode.NOT_ENOUGH_QUBITS);
 * }</pre>
 *
 * @param <SELF>   the assertion's own type
 * @param <ACTUAL> the job type
 */
public abstract class AbstractJobAssert<SELF extends AbstractJobAssert<SELF, ACTUAL>, ACTUAL extends Job>
        extends AbstractObjectAssert<SELF, ACTUAL> {

    private final ResultSource source;
    private final ResultContext.Origin origin;

    /**
     * @param actual   the job
     * @param source   where its results come from, or null for the source the run of the test on this
     *                 thread registered when it injected the job
     * @param selfType the concrete assertion class
     */
    protected AbstractJobAssert(ACTUAL actual, ResultSource source, Class<?> selfType) {
        super(actual, selfType);
        this.source = source;
        this.origin = ResultContext.Origin.current();
    }

    /** @return this, if the job completed */
    public SELF isCompleted() {
        return hasStatus(JobStatus.COMPLETED);
    }

    /** @return this, if the job failed */
    public SELF isFailed() {
        return hasStatus(JobStatus.FAILED);
    }

    /** @return this, if the job was canceled */
    public SELF isCanceled() {
        return hasStatus(JobStatus.CANCELED);
    }

    /**
     * @param expected the status the job must have
     * @return this
     */
    public SELF hasStatus(JobStatus expected) {
        isNotNull();
        Objects.requireNonNull(expected, "expected");
        if (!expected.equals(actual.status())) {
            throw recordFailure(CheckKind.JOB_STATUS, "Status " + expected.value(), expected.value(), statusText(),
                    failureWithActualExpected(String.valueOf(actual.status()), expected.value(), "%s",
                            "Expecting job " + actual.id() + " to be " + expected.value() + ", but " + describeState(actual)
                                    + "." + details(actual)));
        }
        recordPass(CheckKind.JOB_STATUS, "Status " + expected.value(), expected.value(), statusText());
        return myself;
    }

    /**
     * @param expected the failure code the job must have failed with
     * @return this
     */
    public SELF hasFailureCode(FailureCode expected) {
        isNotNull();
        Objects.requireNonNull(expected, "expected");
        String title = "Failure code " + expected.value();
        if (actual.failure() == null) {
            throw recordFailure(CheckKind.JOB_FAILURE, title, "code " + expected.value(), statusText(),
                    failureWithActualExpected(null, expected.value(), "%s", "Expecting job " + actual.id()
                            + " to have failure code " + expected.value() + ", but it has no failure (status "
                            + actual.status() + ")."));
        }
        if (!expected.equals(actual.failure().code())) {
            throw recordFailure(CheckKind.JOB_FAILURE, title, "code " + expected.value(), statusText(),
                    failureWithActualExpected(actual.failure().code().value(), expected.value(), "%s", "Expecting job "
                            + actual.id() + " to have failure code " + expected.value() + ", but it was "
                            + actual.failure().code().value() + messageSuffix(actual) + "."));
        }
        recordPass(CheckKind.JOB_FAILURE, title, "code " + expected.value(), statusText());
        return myself;
    }

    /**
     * @param text what the failure message must contain
     * @return this
     */
    public SELF hasFailureMessageContaining(String text) {
        isNotNull();
        Objects.requireNonNull(text, "text");
        String title = "Failure message";
        String wanted = "contains \"" + text + "\"";
        if (actual.failure() == null) {
            throw recordFailure(CheckKind.JOB_FAILURE, title, wanted, statusText(), failure("%s", "Expecting job "
                    + actual.id() + "'s failure message to contain \"" + text + "\", but it has no failure (status "
                    + actual.status() + ")."));
        }
        if (!actual.failure().message().contains(text)) {
            throw recordFailure(CheckKind.JOB_FAILURE, title, wanted, statusText(), failureWithActualExpected(
                    actual.shownFailureMessage(), text, "%s", "Expecting job " + actual.id()
                    + "'s failure message to contain \"" + text + "\", but it was \"" + actual.shownFailureMessage()
                    + "\" (code " + actual.failure().code().value() + ")."));
        }
        recordPass(CheckKind.JOB_FAILURE, title, wanted, statusText());
        return myself;
    }

    /** @return this, if the job reports no failure */
    public SELF hasNoFailure() {
        isNotNull();
        if (actual.failure() != null) {
            throw recordFailure(CheckKind.JOB_STATUS, "No failure", "no failure", statusText(), failure("%s",
                    "Expecting job " + actual.id() + " to have no failure, but it has " + actual.failureSummary() + " (status "
                            + actual.status() + ")."));
        }
        recordPass(CheckKind.JOB_STATUS, "No failure", "no failure", statusText());
        return myself;
    }

    /**
     * @param backend the backend the job must have run on, such as {@code simulator} or {@code qpu.aria-1}
     * @return this
     */
    public SELF ranOn(String backend) {
        isNotNull();
        Objects.requireNonNull(backend, "backend");
        if (!backend.equals(actual.backend())) {
            throw failureWithActualExpected(actual.backend(), backend, "%s", "Expecting job " + actual.id()
                    + " to have run on " + backend + ", but "
                    + (actual.backend() == null ? "it names no backend." : "it ran on " + actual.backend() + "."));
        }
        return myself;
    }

    /**
     * @param shots the shot count the job must report
     * @return this
     */
    public SELF hasShots(int shots) {
        isNotNull();
        if (actual.shots() == null || actual.shots() != shots) {
            throw failureWithActualExpected(actual.shots(), shots, "%s", "Expecting job " + actual.id() + " to have "
                    + shots + (shots == 1 ? " shot, but " : " shots, but ") + (actual.shots() == null ? "it reports no shot count."
                    : "it has " + actual.shots() + "."));
        }
        return myself;
    }

    /**
     * @param qubits the qubit count the job's stats must report
     * @return this
     */
    public SELF hasQubits(int qubits) {
        isNotNull();
        Integer reported = actual.qubits().orElse(null);
        if (reported == null || reported != qubits) {
            throw failureWithActualExpected(reported, qubits, "%s", "Expecting job " + actual.id() + " to use "
                    + qubits + (qubits == 1 ? " qubit, but " : " qubits, but ") + (reported == null ? "it reports no qubit count." : "it uses " + reported + "."));
        }
        return myself;
    }

    /**
     * Fetches the job's probabilities (unsharpened for a debiased QPU job) and asserts on them. With the
     * job's shot count known, count-based checks use {@code round(p × shots)}.
     *
     * @return assertions on the probabilities
     */
    public DistributionAssert probabilities() {
        JobResults results = requireResults("probabilities");
        Probabilities probabilities = results.probabilities(actual);
        return new DistributionAssert(probabilities, context("probabilities", shotsOrNull(), null, results));
    }

    /**
     * Fetches the job's histogram (shot counts) and asserts on it.
     *
     * @return assertions on the histogram
     */
    public DistributionAssert histogram() {
        JobResults results = requireResults("histogram");
        Histogram histogram = results.histogram(actual);
        return new DistributionAssert(histogram, context("histogram", null, null, results));
    }

    /**
     * The best result for statistics: the histogram, or when it cannot be fetched, the probabilities with
     * {@code round(p × shots)} as counts (the messages then say so).
     *
     * @return assertions on the job's distribution
     */
    public DistributionAssert distribution() {
        JobResults results = requireResults("distribution");
        try {
            return new DistributionAssert(results.histogram(actual), context("histogram", null, null, results));
        } catch (RuntimeException histogramProblem) {
            try {
                Probabilities probabilities = results.probabilities(actual);
                String reason = histogramProblem.getMessage() == null ? histogramProblem.getClass().getSimpleName()
                        : histogramProblem.getMessage();
                return new DistributionAssert(probabilities, context("probabilities", shotsOrNull(),
                        "the histogram was not available: " + reason, results));
            } catch (RuntimeException probabilitiesProblem) {
                probabilitiesProblem.addSuppressed(histogramProblem);
                throw probabilitiesProblem;
            }
        }
    }

    private ResultContext context(String kind, Long shots, String note, JobResults results) {
        return new ResultContext(actual, kind, shots, note, results, origin.run(), origin.test());
    }

    private Long shotsOrNull() {
        return actual.shots() == null ? null : actual.shots().longValue();
    }

    private JobResults requireResults(String what) {
        isNotNull();
        if (!JobStatusCheck.isCompleted(actual)) {
            throw failureWithActualExpected(String.valueOf(actual.status()), JobStatus.COMPLETED.value(), "%s",
                    "Expecting job " + actual.id() + " to be completed before reading its " + what + ", but "
                            + describeState(actual) + "." + details(actual));
        }
        JobResults found = source != null ? source : origin.run().results(actual.id()).orElse(null);
        if (found == null) {
            throw new IllegalStateException("No result source knows job " + actual.id() + ", so its " + what
                    + " cannot be fetched: inject the job with @IonQJob in a test of the IonQ extension, or use "
                    + "IonQAssertions.assertThat(job, client) to fetch them with your client");
        }
        return found;
    }

    static String describeState(Job job) {
        JobStatus status = job.status();
        if (JobStatus.FAILED.equals(status)) {
            return "it failed";
        }
        if (JobStatus.CANCELED.equals(status)) {
            return "it was canceled";
        }
        if (JobStatus.COMPLETED.equals(status)) {
            return "it completed";
        }
        return "its status is " + status;
    }

    static String details(Job job) {
        StringBuilder text = new StringBuilder();
        text.append("\n  status:  ").append(job.status());
        if (job.failure() != null) {
            text.append("\n  failure: ").append(job.failureSummary());
        }
        if (job.backend() != null) {
            text.append("\n  backend: ").append(job.backend());
        }
        if (!JobStatusCheck.isTerminal(job) && job.predictedWaitTimeMs() != null) {
            text.append("\n  predicted wait: ").append(job.predictedWaitTimeMs()).append(" ms");
        }
        return text.toString();
    }

    private static String messageSuffix(Job job) {
        return job.failure().message().isEmpty() ? "" : ": " + job.shownFailureMessage();
    }

    /** @return the job's status and failure as the report shows them, such as {@code failed (QuotaExceeded: …)} */
    private String statusText() {
        String status = actual.status() == null ? "no status" : actual.status().value();
        if (actual.failure() == null) {
            return status;
        }
        String message = actual.shownFailureMessage();
        return status + " (" + actual.failure().code().value() + (message == null || message.isEmpty() ? "" : ": "
                + message) + ")";
    }

    /** Records a job check that passed in the run's report (status and failure checks appear there too). */
    private void recordPass(CheckKind kind, String title, String expected, String found) {
        origin.run().report().record(jobCheck(kind, title, expected, found).passed(true).build());
    }

    /** Records a job check that failed, with its message, and returns the error to throw. */
    private AssertionError recordFailure(CheckKind kind, String title, String expected, String found,
                                         AssertionError error) {
        origin.run().report().record(jobCheck(kind, title, expected, found).passed(false).message(error.getMessage())
                .build());
        return error;
    }

    private CheckRecord.Builder jobCheck(CheckKind kind, String title, String expected, String found) {
        TestIdentity test = origin.test();
        return CheckRecord.builder(kind).test(test == null ? null : test.displayName()).job(actual.id(), actual.backend())
                .title(title).threshold(expected).found(found);
    }

    /** Null-safe status checks. */
    static final class JobStatusCheck {
        private JobStatusCheck() {
        }

        static boolean isCompleted(Job job) {
            return JobStatus.COMPLETED.equals(job.status());
        }

        static boolean isTerminal(Job job) {
            return job.status() != null && job.status().isTerminal();
        }
    }
}
