package io.github.ionqci.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every circuit job reports its circuit compiled to native gates in {@code output.compilation.compiled_circuits}, as
 * an {@code ionq.native.v1} artifact downloaded over real HTTP; submitted back as a native job it gives the same
 * exact distribution, and {@code stats.gate_counts} counts its gates.
 */
class CompiledCircuitTest extends EmulatorTestBase {

    /** h, cnot, swap, rz, a Toffoli, xx, a controlled rz, t and a pauliexp on four qubits. */
    static final String CIRCUIT = "{\"qubits\":4,\"circuit\":[{\"gate\":\"h\",\"target\":0},"
            + "{\"gate\":\"cnot\",\"control\":0,\"target\":1},{\"gate\":\"swap\",\"targets\":[1,2]},"
            + "{\"gate\":\"rz\",\"target\":2,\"rotation\":0.7},{\"gate\":\"ry\",\"target\":3,\"rotation\":1.1},"
            + "{\"gate\":\"x\",\"controls\":[0,2],\"target\":3},{\"gate\":\"xx\",\"targets\":[0,3],\"rotation\":0.4},"
            + "{\"gate\":\"rz\",\"controls\":[1],\"targets\":[0],\"rotation\":2.0},{\"gate\":\"t\",\"target\":1},"
            + "{\"gate\":\"pauliexp\",\"targets\":[1,2,3],\"terms\":[\"XZY\"],\"coefficients\":[0.6],\"time\":0.5},"
            + "{\"gate\":\"h\",\"target\":2}]}";

    private static final Optional<SeptemberSpec> SPEC = SeptemberSpec.find();

    @BeforeEach
    void reset() {
        emulator.control().reset();
        emulator.jobs().clear();
    }

    private static String job(String backend, String input, String extra) {
        return "{\"type\":\"ionq.circuit.v1\",\"backend\":\"" + backend + "\",\"shots\":100" + extra + ",\"input\":"
                + input + "}";
    }

    /** Downloads the job's compiled circuit and checks it against IonQ's schema and the emulator's format schema. */
    static JsonNode compiledCircuit(JsonNode job) throws IOException {
        JsonNode descriptor = job.path("output").path("compilation").path("compiled_circuits").path("ionq.native.v1");
        assertThat(descriptor.isObject()).as("compiled_circuits of %s", job).isTrue();
        assertThat(descriptor.get("format").asText()).isEqualTo("ionq.native.v1");
        assertThat(descriptor.get("media_type").asText()).isEqualTo("application/json");
        JsonNode artifact = http.json("/v0.4/jobs/" + job.get("id").asText() + "/artifacts/"
                + descriptor.get("id").asText());
        SPEC.ifPresent(spec -> assertThat(spec.validatePayload("ionq.native.v1", artifact)).isEmpty());
        ObjectNode formatSchema = (ObjectNode) http.json("/v0.4/schemas/formats/ionq.native.v1");
        formatSchema.remove("$id");   // the bare format name, which networknt refuses as a base URI
        assertThat(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(formatSchema)
                .validate(artifact)).isEmpty();
        return artifact;
    }

    private static Map<String, Integer> countGates(JsonNode artifact) {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        for (JsonNode gate : artifact.get("circuit")) {
            counts.merge(gate.get("gate").asText(), 1, Integer::sum);
        }
        return counts;
    }

    private static void assertSameDistribution(JsonNode expected, JsonNode actual) {
        TreeSet<String> states = new TreeSet<>();
        expected.fieldNames().forEachRemaining(states::add);
        actual.fieldNames().forEachRemaining(states::add);
        for (String state : states) {
            assertThat(actual.path(state).asDouble(0)).as("P(%s)", state)
                    .isCloseTo(expected.path(state).asDouble(0), within(1e-9));
        }
    }

    /** Submits the artifact back as a native job on the ideal simulator and returns its exact probabilities. */
    private static JsonNode runNative(JsonNode artifact) throws IOException {
        ObjectNode input = artifact.deepCopy();
        input.put("gateset", "native");
        JsonNode job = SubmitJobTest.awaitFinal(SubmitJobTest.submit(job("simulator", input.toString(), "")));
        assertThat(job.get("status").asText()).isEqualTo("completed");
        JsonNode reported = compiledCircuit(job);
        assertThat(countGates(reported)).as("a native job reports its own circuit").isEqualTo(countGates(artifact));
        return http.result(job, "probabilities");
    }

    @Test
    void theCompiledCircuitIsServedAndRunsToTheSameExactDistribution() throws IOException {
        JsonNode job = SubmitJobTest.awaitFinal(SubmitJobTest.submit(job("simulator", CIRCUIT, "")));
        assertThat(job.get("status").asText()).isEqualTo("completed");
        JsonNode expected = http.result(job, "probabilities");
        JsonNode aria = compiledCircuit(job);
        assertThat(aria.get("qubits").asInt()).isEqualTo(4);
        Map<String, Integer> gates = countGates(aria);
        assertThat(gates.keySet()).containsExactlyInAnyOrder("gpi", "gpi2", "ms");
        JsonNode counts = job.get("stats").get("gate_counts");
        assertThat(counts.get("1q").asInt()).isEqualTo(gates.get("gpi") + gates.get("gpi2"));
        assertThat(counts.get("2q").asInt()).isEqualTo(gates.get("ms"));
        assertSameDistribution(expected, runNative(aria));

        // Forte compiles to ZZ; a dry run reports its compiled circuit too
        JsonNode dry = SubmitJobTest.awaitFinal(SubmitJobTest.submit(job("qpu.forte-1", CIRCUIT, ",\"dry_run\":true")));
        assertThat(dry.get("results").isNull()).isTrue();
        JsonNode forte = compiledCircuit(dry);
        assertThat(countGates(forte).keySet()).doesNotContain("ms").contains("zz");
        assertThat(dry.get("stats").get("gate_counts").get("2q").asInt()).isEqualTo(countGates(forte).get("zz"));
        assertSameDistribution(expected, runNative(forte));
    }

