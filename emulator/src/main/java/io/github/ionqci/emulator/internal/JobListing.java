package io.github.ionqci.emulator.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code GET /jobs}: filters {@code ids} (also {@code ids[]}, repeated or comma-separated), {@code status}
 * (comma-separated), {@code parent_job_id}, {@code target} (backends, comma-separated), {@code submitter_id};
 * newest first; {@code limit} (default {@value #DEFAULT_LIMIT}, at most {@value #MAX_LIMIT}) and an opaque {@code next} cursor. Items omit {@code child_job_ids}.
 */
public final class JobListing {

    /** Page size when no {@code limit} is given. */
    public static final int DEFAULT_LIMIT = 25;
    /** Largest page; larger limits are lowered to it. */
    public static final int MAX_LIMIT = 100;

    private JobListing() {
    }

    /**
     * @param store   the jobs
     * @param request the request
     * @return the page, or a 400
     */
    public static HttpReply list(JobStore store, ApiRequest request) {
        return list(store, request, null);
    }

    /**
     * @param store     the jobs
     * @param request   the request
     * @param sessionId only this session's jobs ({@code GET /sessions/{id}/jobs}), or null for the query's
     *                  {@code session_id}, if any
     * @return the page, or a 400
     */
    public static HttpReply list(JobStore store, ApiRequest request, String sessionId) {
        Map<String, List<String>> query = request.query();
        Set<String> sessionIds = sessionId != null ? Set.of(sessionId) : values(query, "session_id");
        Set<String> ids = values(query, "ids", "ids[]");
        Set<String> statuses = values(query, "status");
        Set<String> parents = values(query, "parent_job_id");
        Set<String> targets = values(query, "target");
        Set<String> submitters = values(query, "submitter_id");
        int limit = DEFAULT_LIMIT;
        String limitText = request.param("limit");
        if (limitText != null) {
            try {
                limit = Integer.parseInt(limitText.trim());
            } catch (NumberFormatException e) {
                limit = -1;
            }
            if (limit < 1) {
                return ApiErrors.badRequest("\"limit\" must be an integer of at least 1, got \"" + limitText + "\".",
                        "query", List.of("limit"));
            }
            limit = Math.min(limit, MAX_LIMIT);
        }
        long before = Long.MAX_VALUE;
        String next = request.param("next");
        if (next != null && !next.isEmpty()) {
            Long seq = decodeCursor(next);
            if (seq == null) {
                return ApiErrors.badRequest("\"next\" is not a cursor this server issued; pass the \"next\" value"
                        + " of the previous page unchanged.", "query", List.of("next"));
            }
            before = seq;
        }
        Instant now = store.now();
        List<String> items = new ArrayList<>();
        Long lastSeq = null;
        boolean more = false;
        // a poll names its jobs (?ids=…): look those up instead of sorting every stored job
        for (JobEntry job : ids.isEmpty() ? store.newestFirst() : store.newestFirst(ids)) {
            if (job.seq() >= before) {
                continue;
            }
            if (!ids.isEmpty() && !ids.contains(job.id())) {
                continue;
            }
            if (!parents.isEmpty() && !parents.contains(job.definition().parentJobId())) {
                continue;
            }
            if (!targets.isEmpty() && !targets.contains(job.definition().backend())) {
                continue;
            }
            if (!submitters.isEmpty() && !submitters.contains(job.definition().submitterId())) {
                continue;
            }
            String session = job.definition().sessionId();
            if (!sessionIds.isEmpty() && (session == null || !sessionIds.contains(session))) {
                continue;
            }
            JobState state = job.state(now);
            if (!statuses.isEmpty() && !statuses.contains(state.status())) {
                continue;
            }
            if (items.size() == limit) {
                more = true;
                break;
            }
            String raw = job.definition().rawJson();
            items.add(raw != null ? raw : Json.text(JobRenderer.render(job, state, false)));
            lastSeq = job.seq();
        }
        StringBuilder page = new StringBuilder("{\"jobs\":[");
        page.append(String.join(",", items));
        page.append("],\"next\":");
        page.append(more ? "\"" + encodeCursor(lastSeq) + "\"" : "null");
        page.append('}');
        return HttpReply.rawJson(200, page.toString());
    }

    private static Set<String> values(Map<String, List<String>> query, String... names) {
        Set<String> values = new LinkedHashSet<>();
        for (String name : names) {
            for (String value : query.getOrDefault(name, List.of())) {
                for (String part : value.split(",")) {
                    if (!part.isBlank()) {
                        values.add(part.trim());
                    }
                }
            }
        }
        return values;
    }

    private static String encodeCursor(long seq) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("jobs-before:" + seq).getBytes(StandardCharsets.UTF_8));
    }

    private static Long decodeCursor(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!text.startsWith("jobs-before:")) {
                return null;
            }
            return Long.parseLong(text.substring("jobs-before:".length()));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
