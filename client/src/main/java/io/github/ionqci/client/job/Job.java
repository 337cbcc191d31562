package io.github.ionqci.client.job;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An IonQ job as {@code GET /jobs/{id}} returns it: every field of v0.4's {@code GetCircuitJobResponse},
 * nulls included.
 *
 * <pre>{@code
 * Job job = client.getJob("e1a09d90-b2ba-4ea5-9fd7-4bfc14eac524");
 * if (job.status().isTerminal() && job.failure() != null) {
 *     System.out.println(job.id() + " failed: " + job.failure());
 * }
 * }</pre>
 *
 * @param id                           the job's UUID
 * @param status                       its status
 * @param type                         the job type, such as {@code ionq.circuit.v1}
 * @param backend                      the backend, such as {@code simulator} or {@code qpu.forte-1}
 * @param dryRun                       whether it was compile-only
 * @param submitterId                  the id of the user who submitted it
 * @param projectId                    the project it belongs to
 * @param parentJobId                  the parent of a multi-circuit child job
 * @param sessionId                    the session it ran in
 * @param metadata                     user metadata
 * @param name                         the user's name for it
 * @param submittedAt                  when it was submitted
 * @param startedAt                    when it started running
 * @param completedAt                  when it finished
 * @param predictedWaitTimeMs          predicted queue wait in milliseconds
 * @param predictedExecutionDurationMs predicted execution time in milliseconds
 * @param executionDurationMs          how long it actually ran on the QPU
 * @param shots                        shots requested (absent for the ideal simulator)
 * @param noise                        the simulator's noise settings (simulator only)
 * @param failure                      why it failed, or null
 * @param output                       compilation and error-mitigation output
 * @param settings                     compilation and error-mitigation settings
 * @param stats                        qubits, circuits, gate counts and compute time
 * @param results                      where its results are, or null until it completes
 * @param childJobIds                  the children of a multi-circuit job, or null
 * @param costModel                    the cost model, when the API reports one
 * @param unreadableFields             fields the client could not read (a malformed timestamp or number),
 *                                     by JSON name, with the raw value received; reading one of them throws,
 *                                     while {@link #id()}, {@link #status()} and {@link #failure()} are always readable
 * @param fieldsQuotingApiKey          the fields (JSON names) in which the server sent the client's API key back,
 *                                     as the client found on reading the job: their values stay intact, but
 *                                     {@link #toString()}, {@link #summary()} and {@link #failureSummary()} withhold them
 *
 * <p>A job with a field the client cannot read is still returned, so its status can be awaited:
 * <pre>{@code
 * if (job.isReadable("submitted_at")) {
 *     Instant submitted = job.submittedAt();   // else: IllegalStateException naming the field and its value
 * }
 * }</pre>
 */
public record Job(
        String id,
        JobStatus status,
        String type,
        String backend,
        Boolean dryRun,
        String submitterId,
        String projectId,
        String parentJobId,
        String sessionId,
        Map<String, String> metadata,
        String name,
        Instant submittedAt,
        Instant startedAt,
        Instant completedAt,
        Integer predictedWaitTimeMs,
        Integer predictedExecutionDurationMs,
        Integer executionDurationMs,
        Integer shots,
        Noise noise,
        Failure failure,
        JobOutput output,
        CircuitJobSettings settings,
        CircuitJobStats stats,
        JobResults results,
        List<String> childJobIds,
        String costModel,
        Map<String, String> unreadableFields,
        Set<String> fieldsQuotingApiKey) {

    /** What {@link #toString()} and {@link #summary()} show instead of a field that quotes the API key. */
    public static final String WITHHELD = "(withheld: the server sent the API key in it)";

    /**
     * Copies collections so the record stays immutable.
     *
     * @param id                           the job's UUID
     * @param status                       its status
     * @param type                         the job type, such as {@code ionq.circuit.v1}
     * @param backend                      the backend, such as {@code simulator} or {@code qpu.forte-1}
     * @param dryRun                       whether it was compile-only
     * @param submitterId                  the id of the user who submitted it
     * @param projectId                    the project it belongs to
     * @param parentJobId                  the parent of a multi-circuit child job
     * @param sessionId                    the session it ran in
     * @param metadata                     user metadata
     * @param name                         the user's name for it
     * @param submittedAt                  when it was submitted
     * @param startedAt                    when it started running
     * @param completedAt                  when it finished
     * @param predictedWaitTimeMs          predicted queue wait in milliseconds
     * @param predictedExecutionDurationMs predicted execution time in milliseconds
     * @param executionDurationMs          how long it actually ran on the QPU
     * @param shots                        shots requested (absent for the ideal simulator)
     * @param noise                        the simulator's noise settings (simulator only)
     * @param failure                      why it failed, or null
     * @param output                       compilation and error-mitigation output
     * @param settings                     compilation and error-mitigation settings
     * @param stats                        qubits, circuits, gate counts and compute time
     * @param results                      where its results are, or null until it completes
     * @param childJobIds                  the children of a multi-circuit job, or null
     * @param costModel                    the cost model, when the API reports one
     * @param unreadableFields             fields the server sent but the client could not read, by JSON name,
     *                                     with the raw value (scrubbed and cut); empty when every field was read
     * @param fieldsQuotingApiKey          fields (JSON names) in which the server sent the API key back; empty
     *                                     when none did
     */
    public Job {
        metadata = metadata == null ? null : Map.copyOf(metadata);
        childJobIds = childJobIds == null ? null : List.copyOf(childJobIds);
        unreadableFields = unreadableFields == null ? Map.of() : Map.copyOf(unreadableFields);
        fieldsQuotingApiKey = fieldsQuotingApiKey == null ? Set.of() : Set.copyOf(fieldsQuotingApiKey);
    }

    /**
     * A job whose every field was read.
     *
     * @param id                           see the record components
     * @param status                       its status
     * @param type                         the job type
     * @param backend                      the backend
     * @param dryRun                       whether it was compile-only
     * @param submitterId                  the submitter
     * @param projectId                    the project
     * @param parentJobId                  the parent job
     * @param sessionId                    the session
     * @param metadata                     user metadata
     * @param name                         the name
     * @param submittedAt                  when submitted
     * @param startedAt                    when started
     * @param completedAt                  when finished
     * @param predictedWaitTimeMs          predicted wait
     * @param predictedExecutionDurationMs predicted execution time
     * @param executionDurationMs          execution time
     * @param shots                        shots
     * @param noise                        noise settings
     * @param failure                      the failure
     * @param output                       the output
     * @param settings                     the settings
     * @param stats                        the stats
     * @param results                      the results
     * @param childJobIds                  the child jobs
     * @param costModel                    the cost model
     */
    public Job(String id, JobStatus status, String type, String backend, Boolean dryRun, String submitterId,
               String projectId, String parentJobId, String sessionId, Map<String, String> metadata, String name,
               Instant submittedAt, Instant startedAt, Instant completedAt, Integer predictedWaitTimeMs,
               Integer predictedExecutionDurationMs, Integer executionDurationMs, Integer shots, Noise noise,
               Failure failure, JobOutput output, CircuitJobSettings settings, CircuitJobStats stats,
               JobResults results, List<String> childJobIds, String costModel) {
        this(id, status, type, backend, dryRun, submitterId, projectId, parentJobId, sessionId, metadata, name,
                submittedAt, startedAt, completedAt, predictedWaitTimeMs, predictedExecutionDurationMs,
                executionDurationMs, shots, noise, failure, output, settings, stats, results, childJobIds, costModel,
                Map.of(), Set.of());
    }

    /**
     * @param field a field's JSON name, such as {@code submitted_at}
     * @return whether it was read (false only when the server sent a value the client could not read)
     */
    public boolean isReadable(String field) {
        return !unreadableFields.containsKey(field);
    }

    private <T> T read(String field, T value) {
        String raw = unreadableFields.get(field);
        if (raw != null) {
            throw new IllegalStateException("Job " + id + ": the field \"" + field + "\" could not be read; the server"
                    + " sent " + raw + ". Its status (" + status + "), id and failure are readable; check"
                    + " job.isReadable(\"" + field + "\") before reading it, and report the value to IonQ if it persists.");
        }
        return value;
    }

    /**
     * @return the job's {@code type}, as the record component says
     * @throws IllegalStateException if the server sent a value the client could not read
     *         (see {@link #isReadable(String)})
     */
    @Override
    public String type() {
        return read("type", type);
    }

    /**
     * @return the job's {@code backend}, as the record component says
     * @throws IllegalStateException if the server sent a value the client could not read
     *         (see {@link #isReadable(String)})
     */
    @Override
    public String backend() {
        return read("backend", backend);
    }

    /**
     * @return the job's {@code dry_run}, as the record component says
     * @throws IllegalStateException if the server sent a value the client could not read
     *         (see {@link #isReadable(String)})
     */
    @Override
    public Boolean dryRun() {
        return read("dry_run", dryRun);
    }

    /**
     * @return the job's {@code submitter_id}, as the record component says
     * @throws IllegalStateException if the server sent a value the client could not read
     *         (see {@link #isReadable(String)})
     */
    @Override
    public String submitterId() {
        return read("submitter_id", submitterId);
    }

    /**
     * @return the job's {@code project_id}, as the record component says
     * @throws IllegalStateException if the server sent a value the client could not read
     *         (see {@link #isReadable(String)})
     */
    @Override
    public String projectId() {
        return read("project_id", projectId);
    }

    /**
     * @return the job's {@code parent_job_id}, as the record component says
     * @throws IllegalStateException if the server sent a value the client could not read
     *         (see {@link #isReadable(String)})
     */
    @Override
    public String parentJobId() {
        return read("parent_job_id", parentJobId);
    }

    /**
     * @return the job's {@code session_id}, as the record component says
     * @throws IllegalStateException if the server sent a value the client could not read
     *         (see {@link #isReadable(String)})
     */
    @Override
    public String sessionId() {
        return read("session_id", sessionId);
    }

    /**
     * @return the job's {@code metadata}, as the record component says
     * @throws IllegalStateException if the server sent a value the client could not read
     *         (see {@link #isReadable(String)})
     */
    @Override
    public Map<String, String> metadata() {
        return read("metadata", metadata);
    }

    /**
     * @return the job's {@code name}, as the record component says
     * @throws IllegalStateException if the server sent a value the client could not read
     *         (see {@link #isReadable(String)})
     */
    @Override
    public String name() {
        return read("name", name);
    }

    /**
     * @return the job's {@code submitted_at}, as the record component says
     * @throws IllegalStateException if the server sent a value the client could not read
     *         (see {@link #isReadable(String)})
     */
    @Override
    public Instant submittedAt() {
        return read("submitted_at", submittedAt);
    }

    /**
     * @return the job's {@code started_at}, as the record component says
     * @throws IllegalStateException if the server sent a value the client could not read
     *         (see {@link #isReadable(String)})
     */
    @Override
    public Instant startedAt() {
        return read("started_at", startedAt);
    }

    /**
     * @return the job's {@code completed_at}, as the record component says
     * @throws IllegalStateException if the server sent a value the client could not read
     *         (see {@link #isReadable(String)})
     */
    @Override
    public Instant completedAt() {
        return read("completed_at", completedAt);
    }

    /**
     * @return the job's {@code predicted_wait_time_ms}, as the record component says
     * @throws IllegalStateException if the server sent a value the client could not read
     *         (see {@link #isReadable(String)})
     */
    @Override
    public Integer predictedWaitTimeMs() {
        return read("predicted_wait_time_ms", predictedWaitTimeMs);
    }

    /**
     * @return the job's {@code predicted_execution_duration_ms}, as the record component says
     * @throws IllegalStateException if the server sent a value the client could not read
     *         (see {@link #isReadable(String)})
     */
    @Override
    public Integer predictedExecutionDurationMs() {
        return read("predicted_execution_duration_ms", predictedExecutionDurationMs);
    }

    /**
     * @return the job's {@code execution_duration_ms}, as the record component says
     * @throws IllegalStateException if the server sent a value the client could not read
     *         (see {@link #isReadable(String)})
     */
    @Override
    public Integer executionDurationMs() {
        return read("execution_duration_ms", executionDurationMs);
    }

    /**
     * @return the job's {@code shots}, as the record component says
     * @throws IllegalStateException if the server sent a value the client could not read
     *         (see {@link #isReadable(String)})
     */
    @Override
    public Integer shots() {
        return read("shots", shots);
    }

    /**
     * @return the job's {@code noise}, as the record component says
     * @throws IllegalStateException if the server sent a value the client could not read
     *         (see {@link #isReadable(String)})
     */
    @Override
    public Noise noise() {
        return read("noise", noise);
    }

    /**
     * @return the job's {@code output}, as the record component says
     * @throws IllegalStateException if the server sent a value the client could not read
     *         (see {@link #isReadable(String)})
     */
    @Override
    public JobOutput output() {
        return read("output", output);
    }

    /**
     * @return the job's {@code settings}, as the record component says
     * @throws IllegalStateException if the server sent a value the client could not read
     *         (see {@link #isReadable(String)})
     */
    @Override
    public CircuitJobSettings settings() {
        return read("settings", settings);
    }

    /**
     * @return the job's {@code stats}, as the record component says
     * @throws IllegalStateException if the server sent a value the client could not read
     *         (see {@link #isReadable(String)})
     */
    @Override
    public CircuitJobStats stats() {
        return read("stats", stats);
    }

    /**
     * @return the job's {@code results}, as the record component says
     * @throws IllegalStateException if the server sent a value the client could not read
     *         (see {@link #isReadable(String)})
     */
    @Override
    public JobResults results() {
        return read("results", results);
    }

    /**
     * @return the job's {@code child_job_ids}, as the record component says
     * @throws IllegalStateException if the server sent a value the client could not read
     *         (see {@link #isReadable(String)})
     */
    @Override
    public List<String> childJobIds() {
        return read("child_job_ids", childJobIds);
    }

    /**
     * @return the job's {@code cost_model}, as the record component says
     * @throws IllegalStateException if the server sent a value the client could not read
     *         (see {@link #isReadable(String)})
     */
    @Override
    public String costModel() {
        return read("cost_model", costModel);
    }

    /** @return whether the job finished successfully */
    public boolean isCompleted() {
        return JobStatus.COMPLETED.equals(status);
    }

    /** @return whether the job failed */
    public boolean isFailed() {
        return JobStatus.FAILED.equals(status);
    }

    /** @return whether the job was canceled */
    public boolean isCanceled() {
        return JobStatus.CANCELED.equals(status);
    }

    /** @return whether this job has child jobs (a multi-circuit job) */
    public boolean isParent() {
        return childJobIds() != null && !childJobIds().isEmpty();
    }

    /** @return the qubit count from {@code stats}, if reported */
    public Optional<Integer> qubits() {
        return stats() == null ? Optional.empty() : Optional.ofNullable(stats().qubits());
    }

    /**
     * A hint for pollers: empty when not reported, and also when the value could not be read (read
     * {@link #predictedWaitTimeMs()} to get the error).
     *
     * @return the predicted wait, if reported and readable
     */
    public Optional<Duration> predictedWait() {
        return predictedWaitTimeMs == null || !isReadable("predicted_wait_time_ms") ? Optional.empty()
                : Optional.of(Duration.ofMillis(predictedWaitTimeMs));
    }

    /** @return the debiasing variants, or an empty list */
    public List<DebiasingVariant> debiasingVariants() {
        return output() == null ? List.of() : output().debiasingVariants();
    }

    /**
     * @return a one-line summary: id, status, backend and failure; a field in which the server sent the API key
     *         back shows as {@value #WITHHELD}
     */
    public String summary() {
        StringBuilder line = new StringBuilder(id).append(" [").append(status).append(']');
        if (backend != null && isReadable("backend")) {
            line.append(" on ").append(quotable("backend", backend));
        }
        if (failure != null) {
            line.append(" failure ").append(failureSummary());
        }
        return line.toString();
    }

    /**
     * The failure as a text safe to log: {@code code: message}, or {@value #WITHHELD} when the server sent the
     * API key back in it ({@link #failure()} keeps the text as received).
     *
     * @return the failure's code and message, or null when the job has not failed
     */
    public String failureSummary() {
        return failure == null ? null : String.valueOf(quotable("failure", failure));
    }

    /**
     * The failure message as a text safe to show in an assertion, a report or a log line: as received, or
     * {@value #WITHHELD} when the server sent the API key back in the failure ({@link #failure()} keeps the text).
     *
     * <pre>{@code
     * System.out.println(job.id() + " failed: " + job.shownFailureMessage());
     * }</pre>
     *
     * @return the failure message, or null when the job has not failed
     */
    public String shownFailureMessage() {
        return failure == null ? null : String.valueOf(quotable("failure", failure.message()));
    }

    private Object quotable(String field, Object value) {
        return value != null && fieldsQuotingApiKey.contains(field) ? WITHHELD : value;
    }

    /**
     * Every component as a record shows it, except that a field in which the server sent the API key back shows
     * as {@value #WITHHELD}: the key never reaches a log through a job.
     *
     * @return the job as text
     */
    @Override
    public String toString() {
        return "Job[id=" + id + ", status=" + status + ", type=" + quotable("type", type)
                + ", backend=" + quotable("backend", backend) + ", dryRun=" + dryRun
                + ", submitterId=" + quotable("submitter_id", submitterId)
                + ", projectId=" + quotable("project_id", projectId)
                + ", parentJobId=" + quotable("parent_job_id", parentJobId)
                + ", sessionId=" + quotable("session_id", sessionId)
                + ", metadata=" + quotable("metadata", metadata) + ", name=" + quotable("name", name)
                + ", submittedAt=" + submittedAt + ", startedAt=" + startedAt + ", completedAt=" + completedAt
                + ", predictedWaitTimeMs=" + predictedWaitTimeMs
                + ", predictedExecutionDurationMs=" + predictedExecutionDurationMs
                + ", executionDurationMs=" + executionDurationMs + ", shots=" + shots
                + ", noise=" + quotable("noise", noise) + ", failure=" + quotable("failure", failure)
                + ", output=" + quotable("output", output) + ", settings=" + quotable("settings", settings)
                + ", stats=" + quotable("stats", stats) + ", results=" + quotable("results", results)
                + ", childJobIds=" + quotable("child_job_ids", childJobIds)
                + ", costModel=" + quotable("cost_model", costModel)
                + ", unreadableFields=" + unreadableFields + ", fieldsQuotingApiKey=" + fieldsQuotingApiKey + "]";
    }
}
