package io.github.ionqci.client.job;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
        String costModel) {

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
     */
    public Job {
        metadata = metadata == null ? null : Map.copyOf(metadata);
        childJobIds = childJobIds == null ? null : List.copyOf(childJobIds);
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
        return childJobIds != null && !childJobIds.isEmpty();
    }

    /** @return the qubit count from {@code stats}, if reported */
    public Optional<Integer> qubits() {
        return stats == null ? Optional.empty() : Optional.ofNullable(stats.qubits());
    }

    /** @return the predicted wait, if reported */
    public Optional<Duration> predictedWait() {
        return predictedWaitTimeMs == null ? Optional.empty() : Optional.of(Duration.ofMillis(predictedWaitTimeMs));
    }

    /** @return the debiasing variants, or an empty list */
    public List<DebiasingVariant> debiasingVariants() {
        return output == null ? List.of() : output.debiasingVariants();
    }

    /** @return a one-line summary: id, status, backend and failure */
    public String summary() {
        StringBuilder line = new StringBuilder(id).append(" [").append(status).append(']');
        if (backend != null) {
            line.append(" on ").append(backend);
        }
        if (failure != null) {
            line.append(" failure ").append(failure);
        }
        return line.toString();
    }
}
