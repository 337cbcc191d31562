package io.github.ionqci.junit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/** Circuit files, whole payloads or inputs only, are found on the classpath and become {@code POST /jobs} bodies. */
class CircuitResourcesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode payload(String resource, int shots, String backend, String noise) throws Exception {
        return JSON.readTree(CircuitResources.job(new JobSource.Circuit(resource, shots, backend, noise,
                JobSource.Circuit.NO_SEED), CircuitResourcesTest.class, "test").toJson());
    }

    @Test
    void aWholePayloadIsKeptAndTheAnnotationOverridesIt() throws Exception {
        JsonNode kept = payload("circuits/bell.json", 0, "", "");
        JsonNode overridden = payload("circuits/bell.json", 2000, "qpu.forte-1", "aria-1");

        assertThat(kept.get("shots").asInt()).isEqualTo(1000);
        assertThat(kept.get("name").asText()).isEqualTo("Bell pair");
        assertThat(kept.at("/noise/model").asText()).isEqualTo("ideal");
        assertThat(overridden.get("shots").asInt()).isEqualTo(2000);
        assertThat(overridden.get("backend").asText()).isEqualTo("qpu.forte-1");
        assertThat(overridden.at("/noise/model").asText()).isEqualTo("aria-1");
        assertThat(overridden.at("/noise/seed").asInt()).isEqualTo(7);
        assertThat(overridden.at("/input/circuit").size()).isEqualTo(2);
        assertThat(kept.at("/metadata/ionq-ci.circuit").asText()).isEqualTo("circuits/bell.json");   // for matchesSimulation()
    }

    @Test
    void anInputOnlyFileIsWrappedForTheSimulator() throws Exception {
        JsonNode payload = payload("/circuits/ghz3-input.json", 500, "", "forte-1");

        assertThat(payload.get("type").asText()).isEqualTo("ionq.circuit.v1");
        assertThat(payload.get("backend").asText()).isEqualTo("simulator");
        assertThat(payload.get("shots").asInt()).isEqualTo(500);
        assertThat(payload.at("/noise/model").asText()).isEqualTo("forte-1");
        assertThat(payload.at("/input/qubits").asInt()).isEqualTo(3);
    }

    @Test
    void aNoiseSeedPinsTheNoise() throws Exception {
        JsonNode seeded = JSON.readTree(CircuitResources.job(new JobSource.Circuit("/circuits/ghz3-input.json", 500,
                "", "aria-1", 42), CircuitResourcesTest.class, "test").toJson());
        JsonNode fileSeed = JSON.readTree(CircuitResources.job(new JobSource.Circuit("circuits/bell.json", 0,
                "", "", 3), CircuitResourcesTest.class, "test").toJson());

        assertThat(seeded.at("/noise/model").asText()).isEqualTo("aria-1");
        assertThat(seeded.at("/noise/seed").asLong()).isEqualTo(42);
        assertThat(fileSeed.at("/noise/seed").asLong()).isEqualTo(3);   // replaces the file's 7
        assertThat(fileSeed.at("/noise/model").asText()).isEqualTo("ideal");
        assertThat(seeded.at("/metadata/ionq-ci.circuit").asText()).isEqualTo("circuits/ghz3-input.json");
    }

    @Test
    void theSameCircuitGivesTheSamePayload() {
        JobSource.Circuit circuit = new JobSource.Circuit("circuits/bell.json", 100, "", "", JobSource.Circuit.NO_SEED);

        assertThat(CircuitResources.job(circuit, CircuitResourcesTest.class, "a").toJson())
                .isEqualTo(CircuitResources.job(circuit, String.class, "b").toJson());
    }

    @Test
    void aMissingFileSaysWhereItLooked() {
        assertThatThrownBy(() -> payload("circuits/nope.json", 0, "", ""))
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessageContaining("The circuit file \"circuits/nope.json\" (test) was not found. Looked for the"
                        + " classpath resource /circuits/nope.json, the classpath resource"
                        + " /io/github/ionqci/junit/internal/circuits/nope.json and the file")
                .hasMessageEndingWith("Put it in src/test/resources/circuits/nope.json.");
    }

    @Test
    void aFileThatIsNotACircuitIsRefused() {
        assertThatThrownBy(() -> payload("circuits/not-json.txt", 0, "", ""))
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessageContaining("The circuit file circuits/not-json.txt is not valid JSON")
                .hasMessageEndingWith("(test)");
        assertThatThrownBy(() -> payload("circuits/not-a-circuit.json", 0, "", ""))
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessageContaining("has neither \"input\" (a v0.4 job body) nor \"circuit\"/\"circuits\"");
    }
}
