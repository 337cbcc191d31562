package io.github.ionqci.client.job;

import io.github.ionqci.client.JobId;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The filters of {@code GET /jobs}, as IonQ's September 2026 API defines them: {@code ids}, {@code parent_job_id},
 * {@code status}, {@code target} (one backend or several), {@code session_id}, {@code submitter_id}, {@code limit}
 * (the page size) and {@code next} (the page to continue from). The API has no filter by job type or by time.
 * Immutable: each method returns a new query.
 *
 * <pre>{@code
 * JobPage failed = client.listJobs(JobQuery.all().status(JobStatus.FAILED).backends("qpu.aria-1").limit(50));
 * JobPage rest = client.listJobs(query.next(failed.next()));      // the next page, while next() is not null
 * }</pre>
 *
 * @param ids         only these jobs; empty for any
 * @param parentJobId only the children of this multi-circuit job, or null
 * @param status      only jobs in this status, or null
 * @param backends    only jobs on these backends ({@code target}); empty for any
 * @param sessionId   only the jobs of this session, or null
 * @param submitterId only the jobs of this user of a shared project, or null
 * @param limit       the page size, or null for IonQ's default
 * @param next        the {@code next} token of the page before, or null for the first page
 */
public record JobQuery(List<String> ids, String parentJobId, JobStatus status, List<String> backends,
                       String sessionId, String submitterId, Integer limit, String next) {

    /**
     * Checks and copies the filters.
     *
     * @param ids         only these jobs, or null
     * @param parentJobId only the children of this job, or null
     * @param status      only jobs in this status, or null
     * @param backends    only jobs on these backends, or null
     * @param sessionId   only the jobs of this session, or null
     * @param submitterId only the jobs of this submitter, or null
     * @param limit       the page size (at least 1), or null
     * @param next        the page token, or null
     * @throws IllegalArgumentException if an id is not a job id, a backend is blank or the limit is below 1
     */
    public JobQuery {
        ids = ids == null || ids.isEmpty() ? List.of() : JobId.requireDistinct(ids);
        backends = backends == null ? List.of() : List.copyOf(backends);
        for (String backend : backends) {
            if (backend.isBlank() || backend.contains(",")) {
                throw new IllegalArgumentException("A backend filter must be a backend name such as qpu.aria-1, got \""
                        + backend + "\"");
            }
        }
        if (parentJobId != null) {
            JobId.require(parentJobId, "The parent job id");
        }
        if (limit != null && limit < 1) {
            throw new IllegalArgumentException("The page size (limit) must be at least 1, got " + limit);
        }
    }

    /** @return a query with no filter: every job of the project, newest first */
    public static JobQuery all() {
        return new JobQuery(null, null, null, null, null, null, null, null);
    }

    /**
     * @param jobIds only these jobs: at least one, each a valid id, none twice
     * @return the query with that filter
     * @throws IllegalArgumentException if the list is empty, or an id is invalid or listed twice
     */
    public JobQuery ids(Collection<String> jobIds) {
        return new JobQuery(JobId.requireDistinct(jobIds), parentJobId, status, backends, sessionId, submitterId, limit, next);
    }

    /**
     * @param parent only the children of this multi-circuit job
     * @return the query with that filter
     */
    public JobQuery parentJobId(String parent) {
        return new JobQuery(ids, parent, status, backends, sessionId, submitterId, limit, next);
    }

    /**
     * @param jobStatus only jobs in this status
     * @return the query with that filter
     */
    public JobQuery status(JobStatus jobStatus) {
        return new JobQuery(ids, parentJobId, jobStatus, backends, sessionId, submitterId, limit, next);
    }

    /**
     * @param names only jobs on these backends, such as {@code simulator} or {@code qpu.aria-1} (sent as IonQ's
     *              comma-separated {@code target})
     * @return the query with that filter
     */
    public JobQuery backends(String... names) {
        return new JobQuery(ids, parentJobId, status, List.of(names), sessionId, submitterId, limit, next);
    }

    /**
     * @param session only the jobs of this session
     * @return the query with that filter
     */
    public JobQuery sessionId(String session) {
        return new JobQuery(ids, parentJobId, status, backends, session, submitterId, limit, next);
    }

    /**
     * @param submitter only the jobs of this user of a shared project (ignored by IonQ for non-members)
     * @return the query with that filter
     */
    public JobQuery submitterId(String submitter) {
        return new JobQuery(ids, parentJobId, status, backends, sessionId, submitter, limit, next);
    }

    /**
     * @param pageSize how many jobs a page holds at most
     * @return the query with that page size
     */
    public JobQuery limit(int pageSize) {
        return new JobQuery(ids, parentJobId, status, backends, sessionId, submitterId, pageSize, next);
    }

    /**
     * @param token the {@link JobPage#next()} of the page before, or null for the first page
     * @return the query for that page
     */
    public JobQuery next(String token) {
        return new JobQuery(ids, parentJobId, status, backends, sessionId, submitterId, limit, token);
    }

    /** @return the query string, without {@code next} and without a leading {@code ?}; empty for no filter */
    public String toQueryString() {
        List<String> parts = new ArrayList<>();
        ids.forEach(id -> parts.add("ids=" + id));
        add(parts, "parent_job_id", parentJobId);
        add(parts, "status", status == null ? null : status.toString());
        add(parts, "target", backends.isEmpty() ? null : String.join(",", backends));
        add(parts, "session_id", sessionId);
        add(parts, "submitter_id", submitterId);
        add(parts, "limit", limit == null ? null : limit.toString());
        return String.join("&", parts);
    }

    private static void add(List<String> parts, String name, String value) {
        if (value != null) {
            parts.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }
}
