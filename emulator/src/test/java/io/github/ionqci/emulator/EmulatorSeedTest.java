package io.github.ionqci.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Seeds a real emulator and reads the jobs back over HTTP. */
class EmulatorSeedTest {

    private static final String FIXED = "0b6a4e1e-6a4f-4f0e-9a8e-8f8f7f6c1d2b";

    @TempDir
    Path dir;

    @Test
    void seededJobsEndInTheirStatesWithTheirResults() throws Exception {
        Path file = write("{\n"
                + " \"bell\": {\"qubits\": 2, \"shots\": 1000, \"probabilities\": {\"0\": 0.5, \"3\": 0.5}},\n"
                + " \"too-wide\": {\"status\": \"failed\", \"backend\": \"qpu.aria-1\", \"code\": \"NotEnoughQubits\","
                + " \"message\": \"needs 40 qubits\"},\n"
                + " \"dropped\": {\"status\": \"canceled\"},\n"
                + " \"slow\": {\"id\": \"" + FIXED + "\", \"queued\": \"1m\", \"running\": \"1.5h\", \"predicted_wait\": \"30m\"}\n"
                + "}");
        List<EmulatorSeed.Entry> entries = EmulatorSeed.read(file);
        assertThat(entries).extracting(EmulatorSeed.Entry::name).containsExactly("bell", "too-wide", "dropped", "slow");

        try (IonQEmulator emulator = IonQEmulator.start()) {
            Map<String, String> ids = EmulatorSeed.seed(emulator, file);
            assertThat(ids).containsOnlyKeys("bell", "too-wide", "dropped", "slow").containsEntry("slow", FIXED);
            Http http = new Http(emulator);

            JsonNode bell = http.json("/v0.4/jobs/" + ids.get("bell"));
            assertThat(bell.get("status").asText()).isEqualTo("completed");
            assertThat(bell.get("name").asText()).isEqualTo("bell");
            JsonNode probabilities = http.json("/v0.4/jobs/" + ids.get("bell") + "/results/probabilities");
            assertThat(probabilities.get("0").asDouble()).isEqualTo(0.5);
            assertThat(probabilities.get("3").asDouble()).isEqualTo(0.5);

            JsonNode wide = http.json("/v0.4/jobs/" + ids.get("too-wide"));
            assertThat(wide.get("status").asText()).isEqualTo("failed");
            assertThat(wide.get("backend").asText()).isEqualTo("qpu.aria-1");
            assertThat(wide.at("/failure/code").asText()).isEqualTo("NotEnoughQubits");
            assertThat(wide.at("/failure/message").asText()).isEqualTo("needs 40 qubits");

            assertThat(http.json("/v0.4/jobs/" + ids.get("dropped")).get("status").asText()).isEqualTo("canceled");

            JsonNode slow = http.json("/v0.4/jobs/" + FIXED);
            assertThat(slow.get("status").asText()).isIn("submitted", "ready");
            assertThat(slow.has("predicted_wait_time_ms")).isTrue();
        }
    }

    @Test
    void mistakesNameTheJobTheFieldAndWhatIsExpected() throws Exception {
        assertThatThrownBy(() -> EmulatorSeed.read(write("{\"bell\": {\"statsu\": \"failed\"}}")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("job \"bell\" has the unknown field \"statsu\"")
                .hasMessageContaining("known fields: backend, code, id");
        assertThatThrownBy(() -> EmulatorSeed.read(write("{\"bell\": {\"running\": \"soon\"}}")))
                .hasMessageContaining("\"running\" = \"soon\" is not a duration");
        assertThatThrownBy(() -> EmulatorSeed.read(write("{\"bell\": {\"probabilities\": {\"00\": \"half\"}}}")))
                .hasMessageContaining("probabilities entry \"00\"");
        assertThatThrownBy(() -> EmulatorSeed.read(write("{\"bell\": {\"id\": \"bell/1\"}}")))
                .hasMessageContaining("job \"bell\": \"id\" \"bell/1\" is not valid");
        assertThatThrownBy(() -> EmulatorSeed.read(write("{\"bell\": {\"qubits\": 2.5}}")))
                .hasMessageContaining("\"qubits\" must be a whole number");
        assertThatThrownBy(() -> EmulatorSeed.read(write("[\"bell\"]")))
                .hasMessageContaining("must hold a JSON object");
        assertThatThrownBy(() -> EmulatorSeed.read(dir.resolve("missing.json")))
                .hasMessageContaining("does not exist");
    }

    private Path write(String json) throws Exception {
        Path file = dir.resolve("seed-" + System.nanoTime() + ".json");
        Files.writeString(file, json);
        return file;
    }
}
