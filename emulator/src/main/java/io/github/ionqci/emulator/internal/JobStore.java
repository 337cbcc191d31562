package io.github.ionqci.emulator.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
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
    private final boolean artifactForm;

    private static final Comparator<JobEntry> NEWEST_FIRST = Comparator.comparingLong(JobEntry::seq).reversed();

    /**
     * @param clock        the clock that drives lifecycles
     * @param artifactForm whether jobs point at their results with artifact descriptors (September 2026) unless
     *                     a job says otherwise, rather than with the seed's URLs
     */
    public JobStore(Clock clock, boolean artifactForm) {
        this.clock = clock;
        this.artifactForm = artifactForm;
    }

    /** @return whether jobs use artifact descriptors unless a job says otherwise */
    public boolean artifactForm() {
        return artifactForm;
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
        all.sort(NEWEST_FIRST);
        return all;
    }

    /**
     * @param ids job ids
     * @return the stored jobs among them, newest first, found by id rather than by scanning every job
     */
    public List<JobEntry> newestFirst(Collection<String> ids) {
        List<JobEntry> found = new ArrayList<>(ids.size());
        for (String id : ids) {
            JobEntry entry = id == null ? null : jobs.get(id);
            if (entry != null) {
                found.add(entry);
            }
        }
        found.sort(NEWEST_FIRST);
        return found;
    }

    /** @return how many jobs are stored */
    public int size() {
        return jobs.size();
    }
}
