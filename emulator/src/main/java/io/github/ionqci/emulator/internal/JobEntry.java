package io.github.ionqci.emulator.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * One stored job: its fixed definition plus the state that moves with the clock and the control API.
 * All methods are thread-safe.
 */
public final class JobEntry {

    /** Status names of the v0.4 API. */
    public static final String SUBMITTED = "submitted";
    /** Queued. */
    public static final String READY = "ready";
    /** Running. */
    public static final String STARTED = "started";
    /** Finished with results. */
    public static final String COMPLETED = "completed";
    /** Finished with a failure. */
    public static final String FAILED = "failed";
    /** Canceled by the user. */
    public static final String CANCELED = "canceled";

    private final long seq;
    private final JobDefinition definition;
    private final Instant submittedAt;
    private final Map<String, ArtifactRef> artifactsById = new HashMap<>();
    private final Map<ArtifactRef, String> artifactIds = new HashMap<>();

    private String finalStatus;
    private String failureCode;
    private String failureMessage;
    private Lifecycle lifecycle;
    private Instant finalizedAt;
    private ResultData results;
    private boolean resultsMissing;
    private boolean awaitingExecution;
    private Instant executedAt;

    /**
     * @param seq            insertion order, for listing
     * @param definition     the fixed fields
     * @param submittedAt    submission time
     * @param finalStatus    the status the job ends in (any raw string)
     * @param failureCode    failure code, or null
     * @param failureMessage failure message, or null
     * @param lifecycle      the way there, or null to be in the final status at once
     * @param results        the results, or null
     * @param resultsMissing whether a completed job hides its results
     */
    public JobEntry(long seq, JobDefinition definition, Instant submittedAt, String finalStatus, String failureCode,
                    String failureMessage, Lifecycle lifecycle, ResultData results, boolean resultsMissing) {
        this.seq = seq;
        this.definition = definition;
        this.submittedAt = submittedAt;
        this.finalStatus = finalStatus;
        this.failureCode = failureCode;
        this.failureMessage = failureMessage;
        this.lifecycle = lifecycle;
        this.results = results;
        this.resultsMissing = resultsMissing;
    }

    /**
     * @param status a status
     * @return whether it is final
     */
    public static boolean isTerminal(String status) {
        return COMPLETED.equals(status) || FAILED.equals(status) || CANCELED.equals(status);
    }

    /** @return insertion order */
    public long seq() {
        return seq;
    }

    /** @return the fixed fields */
    public JobDefinition definition() {
        return definition;
    }

    /** @return the job id */
    public String id() {
        return definition.id();
    }

    /**
     * Marks the job as waiting for a circuit run: the lifecycle can reach {@code started} but no final status
     * until {@link #finishExecution} is called.
     */
    public synchronized void awaitExecution() {
        awaitingExecution = true;
    }

    /**
     * Records the end of a circuit run. Ignored when the job was canceled or finalised meanwhile.
     *
     * @param now     the time the run ended
     * @param data    the results, or null on failure
     * @param code    failure code, or null on success
     * @param message failure message, or null on success
     */
    public synchronized void finishExecution(Instant now, ResultData data, String code, String message) {
        if (!awaitingExecution) {
            return;
        }
        awaitingExecution = false;
        executedAt = now;
        if (finalizedAt != null) {
            return;
        }
        if (code != null) {
            finalStatus = FAILED;
            failureCode = code;
            failureMessage = message;
            results = null;
        } else if (FAILED.equals(finalStatus)) {
            results = null;
        } else {
            results = data;
        }
    }

    /**
     * Completes the job now (results as configured).
     *
     * @param now the time
     */
    public synchronized void complete(Instant now) {
        finalise(now, COMPLETED, null, null);
    }

    /**
     * Fails the job now.
     *
     * @param now     the time
     * @param code    failure code
     * @param message failure message
     */
    public synchronized void fail(Instant now, String code, String message) {
        finalise(now, FAILED, code, message);
    }

    /**
     * Cancels the job now.
     *
     * @param now the time
     */
    public synchronized void cancel(Instant now) {
        finalise(now, CANCELED, null, null);
    }

    /**
     * Sets any status now, as given (also unknown ones).
     *
     * @param now    the time
     * @param status the raw status
     */
    public synchronized void setStatus(Instant now, String status) {
        finalise(now, status, null, null);
    }

    private void finalise(Instant now, String status, String code, String message) {
        JobState before = state(now);
        finalStatus = status;
        failureCode = code;
        failureMessage = message;
        awaitingExecution = false;
        if (before.startedAt() == null && lifecycle != null) {
            // never ran: the lifecycle no longer matters
            lifecycle = null;
        }
        finalizedAt = now;
    }

