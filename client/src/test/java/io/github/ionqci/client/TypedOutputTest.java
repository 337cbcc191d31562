package io.github.ionqci.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ionqci.client.job.AggregationMethod;
import io.github.ionqci.client.job.CompilationOutput;
import io.github.ionqci.client.job.DebiasingVariant;
import io.github.ionqci.client.job.ErrorMitigationOutput;
import io.github.ionqci.client.job.Job;
import io.github.ionqci.client.job.NativeCircuit;
import io.github.ionqci.client.job.NativeGate;
import io.github.ionqci.client.job.ResultArtifact;
import io.github.ionqci.client.job.SymmetryVerification;
import io.github.ionqci.client.result.Histogram;
import io.github.ionqci.client.result.Probabilities;
import io.github.ionqci.client.result.Shots;
import io.github.ionqci.client.spec.SpecExamples;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The September 2026 job model read over real HTTP from a small loopback server ({@link HostileServer}, behaving
 * here) that serves IonQ's own example payloads, read from its OpenAPI document at test time: the v2-only
 * "Single Circuit" job with its debiasing variant, the {@code IonqNativeV1} compiled circuit, and the v2
 * probabilities, histogram and shots examples. The document has no example of {@code compiled_circuits},
 * {@code aggregations} or {@code symmetry_verification} in a job: those are added to the job as their schemas
 * define them. (To move to the emulator once it serves compiled circuits, aggregations and v2 artifacts.)
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class TypedOutputTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NATIVE_ID = "0b000000-0000-4000-8000-00000000aaaa";
    private static final String VOTING_ID = "0b000000-0000-4000-8000-00000000bbbb";
    private static final String AVERAGE_ID = "0b000000-0000-4000-8000-00000000cccc";

    private static ObjectNode descriptor(String id, String format) {
        return JSON.createObjectNode().put("id", id).put("format", format).put("media_type", "application/json");
    }

    /** The spec's "Single Circuit" example with the output fields its schemas define but its examples leave out. */
    static ObjectNode singleCircuit(SpecExamples spec) {
        ObjectNode job = (ObjectNode) spec.getJobExample("Single Circuit");
        ObjectNode output = (ObjectNode) job.get("output");
        ((ObjectNode) output.get("compilation")).putObject("compiled_circuits")
                .set("ionq.native.v1", descriptor(NATIVE_ID, "ionq.native.v1"));
        ObjectNode mitigation = (ObjectNode) output.get("error_mitigation");
        ((ObjectNode) mitigation.get("debiasing")).put("aggregation_method", "voting");
        mitigation.putObject("symmetry_verification").put("num_allowed_states", 2).put("applied", true);
        mitigation.putObject("aggregations")
                .<ObjectNode>set("voting", descriptor(VOTING_ID, "ionq.result.histogram.json.v2"))
                .set("average", descriptor(AVERAGE_ID, "ionq.result.histogram.json.v2"));
        output.putObject("x_calibration").put("epoch", 7);   // CircuitJobOutput allows more properties
        return job;
    }

    /** Serves the job and, by artifact id, the spec's payloads. */
    static HostileServer server(SpecExamples spec, JsonNode job) {
        String id = job.get("id").asText();
        Map<String, String> artifacts = Map.of(
                job.at("/results/ionq.result.probabilities.json.v2/id").asText(),
                spec.schemaExample("IonqResultProbabilitiesJsonV2").toString(),
                NATIVE_ID, spec.schemaExample("IonqNativeV1").toString(),
                VOTING_ID, spec.schemaExample("IonqResultHistogramJsonV2").toString(),
                AVERAGE_ID, spec.schemaExample("IonqResultHistogramJsonV2").toString());
        JsonNode variantResults = job.at("/output/error_mitigation/debiasing/variants/0/results");
        return new HostileServer((request, out) -> {
            String path = request.split(" ")[1];
            if (path.equals("/v0.4/jobs/" + id)) {
                out.respond(200, "application/json", job.toString());
                return;
            }
            String artifact = path.substring(path.lastIndexOf('/') + 1);
            String body = artifacts.get(artifact);
            for (String format : List.of("probabilities", "histogram", "shots")) {
                if (artifact.equals(variantResults.at("/ionq.result." + format + ".json.v2/id").asText())) {
                    body = spec.schemaExample("IonqResult" + Character.toUpperCase(format.charAt(0))
                            + format.substring(1) + "JsonV2").toString();
                }
            }
            if (body == null) {
                out.respond(404, "application/json", "{\"error\":\"Not Found\",\"message\":\"no artifact " + artifact
                        + "\"}");
            } else {
                out.respond(200, "application/json", body);
            }
        });
    }

    static IonQClient client(HostileServer server) {
        return IonQClient.create(IonQConfig.builder().apiKey(TestSupport.KEY).baseUrl(server.baseUrl())
                .maxAttempts(2).retryBackoff(Duration.ofMillis(1), Duration.ofMillis(5))
                .requestTimeout(Duration.ofSeconds(5)).build());
    }

    @Test
    void everyOutputFieldIsTypedAndExtraFieldsAreKept() {
        SpecExamples spec = SpecExamples.load();
        ObjectNode served = singleCircuit(spec);
        try (HostileServer server = server(spec, served)) {
            Job job = client(server).getJob(served.get("id").asText());
            CompilationOutput compilation = job.output().compilation();
            assertThat(compilation.compiledCircuit(CompilationOutput.NATIVE_V1))
                    .contains(new ResultArtifact(NATIVE_ID, "ionq.native.v1", "application/json"));
            ErrorMitigationOutput mitigation = job.output().errorMitigation();
            assertThat(mitigation.debiasing().aggregationMethod()).isEqualTo("voting");
            assertThat(mitigation.symmetryVerification()).isEqualTo(new SymmetryVerification(2.0, true));
            assertThat(mitigation.aggregations().available()).containsOnlyKeys(AggregationMethod.AVERAGE,
                    AggregationMethod.VOTING);
            assertThat(mitigation.aggregations().get(AggregationMethod.DNL)).isEmpty();
            assertThat(job.output().extra()).containsExactly(Map.entry("x_calibration", Map.of("epoch", 7)));
            DebiasingVariant variant = job.debiasingVariants().get(0);
            assertThat(variant.qubitMap()).containsExactly(4, 12, 7);
            assertThat(variant.results().artifacts()).containsOnlyKeys("ionq.result.probabilities.json.v2",
                    "ionq.result.histogram.json.v2", "ionq.result.shots.json.v2");
            assertThat(job.results().raw()).containsOnlyKeys("ionq.result.probabilities.json.v2");
        }
    }

    @Test
    void aJobListingOnlyV2ResultsIsRead() {
        SpecExamples spec = SpecExamples.load();
        ObjectNode served = singleCircuit(spec);
        try (HostileServer server = server(spec, served)) {
            IonQClient client = client(server);
            Job job = client.getJob(served.get("id").asText());
            Probabilities p = client.getProbabilities(job);
            assertThat(p.asBitstringMap()).containsOnly(Map.entry("00", 0.5), Map.entry("11", 0.5));
            assertThat(client.getProbabilityRegisters(job)).containsOnlyKeys("output_all");
            DebiasingVariant variant = job.debiasingVariants().get(0);
            assertThat(client.getHistogram(job, variant).count("11")).isEqualTo(500);
            Shots shots = client.getShots(job, variant);
            // the spec's two shots: bits [1, 0] (qubit 0 set: state 1) and [0, 1] (qubit 1 set: state 2)
            assertThat(shots.toArray()).containsExactly(1, 2);
            assertThat(shots.qubits()).isEqualTo(2);
        }
    }

    @Test
    void theCompiledCircuitAndTheAggregationsAreDownloadedAndTyped() {
        SpecExamples spec = SpecExamples.load();
        ObjectNode served = singleCircuit(spec);
        try (HostileServer server = server(spec, served)) {
            IonQClient client = client(server);
            Job job = client.getJob(served.get("id").asText());
            NativeCircuit circuit = client.getCompiledCircuit(job);
            assertThat(circuit.qubits()).isEqualTo(2);
            assertThat(circuit.circuit()).containsExactly(
                    new NativeGate("ms", null, List.of(0, 1), null, null, List.of(0.0, 0.25), null, null),
                    new NativeGate("gpi2", 0, null, null, 0.75, null, null, null));
            assertThat(circuit.gateCounts()).containsExactly(Map.entry("gpi2", 1L), Map.entry("ms", 1L));
            Histogram voted = client.getAggregation(job, AggregationMethod.VOTING);
            assertThat(voted.count("00")).isEqualTo(500);
            assertThat(voted.total()).isEqualTo(1000);
            Throwable none = catchThrowable(() -> client.getAggregation(job, AggregationMethod.MAJORITY));
            assertThat(none).isInstanceOf(IonQResponseException.class)
                    .hasMessageContaining("the job lists no majority aggregation in output.error_mitigation.aggregations"
                            + " (listed: average, voting)");
            assertThat(server.requests()).contains("GET /v0.4/jobs/" + job.id() + "/artifacts/" + NATIVE_ID + " HTTP/1.1",
                    "GET /v0.4/jobs/" + job.id() + "/artifacts/" + VOTING_ID + " HTTP/1.1");
        }
    }

    @Test
    void aJobNotCompiledYetSaysWhenItsCircuitWillBeListed() {
        SpecExamples spec = SpecExamples.load();
        ObjectNode served = ((ObjectNode) spec.getJobExample("Single Circuit")).put("status", "submitted");
        try (HostileServer server = server(spec, served)) {
            IonQClient client = client(server);
            Job job = client.getJob(served.get("id").asText());
            assertThat(catchThrowable(() -> client.getCompiledCircuit(job))).isInstanceOf(IonQResponseException.class)
                    .hasMessageContaining("the job (status submitted) lists no ionq.native.v1 circuit in"
                            + " output.compilation.compiled_circuits (listed: none)")
                    .hasMessageContaining("await the job (or submit it with dryRun(true))");
        }
    }

    /**
     * The bit order of the v2 formats (docs/client.md, "Bit order"): a bitstring has qubit 0 rightmost, and element
     * {@code i} of a shot's bit array is qubit {@code i}; so v1 and v2 of one result agree state by state. With both
     * listed, the plain readers take v1 and the register readers v2.
     */
    @Test
    void v2BitstringsAndBitArraysReadWithQubitZeroAsTheLeastSignificantBit() {
        String id = "0c000000-0000-4000-8000-000000000003";
        String results = "{\"ionq.result.probabilities.json.v1\":" + descriptor("p1", "ionq.result.probabilities.json.v1")
                + ",\"ionq.result.probabilities.json.v2\":" + descriptor("p2", "ionq.result.probabilities.json.v2")
                + ",\"ionq.result.histogram.json.v2\":" + descriptor("h2", "ionq.result.histogram.json.v2")
                + ",\"ionq.result.shots.json.v2\":" + descriptor("s2", "ionq.result.shots.json.v2") + "}";
        Map<String, String> bodies = Map.of(
                "p1", "{\"1\":0.25,\"6\":0.75}",
                "p2", "{\"probabilities\":{\"registers\":{\"output_all\":{\"001\":0.25,\"110\":0.75},"
                        + "\"c\":{\"1\":0.25,\"0\":0.75}}}}",
                "h2", "{\"histogram\":{\"registers\":{\"output_all\":{\"001\":3,\"110\":1}}}}",
                "s2", "{\"shots\":[{\"registers\":{\"output_all\":[1,0,0],\"c\":[1]}},"
                        + "{\"registers\":{\"output_all\":[0,1,1],\"c\":[0]}}]}");
        try (HostileServer server = new HostileServer((request, out) -> {
            String path = request.split(" ")[1];
            String artifact = path.substring(path.lastIndexOf('/') + 1);
            out.respond(200, "application/json", bodies.getOrDefault(artifact, "{\"id\":\"" + id
                    + "\",\"status\":\"completed\",\"type\":\"ionq.circuit.v1\",\"shots\":4,"
                    + "\"stats\":{\"qubits\":3},\"results\":" + results + "}"));
        })) {
            IonQClient client = client(server);
            Job job = client.getJob(id);
            Probabilities v1 = client.getProbabilities(job);
            Map<String, Probabilities> v2 = client.getProbabilityRegisters(job);
            assertThat(server.requests()).containsExactly("GET /v0.4/jobs/" + id + " HTTP/1.1",
                    "GET /v0.4/jobs/" + id + "/artifacts/p1 HTTP/1.1", "GET /v0.4/jobs/" + id + "/artifacts/p2 HTTP/1.1");
            assertThat(v2).containsOnlyKeys("output_all", "c");
            assertThat(v2.get("output_all").asStateMap()).isEqualTo(v1.asStateMap())
                    .containsOnly(Map.entry(1L, 0.25), Map.entry(6L, 0.75));
            assertThat(v2.get("c").probability(1)).isEqualTo(0.25);
            Histogram counts = client.getHistogram(job);
            assertThat(counts.count(0b001)).isEqualTo(3);            // "001": qubit 0 set
            assertThat(counts.count("110")).isEqualTo(1);
            Map<String, Shots> shots = client.getShotRegisters(job);
            assertThat(shots.get("output_all").toArray()).containsExactly(0b001, 0b110);   // [1,0,0]: qubit 0 set
            assertThat(shots.get("c").toArray()).containsExactly(1, 0);
            assertThat(client.getShots(job).toArray()).containsExactly(1, 6);
        }
    }

    /** A malformed {@code output} leaves the job readable; the client's own bookkeeping cannot be forged. */
    @Test
    void aMalformedOutputIsUnreadableAloneAndBookkeepingIsNotTheServers() {
        String id = "0c000000-0000-4000-8000-000000000004";
        try (HostileServer server = new HostileServer((request, out) -> out.respond(200, "application/json",
                "{\"id\":\"" + id + "\",\"status\":\"completed\",\"name\":\"n\",\"output\":{\"compilation\":"
                        + "{\"compiled_circuits\":{\"ionq.native.v1\":\"not a descriptor\"}}},"
                        + "\"fields_quoting_api_key\":[\"name\"]}"))) {
            IonQClient client = client(server);
            Job job = client.getJob(id);
            assertThat(job.isCompleted()).isTrue();
            assertThat(job.isReadable("output")).isFalse();
            assertThat(job.fieldsQuotingApiKey()).isEmpty();
            assertThat(job.summary()).isEqualTo(id + " [completed]");
            assertThat(catchThrowable(() -> client.getCompiledCircuit(job))).isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("Job " + id + ": the field \"output\" could not be read; the server sent"
                            + " {\"compilation\":{\"compiled_circuits\":{\"ionq.native.v1\":\"not a descriptor\"}}}");
        }
    }
}
