package io.github.ionqci.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ionqci.client.IonQClient;
import io.github.ionqci.client.job.FailureCode;
import io.github.ionqci.client.job.Job;
import io.github.ionqci.client.job.JobStatus;
import io.github.ionqci.emulator.IonQEmulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Seeds a real emulator and reads the jobs back over HTTP with the real client. */
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
                + " \"slow\": {\"id\": \"" + FIXED + "\", \"queued\": \"1m\", \"running\": \"1h\", \"predicted_wait\": \"30m\"}\n"
                + "}");
        List<EmulatorSeed.Entry> entries = EmulatorSeed.read(file);
        assertThat(entries).extracting(EmulatorSeed.Entry::name).containsExactly("bell", "too-wide", "dropped", "slow");

        try (IonQEmulator emulator = IonQEmulator.start()) {
            IonQClient client = IonQClient.builder().baseUrl(emulator.baseUrl()).apiKey(emulator.apiKey()).build();
            List<String> ids = entries.stream().map(e -> emulator.jobs().add(e.job())).toList();

            Job bell = client.getJob(ids.get(0));
            assertThat(bell.status()).isEqualTo(JobStatus.COMPLETED);
            assertThat(bell.name()).isEqualTo("bell");
            assertThat(client.getProbabilities(bell).asStateMap()).containsEntry(0L, 0.5).containsEntry(3L, 0.5);

            Job wide = client.getJob(ids.get(1));
            assertThat(wide.status()).isEqualTo(JobStatus.FAILED);
            assertThat(wide.backend()).isEqualTo("qpu.aria-1");
            assertThat(wide.failure().code()).isEqualTo(FailureCode.NOT_ENOUGH_QUBITS);
            assertThat(wide.failure().message()).isEqualTo("needs 40 qubits");

            assertThat(client.getJob(ids.get(2)).status()).isEqualTo(JobStatus.CANCELED);

            assertThat(ids.get(3)).isEqualTo(FIXED);
            Job slow = client.getJob(FIXED);
            assertThat(slow.status().isTerminal()).isFalse();
            assertThat(slow.predictedWait()).isPresent();
        }
    }

    @Test
    void mistakesNameTheJobTheFieldAndWhatIsExpected() throws Exception {
        assertThatThrownBy(() -> EmulatorSeed.read(write("{\"bell\": {\"statsu\": \"failed\"}}")))
                .isInstanceOf(ConfigurationProblem.class)
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
