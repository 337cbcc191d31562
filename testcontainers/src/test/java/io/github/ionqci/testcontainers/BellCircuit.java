package io.github.ionqci.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.TreeMap;

/** Submits a Bell circuit (or another job) over HTTP, awaits it (bounded) and reads its probabilities. */
final class BellCircuit {

    static final String JOB = "{\"type\":\"ionq.circuit.v1\",\"backend\":\"simulator\",\"shots\":1000,"
            + "\"name\":\"bell\",\"input\":{\"qubits\":2,\"gateset\":\"qis\",\"circuit\":["
            + "{\"gate\":\"h\",\"target\":0},{\"gate\":\"cnot\",\"control\":0,\"target\":1}]}}";

    /**
     * 200 {@code rz} gates on one qubit under seeded harmony noise, 2000 shots: over a quarter of the shots end in |1⟩
     * with a noise channel per submitted gate, none with one per compiled native gate (rz is virtual).
     */
    static final String RZ_UNDER_NOISE = "{\"type\":\"ionq.circuit.v1\",\"backend\":\"simulator\",\"shots\":2000,"
            + "\"noise\":{\"model\":\"harmony\",\"seed\":5},\"input\":{\"qubits\":1,\"circuit\":["
            + String.join(",", java.util.Collections.nCopies(200, "{\"gate\":\"rz\",\"target\":0,\"rotation\":0.1}"))
            + "]}}";

    private static final ObjectMapper JSON = new ObjectMapper();

    private BellCircuit() {
    }

    /** @return whether the last job of {@link #probabilities} pointed at its results in the seed's URL form */
    static boolean urlForm(String baseUrl, String apiKey) {
        JsonNode list = parse(Http.listJobs(baseUrl, apiKey).body()).get("jobs");
        return list.get(0).get("results").has("probabilities");
    }

    /** @return basis state (qubit 0 least significant) to probability, read in either result form */
    static Map<String, Double> probabilities(String baseUrl, String apiKey) throws InterruptedException {
        return probabilities(baseUrl, apiKey, JOB);
    }

    /** @return basis state to probability of the job {@code jobJson} describes, read in either result form */
    static Map<String, Double> probabilities(String baseUrl, String apiKey, String jobJson) throws InterruptedException {
        HttpResponse<String> created = Http.postJson(baseUrl + "/jobs", apiKey, jobJson);
        assertThat(created.statusCode()).as("POST /jobs: %s", created.body()).isEqualTo(201);
        String id = parse(created.body()).get("id").asText();

        JsonNode job = parse(Http.get(baseUrl + "/jobs/" + id, apiKey).body());
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!isFinal(job.get("status").asText()) && System.nanoTime() < deadline) {
            Thread.sleep(50);
            job = parse(Http.get(baseUrl + "/jobs/" + id, apiKey).body());
        }
        assertThat(job.get("status").asText()).as("job %s", job).isEqualTo("completed");

        JsonNode results = job.get("results");
        String path = results.has("probabilities")
                ? results.get("probabilities").get("url").asText()  // the seed's form: "/v0.4/jobs/…", joined to the origin
                : "/v0.4/jobs/" + id + "/artifacts/" + results.get("ionq.result.probabilities.json.v1").get("id").asText();
        JsonNode probabilities = parse(Http.get(URI.create(baseUrl).resolve(path).toString(), apiKey).body());
        Map<String, Double> result = new TreeMap<>();
        probabilities.properties().forEach(entry -> result.put(entry.getKey(), entry.getValue().asDouble()));
        return result;
    }

    private static boolean isFinal(String status) {
        return status.equals("completed") || status.equals("failed") || status.equals("canceled");
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + body, e);
        }
    }
}
