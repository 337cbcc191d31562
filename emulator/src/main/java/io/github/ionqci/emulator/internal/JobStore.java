package io.github.ionqci.emulator.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** The emulator's jobs, by id. Thread-safe. */
public final class JobStore {

    private final Map<String, JobEntry> jobs = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();
    private final Clock clock;

    /** @param clock the clock that drives lifecycles */
    public JobStore(Clock clock) {
        this.clock = clock;
    }

    /** @return the current time */
    public Instant now() {
        return clock.instant();
    }

    /** @return the next insertion number */
    public long nextSeq() {
        return sequence.incrementAndGet();
    }

    /**
     * @param entry a new job
     * @throws IllegalArgumentException when the id is taken
     */
    public void put(JobEntry entry) {
        if (jobs.putIfAbsent(entry.id(), entry) != null) {
            throw new IllegalArgumentException("a job with id " + entry.id() + " already exists in the emulator");
        }
    }

    /**
     * @param id a job id
     * @return the job, if stored
     */
    public Optional<JobEntry> get(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(jobs.get(id));
    }

    /**
     * @param id a job id
     * @return the removed job, if it was stored
     */
    public Optional<JobEntry> remove(String id) {
        return Optional.ofNullable(jobs.remove(id));
    }

    /** Removes every job. */
    public void clear() {
        jobs.clear();
    }

    /** @return every job, newest first */
    public List<JobEntry> newestFirst() {
        List<JobEntry> all = new ArrayList<>(jobs.values());
        all.sort(Comparator.comparingLong(JobEntry::seq).reversed());
        return all;
    }
}