    @Test
    void eachChildOfAMultiCircuitJobReportsItsOwn() throws IOException {
        String multi = "{\"type\":\"ionq.multi-circuit.v1\",\"backend\":\"qpu.aria-1\",\"shots\":100,\"input\":{"
                + "\"qubits\":2,\"circuits\":[{\"circuit\":[{\"gate\":\"h\",\"target\":0},{\"gate\":\"cnot\","
                + "\"control\":0,\"target\":1}]},{\"circuit\":[{\"gate\":\"swap\",\"targets\":[0,1]}]}]}}";
        JsonNode parent = SubmitJobTest.awaitFinal(SubmitJobTest.submit(multi));
        assertThat(parent.get("output").get("compilation").has("compiled_circuits"))
                .as("ionq.native.v1 holds one circuit: the children carry theirs").isFalse();
        int twoQubit = 0;
        Iterator<JsonNode> children = parent.get("child_job_ids").elements();
        for (int expected : new int[] {1, 3}) {
            JsonNode child = SubmitJobTest.get(children.next().asText());
            JsonNode compiled = compiledCircuit(child);
            assertThat(countGates(compiled).get("ms")).isEqualTo(expected);
            assertThat(child.get("stats").get("gate_counts").get("2q").asInt()).isEqualTo(expected);
            twoQubit += expected;
        }
        assertThat(parent.get("stats").get("gate_counts").get("2q").asInt()).isEqualTo(twoQubit);
    }

    @Test
    void aJobThatFailsValidationHasNoCompiledCircuit() throws IOException {
        JsonNode failed = SubmitJobTest.awaitFinal(SubmitJobTest.submit(job("simulator",
                "{\"qubits\":1,\"circuit\":[{\"gate\":\"h\",\"target\":3}]}", "")));
        assertThat(failed.get("status").asText()).isEqualTo("failed");
        assertThat(failed.get("output").get("compilation").has("compiled_circuits")).isFalse();
        assertThat(http.get("/v0.4/jobs/" + failed.get("id").asText() + "/artifacts/nope").statusCode()).isEqualTo(404);
    }

    /** 1,200 gates with seven controls compile to about 1,060,000 native gates, beyond the bound. */
    @Test
    void aJobBeyondTheCompiledGateBoundCountsItsGatesAsSubmitted() throws IOException {
        String gate = "{\"gate\":\"x\",\"controls\":[1,2,3,4,5,6,7],\"target\":0}";
        String input = "{\"qubits\":8,\"circuit\":[" + String.join(",", java.util.Collections.nCopies(1_200, gate)) + "]}";
        JsonNode job = SubmitJobTest.awaitFinal(SubmitJobTest.submit(job("simulator", input, ",\"dry_run\":true")));
        assertThat(job.get("status").asText()).isEqualTo("completed");
        assertThat(job.get("output").get("compilation").has("compiled_circuits")).isFalse();
        assertThat(job.get("stats").get("gate_counts").get("2q").asInt()).isEqualTo(1_200);
        assertThat(job.get("stats").get("gate_counts").get("1q").asInt()).isZero();
    }

    /** 200 rz gates: per submitted gate they draw 200 one-qubit channels; per native gate none (rz is virtual). */
    @Test
    void noisePerNativeGateLeavesRzFree() throws IOException {
        StringBuilder rz = new StringBuilder("{\"qubits\":1,\"circuit\":[");
        for (int i = 0; i < 200; i++) {
            rz.append(i == 0 ? "" : ",").append("{\"gate\":\"rz\",\"target\":0,\"rotation\":0.1}");
        }
        String payload = job("simulator", rz + "]}", ",\"noise\":{\"model\":\"harmony\",\"seed\":5}")
                .replace("\"shots\":100", "\"shots\":2000");
        JsonNode submitted = http.result(SubmitJobTest.awaitFinal(SubmitJobTest.submit(payload)), "histogram");
        // each channel flips the qubit with probability r1/2 = 0.325 %: about 0.48 of shots end in |1⟩ after 200
        assertThat(submitted.path("1").asInt()).isGreaterThan(500);
        try (IonQEmulator nativeNoise = IonQEmulator.builder().noisePer(NoiseAccounting.NATIVE).start()) {
            Http client = new Http(nativeNoise);
            String id = Http.parse(client.send("POST", "/v0.4/jobs", payload, nativeNoise.apiKey()).body())
                    .get("id").asText();
            Poll.until(() -> {
                try {
                    return client.json("/v0.4/jobs/" + id).get("status").asText().equals("completed");
                } catch (IOException e) {
                    return false;
                }
            }, java.time.Duration.ofSeconds(20), "the native-noise job");
            JsonNode histogram = client.result(client.json("/v0.4/jobs/" + id), "histogram");
            assertThat(histogram.toString()).isEqualTo("{\"0\":2000}");
        }
    }
}
