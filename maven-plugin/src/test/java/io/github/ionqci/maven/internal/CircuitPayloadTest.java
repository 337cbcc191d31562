package io.github.ionqci.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CircuitPayloadTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CircuitPayload.Defaults DEFAULTS = new CircuitPayload.Defaults("simulator", 1000, "aria-1", 7);

    @TempDir
    Path dir;

    @Test
    void anInputOnlyFileGetsTheDefaults() throws Exception {
        Path file = write("bell.json", "{\"qubits\": 2, \"circuit\": [{\"gate\": \"h\", \"target\": 0}]}");
        JsonNode job = JSON.readTree(CircuitPayload.read(file, "bell", DEFAULTS));
        assertThat(job.get("type").asText()).isEqualTo("ionq.circuit.v1");
        assertThat(job.get("name").asText()).isEqualTo("bell");
        assertThat(job.get("backend").asText()).isEqualTo("simulator");
        assertThat(job.get("shots").asInt()).isEqualTo(1000);
        assertThat(job.get("noise").get("model").asText()).isEqualTo("aria-1");
        assertThat(job.get("noise").get("seed").asInt()).isEqualTo(7);
        assertThat(job.get("input").get("qubits").asInt()).isEqualTo(2);
        assertThat(job.get("input").get("circuit").get(0).get("gate").asText()).isEqualTo("h");
    }

    @Test
    void theCircuitFileIsRecordedInTheMetadataForMatchesSimulation() throws Exception {
        Path file = write("bell.json", "{\"qubits\": 2, \"circuit\": [{\"gate\": \"h\", \"target\": 0}]}");
        Path own = write("own.json", "{\"input\": {\"qubits\": 1, \"circuit\": []}, \"metadata\": {\"ionq-ci.circuit\": \"x.json\", \"team\": \"q\"}}");
        JsonNode job = JSON.readTree(CircuitPayload.read(file, "bell", DEFAULTS, "src/test/resources/ionq/circuits/bell.json"));
        JsonNode kept = JSON.readTree(CircuitPayload.read(own, "own", DEFAULTS, "src/own.json"));
        assertThat(job.at("/metadata/ionq-ci.circuit").asText()).isEqualTo("src/test/resources/ionq/circuits/bell.json");
        assertThat(kept.at("/metadata/ionq-ci.circuit").asText()).isEqualTo("x.json");   // the file's own value wins
        assertThat(kept.at("/metadata/team").asText()).isEqualTo("q");
        assertThat(JSON.readTree(CircuitPayload.read(file, "bell", DEFAULTS)).has("metadata")).isFalse();
    }

    @Test
    void aMultiCircuitInputGetsTheMultiCircuitType() throws Exception {
        Path file = write("pair.json", "{\"qubits\": 1, \"circuits\": [{\"circuit\": []}, {\"circuit\": []}]}");
        JsonNode job = JSON.readTree(CircuitPayload.read(file, "pair",
                new CircuitPayload.Defaults("qpu.forte-1", null, null, null)));
        assertThat(job.get("type").asText()).isEqualTo("ionq.multi-circuit.v1");
        assertThat(job.get("backend").asText()).isEqualTo("qpu.forte-1");
        assertThat(job.has("shots")).isFalse();
        assertThat(job.has("noise")).isFalse();
    }

    @Test
    void aFullJobBodyIsKeptAndOnlyCompleted() throws Exception {
        Path file = write("ghz.json", "{\"backend\": \"qpu.aria-1\", \"shots\": 50, \"metadata\": {\"k\": \"v\"},"
                + " \"input\": {\"qubits\": 3, \"circuit\": []}}");
        JsonNode job = JSON.readTree(CircuitPayload.read(file, "ghz", DEFAULTS));
        assertThat(job.get("backend").asText()).isEqualTo("qpu.aria-1");
        assertThat(job.get("shots").asInt()).isEqualTo(50);
        assertThat(job.has("noise")).isFalse();
        assertThat(job.get("metadata").get("k").asText()).isEqualTo("v");
        assertThat(job.get("type").asText()).isEqualTo("ionq.circuit.v1");
        assertThat(job.get("name").asText()).isEqualTo("ghz");
    }

    @Test
    void filesThatAreNotCircuitsAreRejectedWithTheExpectedShape() throws Exception {
        assertThatThrownBy(() -> CircuitPayload.read(write("a.json", "[1, 2]"), "a", DEFAULTS))
                .isInstanceOf(ConfigurationProblem.class).hasMessageContaining("must hold a JSON object");
        assertThatThrownBy(() -> CircuitPayload.read(write("b.json", "{\"qubits\": 2}"), "b", DEFAULTS))
                .hasMessageContaining("has neither \"input\"");
        assertThatThrownBy(() -> CircuitPayload.read(write("c.json", "{\"qubits\": "), "c", DEFAULTS))
                .hasMessageContaining("is not valid JSON (line 1)");
    }

    @Test
    void baseNameDropsTheExtension() {
        assertThat(CircuitPayload.baseName(Path.of("x/bell.json"))).isEqualTo("bell");
        assertThat(CircuitPayload.baseName(Path.of("x/ghz.v2.json"))).isEqualTo("ghz.v2");
        assertThat(CircuitPayload.baseName(Path.of("x/.hidden"))).isEqualTo(".hidden");
    }

    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }
}
