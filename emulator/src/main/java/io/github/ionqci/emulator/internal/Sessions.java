package io.github.ionqci.emulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * {@code /sessions}: create ({@code POST}, 201), list ({@code GET ?active=}), get, end ({@code POST …/end}) and a
 * session's jobs ({@code GET …/jobs}), in the shapes of IonQ's {@code Session}, {@code SessionsResponse} and
 * {@code GetJobsResponse}.
 */
public final class Sessions {

    private static final Set<String> REQUEST_FIELDS = Set.of("backend", "settings");
    private static final Set<String> SETTINGS_FIELDS = Set.of("job_count_limit", "duration_limit_min", "cost_limit");

    private final SessionStore sessions;
    private final JobStore store;

    /**
     * @param sessions the sessions
     * @param store    the jobs, for a session's job listing
     */
    public Sessions(SessionStore sessions, JobStore store) {
        this.sessions = sessions;
        this.store = store;
    }

    /**
     * @param request a request under {@code /sessions}
     * @param s       the path segments after {@code sessions}
     * @return the reply
     */
    public HttpReply handle(ApiRequest request, String[] s) {
        String method = request.method();
        if (s.length == 0) {
            if (method.equals("POST")) {
                return create(request);
            }
            if (method.equals("GET")) {
                return list(request);
            }
            return notAllowed(request, "GET, POST");
        }
        String id = s[0];
        if (s.length == 1) {
            if (!method.equals("GET")) {
                return notAllowed(request, "GET");
            }
            return sessions.render(id, store.now()).map(n -> HttpReply.json(200, n)).orElseGet(ApiErrors::notFound);
        }
        if (s.length == 2 && s[1].equals("end")) {
            if (!method.equals("POST")) {
                return notAllowed(request, "POST");
            }
            return sessions.end(id, store.now()).map(n -> HttpReply.json(200, n)).orElseGet(ApiErrors::notFound);
        }
        if (s.length == 2 && s[1].equals("jobs")) {
            if (!method.equals("GET")) {
                return notAllowed(request, "GET");
            }
            if (!sessions.exists(id)) {
                return ApiErrors.notFound();
            }
            return JobListing.list(store, request, id);
        }
        return ApiErrors.notFound();
    }

    private HttpReply create(ApiRequest request) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(new String(request.body(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return ApiErrors.badRequest("The body is not valid JSON: " + e.getMessage(), "body", List.of());
        }
        if (root == null || !root.isObject()) {
            return ApiErrors.badRequest("The body must be a JSON object such as {\"backend\":\"qpu.forte-1\","
                    + "\"settings\":{\"job_count_limit\":10}}.", "body", List.of());
        }
        for (String field : iterable(root)) {
            if (!REQUEST_FIELDS.contains(field)) {
                return ApiErrors.badRequest("Unknown field \"" + field + "\"; a session takes backend and settings.",
                        "body", List.of(field));
            }
        }
        JsonNode backend = root.get("backend");
        if (backend == null || !backend.isTextual() || !Backends.QUBITS.containsKey(backend.asText())) {
            return ApiErrors.badRequest("\"backend\" is required and must be one of "
                    + String.join(", ", Backends.names()) + ".", "body", List.of("backend"));
        }
        JsonNode settings = root.path("settings");
        if (!settings.isMissingNode() && !settings.isObject()) {
            return ApiErrors.badRequest("\"settings\" must be an object.", "body", List.of("settings"));
        }
        for (String field : iterable(settings)) {
            if (!SETTINGS_FIELDS.contains(field)) {
                return ApiErrors.badRequest("Unknown setting \"" + field + "\"; use job_count_limit,"
                        + " duration_limit_min or cost_limit.", "body", List.of("settings", field));
            }
        }
        Integer jobs;
        Integer minutes;
        try {
            jobs = positiveInt(settings.get("job_count_limit"), "job_count_limit");
            minutes = positiveInt(settings.get("duration_limit_min"), "duration_limit_min");
        } catch (IllegalArgumentException e) {
            return ApiErrors.badRequest(e.getMessage(), "body", List.of("settings"));
        }
        BigDecimal cost = null;
        String unit = Costs.USD;
        JsonNode costLimit = settings.get("cost_limit");
        if (costLimit != null) {
            JsonNode value = costLimit.get("value");
            JsonNode unitNode = costLimit.get("unit");
            if (!costLimit.isObject() || value == null || !value.isNumber() || value.decimalValue().signum() < 0
                    || unitNode == null || !unitNode.isTextual()) {
                return ApiErrors.badRequest("\"cost_limit\" must be {\"unit\": \"usd\", \"value\": <number of at"
                        + " least 0>}.", "body", List.of("settings", "cost_limit"));
            }
            cost = value.decimalValue();
            unit = unitNode.asText();
        }
        SessionStore.Session created = sessions.create(store.now(), backend.asText(), jobs, minutes, cost, unit);
        return sessions.render(created.id, store.now()).map(n -> HttpReply.json(201, n)).orElseThrow();
    }

    private HttpReply list(ApiRequest request) {
        String active = request.param("active");
        Boolean filter = active == null || active.isBlank() ? null : Boolean.valueOf(active.strip());
        ObjectNode body = Json.object();
        body.put("organization_id", Account.ORGANIZATION_ID);
        ArrayNode list = body.putArray("sessions");
        sessions.renderAll(filter, store.now()).forEach(list::add);
        return HttpReply.json(200, body);
    }

    private static Integer positiveInt(JsonNode node, String name) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.canConvertToInt() || !node.isIntegralNumber() || node.intValue() < 1) {
            throw new IllegalArgumentException("\"" + name + "\" must be a whole number of at least 1, got " + node
                    + ".");
        }
        return node.intValue();
    }

    private static Iterable<String> iterable(JsonNode node) {
        return node::fieldNames;
    }

    private static HttpReply notAllowed(ApiRequest request, String allowed) {
        return ApiErrors.error(405, "Method " + request.method() + " is not allowed on " + request.path() + "; use "
                + allowed.replace(", ", " or ") + ".").withHeader("Allow", allowed);
    }
}
