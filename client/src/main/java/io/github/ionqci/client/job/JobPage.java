package io.github.ionqci.client.job;

import java.util.List;

/**
 * A page of {@code GET /jobs}: the jobs read, the token of the next page, and the entries that could not be read
 * (a malformed entry does not fail its page).
 *
 * <pre>{@code
 * JobPage page = client.listJobs(JobQuery.all().limit(25));
 * page.jobs().forEach(job -> System.out.println(job.summary()));
 * }</pre>
 *
 * @param jobs       the jobs read, in IonQ's order (newest first)
 * @param next       the token to pass to {@link JobQuery#next(String)} for the next page, or null on the last page
 * @param unreadable one line for each entry that could not be read as a job, saying what was wrong (the API key
 *                   scrubbed); empty when every entry was read
 */
public record JobPage(List<Job> jobs, String next, List<String> unreadable) {

    /**
     * Copies the lists so the record stays immutable.
     *
     * @param jobs       the jobs read
     * @param next       the next page's token, or null
     * @param unreadable the entries that could not be read
     */
    public JobPage {
        jobs = jobs == null ? List.of() : List.copyOf(jobs);
        unreadable = unreadable == null ? List.of() : List.copyOf(unreadable);
    }

    /** @return whether another page follows */
    public boolean hasNext() {
        return next != null;
    }
}
