package io.github.ionqci.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ionqci.client.job.AggregationMethod;
import io.github.ionqci.client.job.CompilationOutput;
import io.github.ionqci.client.job.DebiasingVariant;
import io.github.ionqci.client.job.ErrorMitigationOutput;
import io.github.ionqci.client.job.Job;
import io.github.ionqci.client.job.NativeGate;
import io.github.ionqci.client.job.ResultArtifact;
import io.github.ionqci.client.job.SymmetryVerification;
import io.github.ionqci.client.result.Probabilities;
import io.github.ionqci.client.result.Shots;
import io.github.ionqci.client.spec.SpecExamples;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * IonQ's own "Single Circuit" example job, read from its OpenAPI document at test time and served over real HTTP
 * by a small loopback server ({@link HostileServer}, behaving here), for what the emulator does not produce: a job
 * listing v2 results only (the emulator lists v1 beside v2), output values it never sends
 * ({@code aggregation_method} voting, symmetry verification applied, fields the spec allows beyond its own) and
 * IonQ's example payloads ({@code IonqNativeV1}, the v2 probabilities, histogram and shots). The document has no
 * example of {@code compiled_circuits}, {@code aggregations} or {@code symmetry_verification} in a job: those are
 * added as their schemas define them. What the emulator does produce is read in {@link TypedOutputTest}.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SpecExampleJobTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NATIVE_ID = "0b000000-0000-4000-8000-00000000aaaa";
    private static final String VOTING_ID = "0b000000-0000-4000-8000-00000000bbbb";

    private static ObjectNode descriptor(String id, String format) {
        return JSON.createObjectNode().put("id", id).put("format", format).put("media_type", "application/json");
    }

    /** The spec's "Single Circuit" example with the output fields its schemas define but its examples leave out. */
    private static ObjectNode singleCircuit(SpecExamples spec) {
        ObjectNode job = (ObjectNode) spec.getJobExample("Single Circuit");
        ObjectNode output = (ObjectNode) job.get("output");
        ((ObjectNode) output.get("compilation")).putObject("compiled_circuits")
                .set("ionq.native.v1", descriptor(NATIVE_ID, "ionq.native.v1"));
        ObjectNode mitigation = (ObjectNode) output.get("error_mitigation");
        ((ObjectNode) mitigation.get("debiasing")).put("aggregation_method", "voting");
        mitigation.putObject("symmetry_verification").put("num_allowed_states", 2).put("applied", true);
        mitigation.putObject("aggregations").set("voting", descriptor(VOTING_ID, "ionq.result.histogram.json.v2"));
        output.putObject("x_calibration").put("epoch", 7);   // CircuitJobOutput allows more properties
        return job;
    }

    /** Serves the job and, by artifact id, the spec's payloads. */
    private static HostileServer server(SpecExamples spec, JsonNode job) {
        String id = job.get("id").asText();
        Map<String, String> artifacts = new java.util.HashMap<>(Map.of(
                job.at("/results/ionq.result.probabilities.json.v2/id").asText(),
                spec.schemaExample("IonqResultProbabilitiesJsonV2").toString(),
                NATIVE_ID, spec.schemaExample("IonqNativeV1").toString()));
        JsonNode variantResults = job.at("/output/error_mitigation/debiasing/variants/0/results");
        for (String format : List.of("Probabilities", "Histogram", "Shots")) {
            artifacts.put(variantResults.at("/ionq.result." + format.toLowerCase() + ".json.v2/id").asText(),
                    spec.schemaExample("IonqResult" + format + "JsonV2").toString());
        }
        return new HostileServer((request, out) -> {
            String path = request.split(" ")[1];
            String body = path.equals("/v0.4/jobs/" + id) ? job.toString()
                    : artifacts.get(path.substring(path.lastIndexOf('/') + 1));
            if (body == null) {
                out.respond(404, "application/json", "{\"error\":\"Not Found\",\"message\":\"no " + path + "\"}");
            } else {
                out.respond(200, "application/json", body);
            }
        });
    }

    private static IonQClient client(HostileServer server) {
        return IonQClient.create(IonQConfig.builder().apiKey(TestSupport.KEY).baseUrl(server.baseUrl())
                .maxAttempts(2).retryBackoff(Duration.ofMillis(1), Duration.ofMillis(5))
                .requestTimeout(Duration.ofSeconds(5)).build());
    }

    /** Fetches the example job over loopback HTTP and hands it, with the client, to the checks. */
    private static void withExampleJob(BiConsumer<IonQClient, Job> checks) {
        SpecExamples spec = SpecExamples.load();
        ObjectNode served = singleCircuit(spec);
        try (HostileServer server = server(spec, served)) {
            IonQClient client = client(server);
            checks.accept(client, client.getJob(served.get("id").asText()));
        }
    }

    @Test
    void everyOutputFieldIsTypedAndExtraFieldsAreKept() {
        withExampleJob((client, job) -> {
            CompilationOutput compilation = job.output().compilation();
            assertThat(compilation.compiledCircuit(CompilationOutput.NATIVE_V1))
                    .contains(new ResultArtifact(NATIVE_ID, "ionq.native.v1", "application/json"));
            assertThat(client.getCompiledCircuit(job).circuit()).containsExactly(
                    new NativeGate("ms", null, List.of(0, 1), null, null, List.of(0.0, 0.25), null, null),
                    new NativeGate("gpi2", 0, null, null, 0.75, null, null, null));
            ErrorMitigationOutput mitigation = job.output().errorMitigation();
            assertThat(mitigation.debiasing().aggregationMethod()).isEqualTo("voting");
            assertThat(mitigation.symmetryVerification()).isEqualTo(new SymmetryVerification(2.0, true));
            assertThat(mitigation.aggregations().available()).containsOnlyKeys(AggregationMethod.VOTING);
            assertThat(job.output().extra()).containsExactly(Map.entry("x_calibration", Map.of("epoch", 7)));
            DebiasingVariant variant = job.debiasingVariants().get(0);
            assertThat(variant.qubitMap()).containsExactly(4, 12, 7);
            assertThat(variant.results().artifacts()).containsOnlyKeys("ionq.result.probabilities.json.v2",
                    "ionq.result.histogram.json.v2", "ionq.result.shots.json.v2");
            assertThat(job.results().raw()).containsOnlyKeys("ionq.result.probabilities.json.v2");
        });
    }

    @Test
    void aJobListingOnlyV2ResultsIsRead() {
        withExampleJob((client, job) -> {
            Probabilities p = client.getProbabilities(job);
            assertThat(p.asBitstringMap()).containsOnly(Map.entry("00", 0.5), Map.entry("11", 0.5));
            assertThat(client.getProbabilityRegisters(job)).containsOnlyKeys("output_all");
            DebiasingVariant variant = job.debiasingVariants().get(0);
            assertThat(client.getHistogram(job, variant).count("11")).isEqualTo(500);
            Shots shots = client.getShots(job, variant);
            // the spec's two shots: bits [1, 0] (qubit 0 set: state 1) and [0, 1] (qubit 1 set: state 2)
            assertThat(shots.toArray()).containsExactly(1, 2);
            assertThat(shots.qubits()).isEqualTo(2);
        });
    }
}
