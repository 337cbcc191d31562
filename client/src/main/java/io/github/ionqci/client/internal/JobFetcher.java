package io.github.ionqci.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ionqci.client.IonQNotFoundException;
import io.github.ionqci.client.job.Job;
import io.github.ionqci.client.job.JobPage;
import io.github.ionqci.client.job.JobQuery;
import io.github.ionqci.client.Durations;
import io.github.ionqci.client.IonQResponseException;
import java.lang.System.Logger.Level;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Fetches jobs: one with {@code GET /jobs/{id}}, many with {@code GET /jobs?ids=a&ids=b…} (at most
 * {@value #IDS_PER_REQUEST} ids a request, following {@code next} for at most 10,000 pages and the
 * await timeout or retry time), falling back to one GET per job once the listing has answered 404,
 * 405, 400 or 501, and for each job missing from or unreadable in a listing.
 */
public final class JobFetcher {

    /** The most ids sent in one {@code GET /jobs} request, to keep URLs short. */
    public static final int IDS_PER_REQUEST = 50;

    private static final int MAX_PAGES = 10_000;
    /** Statuses of a first page that mean the server offers no listing by ids. */
    private static final Set<Integer> UNAVAILABLE = Set.of(404, 405, 400, 501);


    private final Endpoints endpoints;
    private final Transport transport;
    private final ErrorReports errors;
    private final JobReader reader;
    private final AtomicBoolean listingUnavailable = new AtomicBoolean();

    /**
     * @param endpoints the API's URLs
     * @param transport the transport
     * @param errors    the error reports
     * @param reader    the job reader
     */
    public JobFetcher(Endpoints endpoints, Transport transport, ErrorReports errors, JobReader reader) {
        this.endpoints = endpoints;
        this.transport = transport;
        this.errors = errors;
        this.reader = reader;
    }

    /**
     * @param id       a valid job id
     * @param deadline when retries must stop, or null
     * @return the job
     */
    public Job get(String id, Instant deadline) {
        Call call = Call.get(endpoints.api("/jobs/" + id), "get job " + id, id).within(deadline);
        ApiResponse response = transport.send(call);
        if (!response.isSuccess()) {
            throw errors.forStatus(call, response);
        }
        return reader.readJob(call, response, id);
    }

    /**
     * @param ids      valid, distinct job ids
     * @param deadline when retries must stop, or null
     * @return the jobs found, in the order given
     */
    public Map<String, Job> fetch(List<String> ids, Instant deadline) {
        Map<String, Job> found = new LinkedHashMap<>();
        for (int from = 0; from < ids.size(); from += IDS_PER_REQUEST) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + IDS_PER_REQUEST));
            Map<String, Job> page = listingUnavailable.get() ? null : list(chunk, deadline);
            if (page == null) {
                page = oneByOne(chunk, deadline);
            }
            found.putAll(page);
        }
        Map<String, Job> ordered = new LinkedHashMap<>();
        for (String id : ids) {
            Job job = found.get(id);
            if (job != null) {
                ordered.put(id, job);
            }
        }
        return ordered;
    }

    /** @return the jobs listed, or null when the listing is not available */
    private Map<String, Job> list(List<String> chunk, Instant deadline) {
        Set<String> wanted = new HashSet<>(chunk);
        Map<String, Job> found = new LinkedHashMap<>();
        String query = chunk.stream().map(id -> "ids=" + id).collect(Collectors.joining("&"));
        String jobId = chunk.size() == 1 ? chunk.get(0) : null;
        boolean listed = walk("/jobs?" + query, null, "list jobs " + describeIds(chunk), jobId, deadline, UNAVAILABLE,
                page -> {
                    page.jobs().stream().filter(job -> wanted.contains(job.id()))
                            .forEach(job -> found.putIfAbsent(job.id(), job));
                    return found.size() < wanted.size();
                });
        return listed ? withMissing(chunk, found, deadline) : null;
    }

    /**
     * {@code GET /jobs} with a query: one page.
     *
     * @param query the filters and the page token
     * @return the page
     */
    public JobPage page(JobQuery query) {
        AtomicReference<JobPage> first = new AtomicReference<>();
        walk(listing(query), query.next(), "list jobs", null, null, Set.of(), page -> {
            first.set(page);
            return false;
        });
        return first.get();
    }

    /** @return {@code /jobs} with the query's filters */
    private static String listing(JobQuery query) {
        String filters = query.toQueryString();
        return "/jobs" + (filters.isEmpty() ? "" : "?" + filters);
    }

    /**
     * {@code GET /jobs} with a query, every page from the query's own on, within the paging bounds.
     *
     * @param query the filters
     * @return every job listed and every entry that could not be read; its {@code next} is null
     */
    public JobPage all(JobQuery query) {
        return all(listing(query), query.next(), "list jobs");
    }

    /**
     * Every page of a job listing, within the paging bounds.
     *
     * @param pathAndQuery the listing, such as {@code /sessions/{id}/jobs}, with its query but without {@code next}
     * @param next         the page to start from, or null
     * @param action       what the listing is, for messages
     * @return every job listed and every entry that could not be read; its {@code next} is null
     */
    public JobPage all(String pathAndQuery, String next, String action) {
        List<Job> jobs = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        walk(pathAndQuery, next, action, null, null, Set.of(), page -> {
            jobs.addAll(page.jobs());
            unreadable.addAll(page.unreadable());
            return true;
        });
        return new JobPage(jobs, null, unreadable);
    }

    /**
     * Follows a listing along its {@code next} tokens: at most {@value #MAX_PAGES} pages, until the deadline (or,
     * without one, the retry time), never the same token twice. A malformed entry does not fail its page.
     *
     * @param pathAndQuery the listing's path and query, without {@code next}
     * @param first        the page token to start from, or null
     * @param action       what the listing is, for messages
     * @param jobId        the job concerned, or null
     * @param deadline     when paging must end, or null for the retry time
     * @param unavailable  statuses of the first page that mean the listing is not offered
     * @param more         gets each page; false stops
     * @return false when the first page answered one of {@code unavailable}, true otherwise
     */
    private boolean walk(String pathAndQuery, String first, String action, String jobId, Instant deadline,
                         Set<Integer> unavailable, Predicate<JobPage> more) {
        Set<String> seenTokens = new HashSet<>();
        String next = first;
        long start = System.nanoTime();
        Instant pagingEnd = deadline != null ? deadline : Instant.now().plus(transport.config().maxRetryTime());
        for (int page = 1; page <= MAX_PAGES; page++) {
            if (page > 1 && Instant.now().isAfter(pagingEnd)) {
                throw errors.invalid(Call.get(endpoints.api(pathAndQuery), action, jobId), "the listing was still"
                        + " sending new pages (\"next\" tokens) after " + (page - 1) + " pages and "
                        + Durations.format(Duration.ofMillis(Duration.ofNanos(System.nanoTime() - start).toMillis())),
                        "IonQ's service or a proxy is paging without end: retry later, and report it to"
                                + " support@ionq.co if it persists. A listing may take the await timeout"
                                + " (ionq.await.timeout) while awaiting, else the retry time"
                                + " (IonQConfig.Builder.maxRetryTime)");
            }
            Call call = Call.get(endpoints.api(withNext(pathAndQuery, next)), action, jobId).within(deadline);
            ApiResponse response = transport.send(call);
            if (page == 1 && unavailable.contains(response.status())) {
                listingUnavailable.set(true);
                return false;
            }
            if (!response.isSuccess()) {
                throw errors.forStatus(call, response);
            }
            JobPage read = read(call, response);
            if (!more.test(read) || read.next() == null) {
                return true;
            }
            next = read.next();
            if (!seenTokens.add(next)) {
                throw errors.badBody(call, response, "the page token \"" + next + "\" a second time (a paging loop)");
            }
        }
        throw errors.invalid(Call.get(endpoints.api(pathAndQuery), action, jobId), "more than " + MAX_PAGES + " pages",
                "Report this to support@ionq.co");
    }

    /** Reads a listing's page: a malformed entry is left out, its problem noted, and does not fail the page. */
    private JobPage read(Call call, ApiResponse response) {
        JsonNode body = reader.readTree(call, response);
        JsonNode jobs = body.get("jobs");
        if (!body.isObject() || jobs == null || !jobs.isArray()) {
            throw errors.badBody(call, response, "a body without a \"jobs\" array");
        }
        List<Job> read = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        int index = 0;
        for (JsonNode node : jobs) {
            try {
                read.add(reader.toJob(call, response, node));
            } catch (IonQResponseException e) {
                String problem = "entry " + index + " of the listing: " + errors.scrub(e.getMessage());
                unreadable.add(problem);
                transport.config().logger().log(Level.DEBUG, () -> "Skipping an unreadable " + problem);
            }
            index++;
        }
        JsonNode nextNode = body.get("next");
        if (nextNode == null || nextNode.isNull() || (nextNode.isTextual() && nextNode.asText().isEmpty())) {
            return new JobPage(read, null, unreadable);
        }
        if (!nextNode.isTextual() && !nextNode.isNumber()) {
            throw errors.badBody(call, response, "a \"next\" that is neither a string nor null");
        }
        return new JobPage(read, nextNode.asText(), unreadable);
    }

    /** @return the path and query with {@code next=token} added, unless the token is null */
    private static String withNext(String pathAndQuery, String next) {
        return next == null ? pathAndQuery : pathAndQuery + (pathAndQuery.contains("?") ? "&" : "?") + "next="
                + URLEncoder.encode(next, StandardCharsets.UTF_8);
    }

    /**
     * A job missing from a listing, or unreadable in it, is asked for alone ({@code GET /jobs/{id}}): only
     * a 404 there makes it not found.
     */
    private Map<String, Job> withMissing(List<String> chunk, Map<String, Job> found, Instant deadline) {
        List<String> missing = chunk.stream().filter(id -> !found.containsKey(id)).collect(Collectors.toList());
        if (!missing.isEmpty()) {
            found.putAll(oneByOne(missing, deadline));
        }
        return found;
    }

    private Map<String, Job> oneByOne(List<String> chunk, Instant deadline) {
        Map<String, Job> found = new LinkedHashMap<>();
        for (String id : chunk) {
            try {
                found.put(id, get(id, deadline));
            } catch (IonQNotFoundException e) {
                // absent = not found
            }
        }
        return found;
    }

    private static String describeIds(List<String> ids) {
        if (ids.size() <= 3) {
            return String.join(", ", ids);
        }
        return String.join(", ", ids.subList(0, 3)) + " and " + (ids.size() - 3) + " more";
    }
}
