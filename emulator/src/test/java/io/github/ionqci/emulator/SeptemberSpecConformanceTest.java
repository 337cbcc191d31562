package io.github.ionqci.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Drives every endpoint of IonQ's September 2026 v0.4 spec on a real emulator, with jobs in every state, and
 * validates each JSON response against the spec's response schema (networknt, JSON Schema 2020-12). Skipped,
 * loudly, when the spec is not at {@code ../shared/reference/} (see {@link SeptemberSpec}).
 *
 * <p>Every test records the {@code method path} templates it exercised; {@link #everyPathOfTheSpecIsServed()},
 * ordered last, checks that together they cover every operation of the spec.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SeptemberSpecConformanceTest extends EmulatorTestBase {

    private static SeptemberSpec spec;
    private static final Set<String> exercised = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private final List<String> violations = new ArrayList<>();
    private final Map<String, JsonSchema> formatSchemas = new java.util.HashMap<>();

    @BeforeAll
    static void loadSpecAndServeTheSeptemberForm() {
        spec = SeptemberSpec.find().orElse(null);
        // the September spec knows only artifact descriptors: pin them, whatever -Dionq.emulator.results-form says
        emulator.close();
        emulator = IonQEmulator.builder().resultForm(ResultForm.ARTIFACT).start();
        http = new Http(emulator);
    }

    @BeforeEach
    void requireSpec() {
        Assumptions.assumeTrue(spec != null, "IonQ's September 2026 OpenAPI document is absent from "
                + SeptemberSpec.RELATIVE_PATH + " (relative to the project root): schema test skipped");
        emulator.control().reset();
    }

    /** Sends, requires {@code status}, validates against {@code template}'s response and returns the body. */
    private JsonNode call(String method, String template, String path, String body, int status) throws IOException {
        HttpResponse<String> response = http.send(method, "/v0.4" + path, body, emulator.apiKey());
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(status);
        exercised.add(method.toLowerCase() + " " + template);
        JsonNode json = Http.parse(response.body());
        Set<ValidationMessage> messages = spec.validate(method.toLowerCase(), template, status, json);
        messages.forEach(m -> violations.add(method + " " + path + " " + m.getMessage()));
        return json;
    }

    private JsonNode get(String template, String path) throws IOException {
        return call("GET", template, path, null, 200);
    }

    private void assertNoViolations() {
        assertThat(violations).as("violations of IonQ's September 2026 spec").isEmpty();
    }

    @Test
    void accountAndBackends() throws IOException {
        get("/whoami", "/whoami");
        JsonNode backends = get("/backends", "/backends");
        for (JsonNode backend : backends) {
            String name = backend.get("backend").asText();
            get("/backends/{backend}", "/backends/" + name);
            JsonNode page = get("/backends/{backend}/characterizations", "/backends/" + name + "/characterizations");
            for (JsonNode c : page.get("characterizations")) {
                get("/backends/{backend}/characterizations/{UUID}",
                        "/backends/" + name + "/characterizations/" + c.get("id").asText());
            }
        }
        assertNoViolations();
    }

    @Test
    void jobsInEveryState() throws IOException {
        List<EmulatedJob> jobs = List.of(
                EmulatedJob.completed().qubits(2).name("bell").metadata(Map.of("k", "v"))
                        .probabilities(Map.of(0L, 0.5, 3L, 0.5)).gateCounts(1, 1),
                EmulatedJob.completed().shots(1000).noise("aria-1", 3)
                        .probabilities(Map.of(0L, 0.48, 3L, 0.48, 1L, 0.04)),
                EmulatedJob.completed().backend("qpu.forte-1").qubits(3).shots(900)
                        .probabilities(Map.of(0L, 0.5, 7L, 0.5)).debiasingVariants(3),
                EmulatedJob.failed("NotEnoughQubits", "too wide").backend("qpu.aria-1"),
                EmulatedJob.canceled().sessionId("s-1"),
                EmulatedJob.completed().lifecycle(Duration.ofMinutes(5), Duration.ZERO)
                        .predictedWait(Duration.ofSeconds(30)),
                EmulatedJob.completed().lifecycle(Duration.ZERO, Duration.ZERO, Duration.ofMinutes(5)),
                EmulatedJob.withStatus("ready"),
                EmulatedJob.completed().noResults(),
                EmulatedJob.completed().dryRun(true),
                EmulatedJob.completed().children(
                        EmulatedJob.completed().probabilities(Map.of(1L, 1.0)), EmulatedJob.completed()));
        for (EmulatedJob job : jobs) {
            String id = emulator.jobs().add(job);
            JsonNode body = get("/jobs/{UUID}", "/jobs/" + id);
            downloads(id, body);
            if (body.get("child_job_ids").isArray()) {
                for (JsonNode child : body.get("child_job_ids")) {
                    downloads(child.asText(), get("/jobs/{UUID}", "/jobs/" + child.asText()));
                }
            }
        }
        get("/jobs", "/jobs");
        get("/jobs", "/jobs?status=completed&limit=2");
        assertNoViolations();
    }

    private void downloads(String id, JsonNode job) throws IOException {
        for (JsonNode compiled : job.path("output").path("compilation").path("compiled_circuits")) {
            artifact(id, compiled);
        }
        if (!"completed".equals(job.get("status").asText()) || job.get("results").isNull()) {
            return;
        }
        for (JsonNode artifact : job.get("results")) {
            if (artifact.has("id")) {
                artifact(id, artifact);
            }
        }
        if (!job.get("child_job_ids").isArray()) {
            get("/jobs/{UUID}/results/probabilities", "/jobs/" + id + "/results/probabilities");
            get("/jobs/{UUID}/results/probabilities", "/jobs/" + id + "/results/probabilities?sharpen=true");
        }
        JsonNode mitigation = job.path("output").path("error_mitigation");
        for (JsonNode variant : mitigation.path("debiasing").path("variants")) {
            for (JsonNode artifact : variant.path("results")) {
                artifact(id, artifact);
            }
        }
        for (JsonNode aggregation : mitigation.path("aggregations")) {
            artifact(id, aggregation);
        }
    }

    /**
     * Downloads an artifact and validates its payload against the spec's schema for its format, and against the
     * schema the emulator itself serves for that format at {@code /schemas/formats/{format}}.
     */
    private void artifact(String jobId, JsonNode descriptor) throws IOException {
        JsonNode payload = get("/jobs/{UUID}/artifacts/{artifactId}",
                "/jobs/" + jobId + "/artifacts/" + descriptor.get("id").asText());
        String format = descriptor.get("format").asText();
        spec.validatePayload(format, payload).forEach(m -> violations.add("artifact " + format + " of " + jobId
                + ": " + m.getMessage()));
        JsonSchema own = formatSchemas.computeIfAbsent(format, f -> {
            try {
                // IonQ's documents put the bare format name in $id, which is not the URI a validator expects
                com.fasterxml.jackson.databind.node.ObjectNode document =
                        (com.fasterxml.jackson.databind.node.ObjectNode) get("/schemas/formats/{format}",
                                "/schemas/formats/" + f);
                document.remove("$id");
                return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(document);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        own.validate(payload).forEach(m -> violations.add("artifact " + format + " of " + jobId
                + " against the emulator's own format schema: " + m.getMessage()));
    }

    @Test
    void aDebiasedQpuJob() throws IOException {
        String debiased = "{\"type\":\"ionq.circuit.v1\",\"backend\":\"qpu.aria-1\",\"shots\":1000,"
                + "\"settings\":{\"error_mitigation\":{\"debiasing\":true,\"symmetry_verification\":true}},"
                + "\"input\":{\"qubits\":3,\"circuit\":[{\"gate\":\"h\",\"target\":0},"
                + "{\"gate\":\"cnot\",\"control\":0,\"target\":1},{\"gate\":\"cnot\",\"control\":1,\"target\":2}]}}";
        String id = call("POST", "/jobs", "/jobs", debiased, 201).get("id").asText();
        get("/jobs/{UUID}", "/jobs/" + id);
        SubmitJobTest.awaitFinal(id);
        JsonNode job = get("/jobs/{UUID}", "/jobs/" + id);
        assertThat(job.get("output").get("error_mitigation").get("debiasing").get("variants").size())
                .isGreaterThan(1);
        downloads(id, job);
        HttpResponse<String> refused = http.send("POST", "/v0.4/jobs", debiased.replace("1000", "499"),
                emulator.apiKey());
        assertThat(refused.statusCode()).isEqualTo(400);
        // the spec gives POST /jobs no 400 body; its error schema is BadRequestError
        spec.validateSchema("BadRequestError", Http.parse(refused.body()))
                .forEach(m -> violations.add("400 of POST /jobs: " + m.getMessage()));
        get("/jobs", "/jobs?limit=3");
        assertNoViolations();
    }

    @Test
    void submittedJobsAndCommands() throws IOException {
        String bell = "{\"type\":\"ionq.circuit.v1\",\"backend\":\"simulator\",\"shots\":100,"
                + "\"name\":\"bell\",\"metadata\":{\"k\":\"v\"},"
                + "\"input\":{\"qubits\":2,\"circuit\":[{\"gate\":\"h\",\"target\":0},"
                + "{\"gate\":\"cnot\",\"control\":0,\"target\":1}]}}";
        String id = call("POST", "/jobs", "/jobs", bell, 201).get("id").asText();
        JsonNode job = SubmitJobTest.awaitFinal(id);
        downloads(id, get("/jobs/{UUID}", "/jobs/" + id));
        String dry = bell.replace("\"shots\":100,", "\"shots\":100,\"dry_run\":true,");
        String dryId = call("POST", "/jobs", "/jobs", dry, 201).get("id").asText();
        SubmitJobTest.awaitFinal(dryId);
        JsonNode dryJob = get("/jobs/{UUID}", "/jobs/" + dryId);
        assertThat(dryJob.path("output").path("compilation").path("compiled_circuits").has("ionq.native.v1")).isTrue();
        downloads(dryId, dryJob);
        String multi = "{\"type\":\"ionq.multi-circuit.v1\",\"backend\":\"simulator\",\"shots\":10,"
                + "\"input\":{\"qubits\":1,\"circuits\":[{\"circuit\":[{\"gate\":\"x\",\"target\":0}]},"
                + "{\"circuit\":[{\"gate\":\"h\",\"target\":0}]}]}}";
        String parent = call("POST", "/jobs", "/jobs", multi, 201).get("id").asText();
        SubmitJobTest.awaitFinal(parent);
        JsonNode parentJob = get("/jobs/{UUID}", "/jobs/" + parent);
        downloads(parent, parentJob);
        for (JsonNode child : parentJob.get("child_job_ids")) {
            downloads(child.asText(), get("/jobs/{UUID}", "/jobs/" + child.asText()));
        }
        String failing = "{\"type\":\"ionq.circuit.v1\",\"backend\":\"simulator\","
                + "\"input\":{\"qubits\":1,\"circuit\":[{\"gate\":\"h\",\"target\":5}]}}";
        String failed = call("POST", "/jobs", "/jobs", failing, 201).get("id").asText();
        SubmitJobTest.awaitFinal(failed);
        get("/jobs/{UUID}", "/jobs/" + failed);

        String cloned = call("POST", "/jobs/{UUID}/clone", "/jobs/" + id + "/clone", "{}", 201).get("id").asText();
        SubmitJobTest.awaitFinal(cloned);
        get("/jobs/{UUID}", "/jobs/" + cloned);
        call("POST", "/jobs/{UUID}/move", "/jobs/" + cloned + "/move",
                "{\"backend\":\"qpu.aria-1\"}", 201);
        get("/jobs", "/jobs?session_id=none&target=simulator");
        get("/jobs/{UUID}/cost", "/jobs/" + id + "/cost");

        String slow = emulator.jobs().add(EmulatedJob.completed().lifecycle(Duration.ofHours(1), Duration.ZERO));
        String slow2 = emulator.jobs().add(EmulatedJob.completed().lifecycle(Duration.ofHours(1), Duration.ZERO));
        String slow3 = emulator.jobs().add(EmulatedJob.completed().lifecycle(Duration.ofHours(1), Duration.ZERO));
        call("PUT", "/jobs/{UUID}/status/cancel", "/jobs/" + slow + "/status/cancel", null, 200);
        call("PUT", "/jobs/status/cancel", "/jobs/status/cancel",
                "{\"ids\":[\"" + slow2 + "\",\"" + slow3 + "\"]}", 200);
        get("/jobs/{UUID}", "/jobs/" + slow);
        call("DELETE", "/jobs/{UUID}", "/jobs/" + slow, null, 200);
        call("DELETE", "/jobs", "/jobs", "{\"ids\":[\"" + slow2 + "\",\"" + slow3 + "\"]}", 200);
        assertThat(job.get("status").asText()).isEqualTo("completed");
        assertNoViolations();
    }

    @Test
    void estimateAndSessions() throws IOException {
        JsonNode estimate = get("/jobs/estimate", "/jobs/estimate?backend=qpu.aria-1&qubits=2&shots=1000"
                + "&1q_gates=1&2q_gates=1");
        assertThat(estimate.get("estimated_total_cost").isNumber()).isTrue();
        JsonNode session = call("POST", "/sessions", "/sessions", "{\"backend\":\"qpu.aria-1\","
                + "\"settings\":{\"job_count_limit\":3,\"duration_limit_min\":30}}", 201);
        String sid = session.get("id").asText();
        String job = "{\"type\":\"ionq.circuit.v1\",\"backend\":\"qpu.aria-1\",\"shots\":100,"
                + "\"session_id\":\"" + sid + "\",\"input\":" + SubmitJobTest.BELL + "}";
        SubmitJobTest.awaitFinal(call("POST", "/jobs", "/jobs", job, 201).get("id").asText());
        get("/sessions/{session_id}", "/sessions/" + sid);
        get("/sessions", "/sessions");
        JsonNode jobs = get("/sessions/{session_id}/jobs", "/sessions/" + sid + "/jobs");
        assertThat(jobs.get("jobs")).hasSize(1);
        JsonNode ended = call("POST", "/sessions/{session_id}/end", "/sessions/" + sid + "/end", null, 200);
        assertThat(ended.get("id").asText()).isEqualTo(sid);
        assertNoViolations();
    }

    @Test
    void schemasAndUsage() throws IOException {
        for (String format : List.of("ionq.result.probabilities.json.v1", "ionq.result.probabilities.json.v2",
                "ionq.result.histogram.json.v1", "ionq.result.histogram.json.v2", "ionq.result.shots.json.v1",
                "ionq.result.shots.json.v2", "ionq.result.probabilities-aggregate.json.v1", "ionq.native.v1")) {
            JsonNode schema = get("/schemas/formats/{format}", "/schemas/formats/" + format);
            assertThat(schema.get("$id").asText()).isEqualTo(format);
        }
        JsonNode usage = get("/organizations/{organization_id}/usage",
                "/organizations/emulator/usage?start_date=2026-01-01&end_date=2027-01-01&group_by=project"
                        + "&modality=monthly");
        assertThat(usage.get("job_count").asInt()).isGreaterThanOrEqualTo(0);
        assertNoViolations();
    }

    @Test
    void theValidatorCatchesWhatTheSpecForbids() throws IOException {
        JsonNode backend = get("/backends/{backend}", "/backends/qpu.aria-1");
        assertThat(backend.get("characterization_id").asText()).isNotBlank();
        com.fasterxml.jackson.databind.node.ObjectNode seedForm = backend.deepCopy();
        seedForm.put("last_updated", 1_700_000_000L).putNull("characterization_id");
        assertThat(spec.validate("get", "/backends/{backend}", 200, seedForm)).hasSize(2);
        String id = emulator.jobs().add(EmulatedJob.completed().resultForm(ResultForm.URL));
        assertThat(spec.validate("get", "/jobs/{UUID}", 200, http.json("/v0.4/jobs/" + id)))
                .as("the seed's results.probabilities.url is not September's form").isNotEmpty();
        assertThat(spec.validatePayload("ionq.result.histogram.json.v1", Http.parse("{\"0\":\"many\"}")))
                .isNotEmpty();
        assertThat(spec.validatePayload("ionq.native.v1",
                Http.parse("{\"qubits\":1,\"circuit\":[{\"gate\":\"h\",\"target\":0}]}")))
                .as("a QIS gate is no native gate").isNotEmpty();
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void everyPathOfTheSpecIsServed() {
        Set<String> missing = new LinkedHashSet<>();
        for (String template : spec.paths()) {
            for (String method : spec.methods(template)) {
                String operation = method + " " + template;
                if (!exercised.contains(operation)) {
                    missing.add(operation);
                }
            }
        }
        assertThat(missing).as("operations of the September spec no test drove").isEmpty();
        System.out.println("September spec: " + exercised.size() + " operations validated, every one of the spec");
    }
}
