package io.github.ionqci.maven.internal;

import io.github.ionqci.client.cost.Amount;
import java.time.Duration;

/**
 * One awaited job as the reports show it: one row of the final table, one test case of the JUnit XML,
 * one entry of {@code await-report.json}.
 *
 * @param name           the job's name (jobs-file key, or its id)
 * @param id             the job id
 * @param outcome        how the wait ended: {@code COMPLETED}, {@code FAILED}, {@code CANCELED},
 *                       {@code TIMED_OUT} or {@code NOT_FOUND}
 * @param status         the last status IonQ reported, or null when the job was not found
 * @param backend        the backend, or null
 * @param duration       from submission to completion when both are known, otherwise null
 * @param failureCode    IonQ's failure code, or null
 * @param failureMessage IonQ's failure message, or null
 * @param failsBuild     whether this job makes the goal fail
 * @param resultsFile    where its results were downloaded, relative to the reports folder, or null
 * @param cost           what IonQ states the job cost ({@code GET /jobs/{id}/cost}), or null when unknown
 */
public record JobRow(
        String name,
        String id,
        String outcome,
        String status,
        String backend,
        Duration duration,
        String failureCode,
        String failureMessage,
        boolean failsBuild,
        String resultsFile,
        Amount cost) {

    /** A row whose cost is not known (yet). */
    public JobRow(String name, String id, String outcome, String status, String backend, Duration duration,
                  String failureCode, String failureMessage, boolean failsBuild, String resultsFile) {
        this(name, id, outcome, status, backend, duration, failureCode, failureMessage, failsBuild, resultsFile, null);
    }

    /**
     * @param cost what IonQ states the job cost
     * @return a copy with the cost set
     */
    public JobRow withCost(Amount cost) {
        return new JobRow(name, id, outcome, status, backend, duration, failureCode, failureMessage, failsBuild,
                resultsFile, cost);
    }

    /** @return whether the job completed */
    public boolean completed() {
        return "COMPLETED".equals(outcome);
    }

    /** @return the outcome in words: "completed", "failed", "canceled", "timed out", "not found" */
    public String outcomeText() {
        return outcome.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    /**
     * @return what went wrong, in one line: the failure code and message for a failed job, the last
     * status for a timed-out one; empty for a completed job
     */
    public String problem() {
        return switch (outcome) {
            case "COMPLETED" -> "";
            case "TIMED_OUT" -> status != null ? "still " + status + " when the wait timed out"
                    : "not fetched before the timeout" + (failureMessage == null ? "" : ": " + failureMessage);
            case "NOT_FOUND" -> "no such job (a wrong id, or a job of another project?)";
            default -> {
                boolean noMessage = failureMessage == null || failureMessage.isEmpty();
                if (failureCode == null && noMessage) {
                    yield "CANCELED".equals(outcome) ? "by a user or by the system" : "no failure reported";
                }
                yield (failureCode == null ? outcomeText() : failureCode) + (noMessage ? "" : ": " + failureMessage);
            }
        };
    }

    /** @return the name and, when they differ, the id: {@code bell (e1a0…)} */
    public String label() {
        return name.equals(id) ? id : name + " (" + id + ")";
    }

    /**
     * @param file where the results were written, relative to the reports folder
     * @return a copy with the results file set
     */
    public JobRow withResultsFile(String file) {
        return new JobRow(name, id, outcome, status, backend, duration, failureCode, failureMessage, failsBuild, file,
                cost);
    }
}
