package io.github.ionqci.client.job;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * The status of an IonQ job, as the API reports it.
 *
 * <p>Behaves like an enum of the six statuses v0.4 documents, but keeps any other value the API may
 * add later as its raw string: such a status is {@linkplain #isKnown() unknown} and never
 * {@linkplain #isTerminal() terminal}, so an awaiter keeps polling instead of stopping early.
 *
 * <pre>{@code
 * if (job.status().equals(JobStatus.FAILED)) {
 *     System.out.println(job.failure().code() + ": " + job.failure().message());
 * }
 * }</pre>
 *
 * @param value the raw status string, for example {@code "completed"}
 */
public record JobStatus(String value) {

    /** Being checked and compiled. */
    public static final JobStatus SUBMITTED = new JobStatus("submitted");
    /** Queued, waiting for the backend. */
    public static final JobStatus READY = new JobStatus("ready");
    /** Running, or partly finished (some child jobs done). */
    public static final JobStatus STARTED = new JobStatus("started");
    /** Canceled by a user or by the system. Terminal. */
    public static final JobStatus CANCELED = new JobStatus("canceled");
    /** Failed; the job's {@code failure} says why. Terminal. */
    public static final JobStatus FAILED = new JobStatus("failed");
    /** Finished with results. Terminal. */
    public static final JobStatus COMPLETED = new JobStatus("completed");

    private static final List<JobStatus> KNOWN =
            List.of(SUBMITTED, READY, STARTED, CANCELED, FAILED, COMPLETED);

    /**
     * @param value the raw status string; must not be null or blank
     */
    public JobStatus {
        Objects.requireNonNull(value, "status value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("A job status cannot be blank");
        }
    }

    /**
     * Parses a status string, returning the shared constant for a known one.
     *
     * @param value the raw status, such as {@code "ready"}
     * @return the status; never null
     */
    @JsonCreator
    public static JobStatus of(String value) {
        for (JobStatus known : KNOWN) {
            if (known.value.equals(value)) {
                return known;
            }
        }
        return new JobStatus(value);
    }

    /** @return the six statuses IonQ v0.4 documents, in lifecycle order */
    public static List<JobStatus> values() {
        return KNOWN;
    }

    /** @return the raw string as the API sends it */
    @Override
    @JsonValue
    public String value() {
        return value;
    }

    /** @return whether this is one of the statuses IonQ v0.4 documents */
    public boolean isKnown() {
        return KNOWN.contains(this);
    }

    /** @return true for completed, failed and canceled; false for everything else, unknown statuses included */
    public boolean isTerminal() {
        return equals(COMPLETED) || equals(FAILED) || equals(CANCELED);
    }

    @Override
    public String toString() {
        return value;
    }
}
