package io.github.ionqci.emulator.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Routes a request to its handler after the API-key check. {@code /health} and {@code /v0.4/backends…} need no
 * key; everything else under {@code /v0.4} needs {@code Authorization: apiKey <key>}.
 */
public final class ApiRouter {

    /** The path prefix of the API. */
    public static final String PREFIX = "/v0.4";

    private final JobStore store;
    private final byte[] apiKey;
    private final ResultDownloads downloads;
    private final JobSubmissions submissions;
    private final JobCommands commands;
    private final SubmissionSettings settings;

    /**
     * @param store     the jobs
     * @param apiKey    the accepted key
     * @param settings  how submitted jobs behave
     * @param simulator where submitted circuits run
     */
    public ApiRouter(JobStore store, String apiKey, SubmissionSettings settings, ExecutorService simulator) {
        this.store = store;
        this.apiKey = apiKey.getBytes(StandardCharsets.UTF_8);
        this.settings = settings;
        this.downloads = new ResultDownloads(store);
        this.submissions = new JobSubmissions(store, settings, simulator);
        this.commands = new JobCommands(store);
    }

    /**
     * @param request a request
     * @return the reply
     */
    public HttpReply handle(ApiRequest request) {
        String path = request.path();
        if (path.equals("/health")) {
            return only(request, Set.of("GET", "HEAD"), () -> HttpReply.json(200, Json.object().put("status", "ok")));
        }
        if (!path.equals(PREFIX) && !path.startsWith(PREFIX + "/")) {
            return ApiErrors.notFound();
        }
        String[] segments = segments(path.substring(PREFIX.length()));
        if (segments.length == 0) {
            return ApiErrors.notFound();
        }
        if (!segments[0].equals("backends") && !authorized(request)) {
            return ApiErrors.unauthorized();
        }
        if (segments[0].equals("jobs")) {
            return jobs(request, Arrays.copyOfRange(segments, 1, segments.length));
        }
        if (segments[0].equals("backends")) {
            return backends(request, segments);
        }
        if (segments[0].equals("schemas") && segments.length == 3 && segments[1].equals("formats")) {
            return only(request, Set.of("GET"), () -> FormatSchemas.of(segments[2])
                    .map(doc -> HttpReply.json(200, doc)).orElseGet(ApiErrors::notFound));
        }
        if (segments[0].equals("organizations") && segments.length == 3 && segments[2].equals("usage")) {
            return only(request, Set.of("GET"), () -> OrganizationUsage.report(store, request, segments[1]));
        }
        if (segments[0].equals("whoami") && segments.length == 1) {
            return only(request, Set.of("GET"), () -> {
                ObjectNode me = Json.object();
                me.put("key_id", Account.KEY_ID);
                me.put("key_name", Account.KEY_NAME);
                me.put("project_id", Account.PROJECT_ID);
                return HttpReply.json(200, me);
            });
        }
        return ApiErrors.notFound();
    }

    private HttpReply backends(ApiRequest request, String[] s) {
        long queueMs = settings.queueing().toMillis();
        if (s.length == 1) {
            return only(request, Set.of("GET"), () -> {
                ArrayNode list = Json.array();
                Backends.names().forEach(name -> list.add(Backends.describe(name, queueMs, store.now())));
                return HttpReply.json(200, list);
            });
        }
        if (s.length == 2 && Backends.QUBITS.containsKey(s[1])) {
            return only(request, Set.of("GET"), () -> HttpReply.json(200,
                    Backends.describe(s[1], queueMs, store.now())));
        }
        if (s.length == 3 && s[2].equals("characterizations") && Backends.QUBITS.containsKey(s[1])) {
            return only(request, Set.of("GET"), () -> HttpReply.json(200, Characterizations.page(s[1])));
        }
        if (s.length == 4 && s[2].equals("characterizations")) {
            return only(request, Set.of("GET"), () -> Characterizations.of(s[1])
                    .filter(c -> c.get("id").asText().equals(s[3]))
                    .map(c -> HttpReply.json(200, c)).orElseGet(ApiErrors::notFound));
        }
        return ApiErrors.notFound();
    }

    private HttpReply jobs(ApiRequest request, String[] s) {
        if (s.length == 0) {
            switch (request.method()) {
                case "POST": return submissions.submit(request);
                case "DELETE": return commands.deleteMany(request);
                default: return only(request, Set.of("GET", "POST", "DELETE"), () -> JobListing.list(store, request));
            }
        }
        if (s.length == 2 && s[0].equals("status") && s[1].equals("cancel")) {
            return only(request, Set.of("PUT"), () -> commands.cancelMany(request));
        }
        String id = s[0];
        if (s.length == 1) {
            if (request.method().equals("DELETE")) {
                return commands.delete(id);
            }
            return only(request, Set.of("GET", "DELETE"), () -> getJob(id));
        }
        if (s.length == 3 && s[1].equals("status") && s[2].equals("cancel")) {
            return only(request, Set.of("PUT"), () -> commands.cancel(id));
        }
        if (s.length == 2 && (s[1].equals("clone") || s[1].equals("move"))) {
            boolean move = s[1].equals("move");
            return only(request, Set.of("POST"), () -> {
                HttpReply reply = submissions.copy(request, id, move);
                if (move && reply.status() == 201) {
                    commands.cancelUnfinished(id);
                }
                return reply;
            });
        }
        if (s.length == 2 && s[1].equals("cost")) {
            return only(request, Set.of("GET"), () -> commands.cost(id));
        }
        if (s.length == 3 && s[1].equals("results")) {
            return only(request, Set.of("GET"), () -> downloads.result(request, id, s[2]));
        }
        if (s.length == 4 && s[1].equals("results") && s[2].equals("probabilities") && s[3].equals("aggregated")) {
            return only(request, Set.of("GET"), () -> downloads.aggregated(request, id));
        }
        if (s.length == 3 && s[1].equals("artifacts")) {
            return only(request, Set.of("GET"), () -> downloads.artifact(id, s[2]));
        }
        if (s.length == 5 && s[1].equals("variants") && s[3].equals("results")) {
            return only(request, Set.of("GET"), () -> downloads.variant(request, id, s[2], s[4]));
        }
        return ApiErrors.notFound();
    }

    private HttpReply getJob(String id) {
        Optional<JobEntry> job = store.get(id);
        if (job.isEmpty()) {
            return ApiErrors.notFound();
        }
        String raw = job.get().definition().rawJson();
        if (raw != null) {
            return HttpReply.rawJson(200, raw);
        }
        return HttpReply.json(200, JobRenderer.render(job.get(), job.get().state(store.now()), true));
    }

    private boolean authorized(ApiRequest request) {
        String header = request.authorization();
        if (header == null) {
            return false;
        }
        String prefix = "apikey ";
        if (header.length() < prefix.length() || !header.substring(0, prefix.length()).equalsIgnoreCase(prefix)) {
            return false;
        }
        byte[] given = header.substring(prefix.length()).trim().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, apiKey);
    }

    private static HttpReply only(ApiRequest request, Set<String> methods, java.util.function.Supplier<HttpReply> h) {
        if (methods.contains(request.method())) {
            return h.get();
        }
        List<String> allowed = methods.stream().sorted().toList();
        return ApiErrors.error(405, "Method " + request.method() + " is not allowed on " + request.path()
                + "; use " + String.join(" or ", allowed) + ".").withHeader("Allow", String.join(", ", allowed));
    }

    private static String[] segments(String path) {
        return Arrays.stream(path.split("/")).filter(p -> !p.isEmpty()).toArray(String[]::new);
    }
}
