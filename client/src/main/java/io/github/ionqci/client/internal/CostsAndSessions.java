package io.github.ionqci.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ionqci.client.cost.Amount;
import io.github.ionqci.client.cost.CostEstimate;
import io.github.ionqci.client.cost.EstimateRequest;
import io.github.ionqci.client.cost.JobCost;
import io.github.ionqci.client.job.Job;
import io.github.ionqci.client.session.Session;
import io.github.ionqci.client.session.SessionLimits;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The calls for estimates, job costs and sessions, and the reading of their bodies. */
public final class CostsAndSessions {

    private static final int MAX_PAGES = 1000;
    private static final String ADVICE = "This is a fault of IonQ's service or of a proxy in between: retry later, and"
            + " if it persists report it to support@ionq.co";

    private final Endpoints endpoints;
    private final Transport transport;
    private final ErrorReports errors;
    private final ApiCalls calls;
    private final JobFetcher jobs;

    /**
     * @param endpoints the URLs
     * @param transport sends calls
     * @param errors    builds exceptions
     * @param calls     sends the single-answer calls
     * @param jobs      pages through job listings
     */
    public CostsAndSessions(Endpoints endpoints, Transport transport, ErrorReports errors, ApiCalls calls,
                            JobFetcher jobs) {
        this.endpoints = endpoints;
        this.transport = transport;
        this.errors = errors;
        this.calls = calls;
        this.jobs = jobs;
    }

    /**
     * @param request what to price
     * @return IonQ's estimate
     */
    public CostEstimate estimate(EstimateRequest request) {
        String query = "backend=" + encode(request.backend()) + "&type=" + encode(request.type()) + "&qubits="
                + request.qubits() + "&shots=" + request.shots() + "&1q_gates=" + request.gates1q() + "&2q_gates="
                + request.gates2q() + "&error_mitigation=" + request.errorMitigation();
        Call call = Call.get(endpoints.api("/jobs/estimate?" + query), "estimate a job on " + request.backend(), null);
        JsonNode body = ok(call);
        JsonNode total = body.get("estimated_total_cost");
        if (total == null || !total.isNumber()) {
            throw errors.invalid(call, "IonQ answered " + "an estimate without a numeric \"estimated_total_cost\"", ADVICE);
        }
        String unit = text(body, "estimated_unit");
        return new CostEstimate(request, new Amount(total.decimalValue(), unit == null ? "usd" : unit),
                millis(body.get("estimated_execution_time")), millis(body.get("current_predicted_queue_time")),
                text(body.path("rate_card"), "id"));
    }

    /**
     * @param id a job id
     * @return IonQ's cost of it
     */
    public JobCost cost(String id) {
        Call call = Call.get(endpoints.api("/jobs/" + id + "/cost"), "get the cost of job " + id, id);
        JsonNode body = ok(call);
        Amount estimated = amount(body.get("estimated_cost"));
        if (estimated == null) {
            throw errors.invalid(call, "IonQ answered " + "a cost without \"estimated_cost\"", ADVICE);
        }
        return new JobCost(id, body.path("dry_run").asBoolean(false), estimated, amount(body.get("cost")));
    }

    /**
     * @param backend the backend
     * @param limits  the limits
     * @return the new session
     */
    public Session create(String backend, SessionLimits limits) {
        ObjectNode request = Json.mapper().createObjectNode();
        request.put("backend", backend);
        ObjectNode settings = request.putObject("settings");
        if (limits.jobCountLimit() != null) {
            settings.put("job_count_limit", limits.jobCountLimit());
        }
        if (limits.durationLimitMin() != null) {
            settings.put("duration_limit_min", limits.durationLimitMin());
        }
        if (limits.costLimit() != null) {
            ObjectNode cost = settings.putObject("cost_limit");
            cost.put("unit", limits.costLimit().unit());
            cost.put("value", limits.costLimit().value());
        }
        Call call = new Call("POST", endpoints.api("/sessions"), request.toString(),
                "create a session on " + backend, null, null);
        return session(call, ok(call));
    }

    /**
     * @param id a session id
     * @return it
     */
    public Session get(String id) {
        Call call = Call.get(endpoints.api("/sessions/" + encode(id)), "get session " + id, null);
        return session(call, ok(call));
    }

    /**
     * @param active true for active sessions only, false for ended ones only, null for all
     * @return the sessions
     */
    public List<Session> list(Boolean active) {
        Call call = Call.get(endpoints.api("/sessions" + (active == null ? "" : "?active=" + active)),
                "list sessions", null);
        JsonNode body = ok(call);
        JsonNode sessions = body.get("sessions");
        if (sessions == null || !sessions.isArray()) {
            throw errors.invalid(call, "IonQ answered " + "a body without a \"sessions\" array", ADVICE);
        }
        List<Session> list = new ArrayList<>();
        sessions.forEach(node -> list.add(session(call, node)));
        return list;
    }

    /**
     * @param id a session id
     * @return the ended session
     */
    public Session end(String id) {
        Call call = new Call("POST", endpoints.api("/sessions/" + encode(id) + "/end"), null, "end session " + id,
                null, null);
        return session(call, ok(call));
    }

    /**
     * @param id a session id
     * @return its jobs, every page (within the paging bounds of {@link JobFetcher}); an entry that cannot be read
     *         is left out
     */
    public List<Job> jobs(String id) {
        return jobs.all("/sessions/" + encode(id) + "/jobs", null, "list the jobs of session " + id).jobs();
    }

    private JsonNode ok(Call call) {
        JsonNode body = calls.send(call);
        if (!body.isObject()) {
            throw errors.invalid(call, "IonQ answered a body that is not a JSON object", ADVICE);
        }
        return body;
    }

    private Session session(Call call, JsonNode node) {
        String id = text(node, "id");
        if (id == null) {
            throw errors.invalid(call, "IonQ answered " + "a session without an \"id\"", ADVICE);
        }
        JsonNode settings = node.path("settings");
        SessionLimits limits = new SessionLimits(integer(settings.get("job_count_limit")),
                integer(settings.get("duration_limit_min")), amount(settings.get("cost_limit")));
        return new Session(id, text(node, "backend"), text(node, "status"), node.path("active").asBoolean(false),
                limits, instant(node.get("created_at")), instant(node.get("started_at")), instant(node.get("ended_at")));
    }

    private static Amount amount(JsonNode node) {
        if (node == null || !node.isObject() || !node.path("value").isNumber()) {
            return null;
        }
        String unit = node.path("unit").isTextual() ? node.get("unit").asText() : "usd";
        return new Amount(node.get("value").decimalValue(), unit);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || !value.isTextual() ? null : value.asText();
    }

    private static Integer integer(JsonNode node) {
        return node == null || !node.canConvertToInt() ? null : node.intValue();
    }

    private static Duration millis(JsonNode node) {
        return node == null || !node.isNumber() ? null : Duration.ofMillis(node.longValue());
    }

    private static Instant instant(JsonNode node) {
        if (node == null || !node.isTextual()) {
            return null;
        }
        try {
            return Instant.parse(node.asText());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
