package io.github.ionqci.emulator;

import io.github.ionqci.emulator.internal.Account;
import io.github.ionqci.emulator.internal.JobEntry;
import io.github.ionqci.emulator.internal.JobRenderer;
import io.github.ionqci.emulator.internal.JobState;
import io.github.ionqci.emulator.internal.JobStore;
import io.github.ionqci.emulator.internal.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The emulator's job store, as tests see it: put jobs in, move them along, look at them.
 * Thread-safe.
 *
 * <pre>{@code
 * String id = emulator.jobs().add(EmulatedJob.withStatus("ready").probabilities(Map.of(0L, 1.0)));
 * emulator.jobs().complete(id);
 * emulator.jobs().fail(other, "QuantumComputerError", "The QPU was recalibrated during the run.");
 * }</pre>
 */
public final class EmulatedJobs {

    /** {@code submitter_id} of every emulated job. */
    public static final String SUBMITTER_ID = Account.SUBMITTER_ID;
    /** {@code project_id} of every emulated job. */
    public static final String PROJECT_ID = Account.PROJECT_ID;

    private final JobStore store;

    EmulatedJobs(JobStore store) {
        this.store = store;
    }

    /**
     * Stores a job (and, for a multi-circuit parent, its children first).
     *
     * @param job the job
     * @return its id
     * @throws IllegalArgumentException when a job with the same id exists
     */
    public String add(EmulatedJob job) {
        Objects.requireNonNull(job, "job");
        String parentId = job.idOrNew();
        List<String> childIds = null;
        if (!job.children().isEmpty()) {
            childIds = new ArrayList<>();
            for (EmulatedJob child : job.children()) {
                JobEntry entry = child.toEntry(store.nextSeq(), store.now(), parentId, null, SUBMITTER_ID,
                        PROJECT_ID, defaultForm());
                store.put(entry);
                childIds.add(entry.id());
            }
        }
        JobEntry entry = job.toEntry(store.nextSeq(), store.now(), null, childIds, SUBMITTER_ID, PROJECT_ID, defaultForm());
        store.put(entry);
        return entry.id();
    }

    /**
     * Stores several jobs.
     *
     * @param jobs the jobs
     * @return their ids, in order
     */
    public List<String> add(EmulatedJob... jobs) {
        List<String> ids = new ArrayList<>();
        for (EmulatedJob job : jobs) {
            ids.add(add(job));
        }
        return ids;
    }

    /**
     * @param id a job id
     * @return the job as seen now, if stored
     */
    public Optional<JobSnapshot> get(String id) {
        return store.get(id).map(this::snapshot);
    }

    /**
     * Completes a job now, with the results it was given.
     *
     * @param id a stored job id
     * @throws IllegalArgumentException when no such job exists
     */
    public void complete(String id) {
        entry(id).complete(store.now());
    }

    /**
     * Fails a job now.
     *
     * @param id      a stored job id
     * @param code    the failure code
     * @param message the failure message
     * @throws IllegalArgumentException when no such job exists
     */
    public void fail(String id, String code, String message) {
        entry(id).fail(store.now(), Objects.requireNonNull(code, "code"), Objects.requireNonNull(message, "message"));
    }

    /**
     * Cancels a job now.
     *
     * @param id a stored job id
     * @throws IllegalArgumentException when no such job exists
     */
    public void cancel(String id) {
        entry(id).cancel(store.now());
    }

    /**
     * Puts a job into any status now, also one the API does not define.
     *
     * @param id     a stored job id
     * @param status the raw status
     * @throws IllegalArgumentException when no such job exists
     */
    public void setStatus(String id, String status) {
        entry(id).setStatus(store.now(), Objects.requireNonNull(status, "status"));
    }

    /**
     * @param id a job id
     * @return whether a job was removed
     */
    public boolean remove(String id) {
        return store.remove(id).isPresent();
    }

    /** Removes every job. */
    public void clear() {
        store.clear();
    }

    /** @return the ids of all stored jobs, newest first */
    public List<String> ids() {
        List<String> ids = new ArrayList<>();
        for (JobEntry entry : store.newestFirst()) {
            ids.add(entry.id());
        }
        return ids;
    }

    /** @return how many jobs are stored */
    public int size() {
        return store.size();
    }

    private JobEntry entry(String id) {
        return store.get(id).orElseThrow(() -> new IllegalArgumentException(
                "no job with id " + id + " in the emulator; add it with emulator.jobs().add(…) first"));
    }

    private JobSnapshot snapshot(JobEntry entry) {
        JobState state = entry.state(store.now());
        var def = entry.definition();
        String json = def.rawJson() != null ? def.rawJson() : Json.text(JobRenderer.render(entry, state, true));
        return new JobSnapshot(def.id(), state.status(), def.type(), def.backend(), def.name(), state.failureCode(),
                state.failureMessage(), def.parentJobId(), def.childJobIds(), json);
    }

    private ResultForm defaultForm() {
        return store.artifactForm() ? ResultForm.ARTIFACT : ResultForm.URL;
    }
}
