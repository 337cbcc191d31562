package io.github.ionqci.client.circuit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ionqci.client.IonQConfigurationException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CircuitJobTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String INPUT = "{\"qubits\": 2, \"circuit\": [{\"gate\": \"h\", \"target\": 0}]}";
    private static final String FULL = "{\"name\": \"pair\", \"backend\": \"qpu.aria-1\", \"shots\": 300,"
            + " \"noise\": {\"model\": \"aria-1\", \"seed\": 7}, \"metadata\": {\"k\": \"v\"}, \"input\": " + INPUT + "}";

    @Test
    void anInputAloneGetsTheDefaultsAndIsNamedAfterTheFile(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("bell.json"), INPUT);
        JsonNode job = JSON.readTree(CircuitJob.read(file).toJson());
        assertThat(job.get("type").asText()).isEqualTo("ionq.circuit.v1");
        assertThat(job.get("name").asText()).isEqualTo("bell");
        assertThat(job.get("backend").asText()).isEqualTo("simulator");
        assertThat(job.has("shots")).as("IonQ's default applies").isFalse();
        assertThat(job.has("noise")).isFalse();
        assertThat(job.get("input")).isEqualTo(JSON.readTree(INPUT));
    }

    @Test
    void theFilesValuesAreKeptWhenNothingIsGiven() throws Exception {
        JsonNode job = JSON.readTree(CircuitJob.parse(FULL, "circuits/x.json").toJson());
        assertThat(job.get("name").asText()).isEqualTo("pair");
        assertThat(job.get("backend").asText()).isEqualTo("qpu.aria-1");
        assertThat(job.get("shots").asInt()).isEqualTo(300);
        assertThat(job.get("noise")).isEqualTo(JSON.readTree("{\"model\": \"aria-1\", \"seed\": 7}"));
        assertThat(job.get("metadata").get("k").asText()).isEqualTo("v");
    }

    @Test
    void givenValuesReplaceTheFiles() throws Exception {
        CircuitJob circuit = CircuitJob.parse(FULL, "circuits/x.json").shots(2000).backend("simulator").noise("forte-1");
        JsonNode job = JSON.readTree(circuit.toJson());
        assertThat(circuit.backend()).isEqualTo("simulator");
        assertThat(job.get("shots").asInt()).isEqualTo(2000);
        assertThat(job.get("backend").asText()).isEqualTo("simulator");
        assertThat(job.get("noise")).as("the model is replaced, the seed kept")
                .isEqualTo(JSON.readTree("{\"model\": \"forte-1\", \"seed\": 7}"));
        JsonNode seeded = JSON.readTree(CircuitJob.parse(INPUT, "a/ghz.json").noise("aria-1").noiseSeed(3).toJson());
        assertThat(seeded.get("noise")).isEqualTo(JSON.readTree("{\"model\": \"aria-1\", \"seed\": 3}"));
        assertThat(seeded.get("name").asText()).isEqualTo("ghz");
    }

    @Test
    void unsetValuesMeanKeep() throws Exception {
        String kept = CircuitJob.parse(FULL, "x.json").shots(0).shots(null).backend(" ").noise("").toJson();
        assertThat(kept).isEqualTo(CircuitJob.parse(FULL, "x.json").toJson());
    }

    @Test
    void theCircuitFileIsRecordedInTheMetadataForMatchesSimulation() throws Exception {
        JsonNode input = JSON.readTree(CircuitJob.parse(INPUT, "bell.json").recordedAs("ionq/circuits/bell.json").toJson());
        JsonNode full = JSON.readTree(CircuitJob.parse(FULL, "x.json").recordedAs("src/x.json").toJson());
        String own = "{\"metadata\": {\"ionq-ci.circuit\": \"y.json\"}, \"input\": " + INPUT + "}";
        JsonNode kept = JSON.readTree(CircuitJob.parse(own, "x.json").recordedAs("src/x.json").toJson());
        assertThat(input.at("/metadata/" + CircuitJob.CIRCUIT_METADATA).asText()).isEqualTo("ionq/circuits/bell.json");
        assertThat(full.at("/metadata/" + CircuitJob.CIRCUIT_METADATA).asText()).isEqualTo("src/x.json");
        assertThat(full.at("/metadata/k").asText()).as("the file's metadata is kept").isEqualTo("v");
        assertThat(kept.at("/metadata/" + CircuitJob.CIRCUIT_METADATA).asText()).as("the file's own value wins").isEqualTo("y.json");
        assertThat(JSON.readTree(CircuitJob.parse(INPUT, "bell.json").recordedAs(" ").toJson()).has("metadata")).isFalse();
    }

    @Test
    void aMultiCircuitInputGetsItsType() throws Exception {
        JsonNode job = JSON.readTree(CircuitJob.parse("{\"qubits\": 1, \"circuits\": [{\"circuit\": []}]}", "m.json").toJson());
        assertThat(job.get("type").asText()).isEqualTo("ionq.multi-circuit.v1");
    }

    @Test
    void whatIsNotACircuitSaysWhatToWrite() {
        assertThatThrownBy(() -> CircuitJob.parse("[1]", "c.json")).isInstanceOf(IonQConfigurationException.class)
                .hasMessageContaining("must hold a JSON object");
        assertThatThrownBy(() -> CircuitJob.parse("{\"qubits\": 2}", "c.json"))
                .hasMessageContaining("has neither \"input\"");
        assertThatThrownBy(() -> CircuitJob.parse("{\"input\": 3}", "c.json"))
                .hasMessageContaining("\"input\" that is not an object");
        assertThatThrownBy(() -> CircuitJob.parse("{\"qubits\": ", "c.json"))
                .hasMessageContaining("is not valid JSON (line 1)");
    }
}