    /**
     * @param now the time
     * @return the job as seen at that time
     */
    public synchronized JobState state(Instant now) {
        String status = statusAt(now);
        Instant startedAt = null;
        Instant completedAt = null;
        Long executionMs = null;
        Instant lifecycleStart = lifecycle == null ? submittedAt : submittedAt.plus(lifecycle.queued());
        if (STARTED.equals(status)) {
            startedAt = lifecycleStart.isAfter(now) ? now : lifecycleStart;
        } else if (isTerminal(status)) {
            completedAt = finalizedAt != null ? finalizedAt : submittedAt.plus(lifecycle == null ? Duration.ZERO
                    : lifecycle.total());
            if (finalizedAt == null && executedAt != null && executedAt.isAfter(completedAt)) {
                completedAt = executedAt;
            }
            boolean ran = !CANCELED.equals(status) || (lifecycle != null && !lifecycleStart.isAfter(completedAt));
            if (ran) {
                startedAt = lifecycleStart.isAfter(completedAt) ? completedAt : lifecycleStart;
                if (!CANCELED.equals(status)) {
                    executionMs = Duration.between(startedAt, completedAt).toMillis();
                }
            }
        }
        Long predictedWait = null;
        if (SUBMITTED.equals(status) || READY.equals(status)) {
            if (definition.predictedWaitMs() != null) {
                predictedWait = definition.predictedWaitMs();
            } else if (lifecycle != null) {
                predictedWait = Math.max(0, Duration.between(now, lifecycleStart).toMillis());
            }
        }
        Long predictedRun = lifecycle == null ? null : lifecycle.running().toMillis();
        boolean failed = FAILED.equals(status);
        ResultData visible = COMPLETED.equals(status) && !resultsMissing && !definition.dryRun() ? results : null;
        return new JobState(status, submittedAt, startedAt, completedAt, executionMs, predictedWait, predictedRun,
                failed ? failureCode : null, failed ? failureMessage : null, visible);
    }

    private String statusAt(Instant now) {
        if (finalizedAt != null || lifecycle == null) {
            return awaitingExecution ? STARTED : finalStatus;
        }
        Duration elapsed = Duration.between(submittedAt, now);
        if (elapsed.compareTo(lifecycle.submitted()) < 0) {
            return SUBMITTED;
        }
        if (elapsed.compareTo(lifecycle.queued()) < 0) {
            return READY;
        }
        if (elapsed.compareTo(lifecycle.total()) < 0 || awaitingExecution) {
            return STARTED;
        }
        return finalStatus;
    }

    /**
     * @param variantId a variant id, or null for the job itself
     * @param kind      a result kind, or null for the multi-circuit aggregate
     * @return the artifact id for that result (stable for this job)
     */
    public String artifactId(String variantId, ResultKind kind) {
        return artifactId(new ArtifactRef(variantId, kind, 1, null, null));
    }

    /**
     * @param format a circuit format of the job's {@code output.compilation.compiled_circuits}, e.g.
     *               {@code ionq.native.v1}
     * @return the artifact id of the job's circuit in that format (stable for this job)
     */
    public String artifactId(String format) {
        return artifactId(new ArtifactRef(null, null, 0, null, format));
    }

    /**
     * @param ref what the artifact holds
     * @return its artifact id (stable for this job)
     */
    public synchronized String artifactId(ArtifactRef ref) {
        return artifactIds.computeIfAbsent(ref, r -> {
            String id = UUID.randomUUID().toString();
            artifactsById.put(id, r);
            return id;
        });
    }

    /**
     * @param artifactId an artifact id
     * @return what it refers to, or null
     */
    public synchronized ArtifactRef artifact(String artifactId) {
        return artifactsById.get(artifactId);
    }

    /**
     * What an artifact id refers to.
     *
     * @param variantId     the variant, or null for the job
     * @param kind          the kind, or null for the multi-circuit aggregate or a compiled circuit
     * @param version       the format generation: 1 (decimal keys) or 2 (register-nested bitstrings); 0 for a
     *                      compiled circuit
     * @param aggregation   a debiasing aggregation ({@link Aggregations#NAMES}), or null for plain results
     * @param circuitFormat the format of a compiled circuit, or null for results
     */
    public record ArtifactRef(String variantId, ResultKind kind, int version, String aggregation,
                              String circuitFormat) {
    }
}
