package io.github.ionqci.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A small real-socket client for tests. */
final class Http {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final IonQEmulator emulator;

    Http(IonQEmulator emulator) {
        this.emulator = emulator;
    }

    /** GET a path under the origin (e.g. "/v0.4/jobs/x") with the emulator's key. */
    HttpResponse<String> get(String path) throws IOException {
        return send("GET", path, null, emulator.apiKey());
    }

    HttpResponse<String> send(String method, String path, String body, String key) throws IOException {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        if (key != null) {
            headers.add(Map.entry("Authorization", "apiKey " + key));
        }
        if (body != null) {
            headers.add(Map.entry("Content-Type", "application/json"));
        }
        return sendWithHeaders(method, path, body, headers);
    }

    /**
     * Sends with exactly these headers, in order (as curl sends its {@code -H} options).
     *
     * @param method  the method
     * @param path    a path under the origin, with its query
     * @param body    the body, or null for none
     * @param headers name and value of each header
     */
    HttpResponse<String> sendWithHeaders(String method, String path, String body, List<Map.Entry<String, String>> headers)
            throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(emulator.origin() + path))
                .timeout(Duration.ofSeconds(10))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(header -> request.header(header.getKey(), header.getValue()));
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** GET and parse as JSON, requiring 200. */
    JsonNode json(String path) throws IOException {
        HttpResponse<String> response = get(path);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return parse(response.body());
    }

    static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Downloads one kind of a job's results in whichever form the job points at it: the seed's
     * {@code results.<kind>.url} or September's artifact descriptor {@code results["ionq.result.<kind>.json.v1"]}
     * (a multi-circuit parent's {@code probabilities} is its aggregate). So a test passes in both result forms.
     *
     * @param jobId   the job (artifacts are downloaded under it)
     * @param results the job's (or a debiasing variant's) {@code results}
     * @param kind    {@code probabilities}, {@code histogram} or {@code shots}
     */
    JsonNode result(String jobId, JsonNode results, String kind) throws IOException {
        if (results.has(kind)) {
            return json(results.get(kind).get("url").asText());
        }
        JsonNode artifact = results.get("ionq.result." + kind + ".json.v1");
        if (artifact == null && kind.equals("probabilities")) {
            artifact = results.get("ionq.result.probabilities-aggregate.json.v1");
        }
        if (artifact == null) {
            throw new AssertionError("job " + jobId + " has no " + kind + " in " + results);
        }
        return json("/v0.4/jobs/" + jobId + "/artifacts/" + artifact.get("id").asText());
    }

    /** @return {@link #result(String, JsonNode, String)} of a job's own results */
    JsonNode result(JsonNode job, String kind) throws IOException {
        return result(job.get("id").asText(), job.get("results"), kind);
    }

    /**
     * @return the kinds ({@code probabilities}, {@code histogram}, {@code shots}) a {@code results} offers, in order,
     *         each once (the artifact form lists each kind in format generations v1 and v2)
     */
    static java.util.List<String> kinds(JsonNode results) {
        java.util.Set<String> kinds = new java.util.LinkedHashSet<>();
        results.fieldNames().forEachRemaining(name -> kinds.add(!name.startsWith("ionq.result.") ? name
                : name.substring("ionq.result.".length(), name.indexOf(".json")).replace("-aggregate", "")));
        return new java.util.ArrayList<>(kinds);
    }
}
