package io.github.ionqci.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IonQEmulatorMainTest {

    @Test
    void parsesOptionsInBothForms() {
        IonQEmulatorMain.Options o = IonQEmulatorMain.Options.parse(
                new String[] {"--port", "9000", "--host=0.0.0.0", "--api-key", "k"}, null);
        assertThat(o.port).isEqualTo(9000);
        assertThat(o.host).isEqualTo("0.0.0.0");
        assertThat(o.apiKey).isEqualTo("k");
        assertThat(o.keySource).isEqualTo("from --api-key");
        IonQEmulatorMain.Options defaults = IonQEmulatorMain.Options.parse(new String[0], null);
        assertThat(defaults.port).isEqualTo(8080);
        assertThat(defaults.host).isEqualTo("127.0.0.1");
        assertThat(defaults.apiKey).isEqualTo(IonQEmulator.DEFAULT_API_KEY);
        IonQEmulatorMain.Options env = IonQEmulatorMain.Options.parse(new String[0], "from-env");
        assertThat(env.apiKey).isEqualTo("from-env");
        assertThat(env.keySource).isEqualTo("from IONQ_API_KEY");
    }

    @Test
    void badOptionsSayWhatIsWrong() {
        assertThatThrownBy(() -> IonQEmulatorMain.Options.parse(new String[] {"--port", "http"}, null))
                .hasMessage("--port needs a number from 0 to 65535, got 'http'");
        assertThatThrownBy(() -> IonQEmulatorMain.Options.parse(new String[] {"--port", "70000"}, null))
                .hasMessage("--port needs a number from 0 to 65535, got 70000");
        assertThatThrownBy(() -> IonQEmulatorMain.Options.parse(new String[] {"--api-key"}, null))
                .hasMessage("--api-key needs a value");
        assertThatThrownBy(() -> IonQEmulatorMain.Options.parse(new String[] {"--verbose"}, null))
                .hasMessage("unknown option '--verbose'");
    }

    @Test
    void startLogsTheUrlButNeverTheKey() throws IOException {
        IonQEmulatorMain.Options o = IonQEmulatorMain.Options.parse(
                new String[] {"--port", "0", "--api-key", "secret-marker-77"}, null);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (IonQEmulator emulator = IonQEmulatorMain.start(o, new PrintStream(bytes, true, StandardCharsets.UTF_8))) {
            String line = bytes.toString(StandardCharsets.UTF_8);
            assertThat(line).contains("IonQ emulator listening on " + emulator.baseUrl())
                    .contains("API key: from --api-key").doesNotContain("secret-marker-77");
            assertThat(new Http(emulator).get("/v0.4/jobs").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void resultsFormOptionChoosesHowStartedJobsPointAtResults() throws IOException {
        IonQEmulatorMain.Options url = IonQEmulatorMain.Options.parse(new String[] {"--port", "0",
                "--results-form=url"}, null);
        assertThat(url.resultForm).isEqualTo(ResultForm.URL);
        assertThat(IonQEmulatorMain.Options.parse(new String[] {"--results-form", "ARTIFACT"}, null).resultForm)
                .isEqualTo(ResultForm.ARTIFACT);
        assertThat(IonQEmulatorMain.Options.parse(new String[0], null).resultForm)
                .as("the default follows -D" + ResultForm.PROPERTY + ", else artifact")
                .isEqualTo(ResultForm.fromSystemProperties());
        assertThatThrownBy(() -> IonQEmulatorMain.Options.parse(new String[] {"--results-form=v2"}, null))
                .hasMessageContaining("unknown results form 'v2'").hasMessageContaining("'artifact'")
                .hasMessageContaining("'url'");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (IonQEmulator emulator = IonQEmulatorMain.start(url, new PrintStream(bytes, true, StandardCharsets.UTF_8))) {
            assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("results form: url");
            String id = emulator.jobs().add(EmulatedJob.completed());
            assertThat(new Http(emulator).json("/v0.4/jobs/" + id).get("results").get("probabilities").get("url")
                    .asText()).isEqualTo("/v0.4/jobs/" + id + "/results/probabilities");
        }
        try (IonQEmulator emulator = IonQEmulator.builder().resultForm(ResultForm.ARTIFACT).start()) {
            String id = emulator.jobs().add(EmulatedJob.completed());
            assertThat(new Http(emulator).json("/v0.4/jobs/" + id).get("results")
                    .has("ionq.result.probabilities.json.v1")).isTrue();
        }
    }

    @Test
    void noisePerOptionChoosesWhereNoiseChannelsGo() throws IOException {
        IonQEmulatorMain.Options perNative = IonQEmulatorMain.Options.parse(new String[] {"--port=0",
                "--noise-per=native"}, null);
        assertThat(perNative.noisePer).isEqualTo(NoiseAccounting.NATIVE);
        assertThat(IonQEmulatorMain.Options.parse(new String[] {"--noise-per", "Submitted"}, null).noisePer)
                .isEqualTo(NoiseAccounting.SUBMITTED);
        assertThat(IonQEmulatorMain.Options.parse(new String[0], null).noisePer).isEqualTo(NoiseAccounting.SUBMITTED);
        assertThatThrownBy(() -> IonQEmulatorMain.Options.parse(new String[] {"--noise-per=gate"}, null))
                .hasMessageContaining("unknown noise accounting 'gate'").hasMessageContaining("'native'");
        assertThat(IonQEmulatorMain.USAGE).contains("--noise-per");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (IonQEmulator emulator = IonQEmulatorMain.start(perNative, new PrintStream(bytes, true,
                StandardCharsets.UTF_8))) {
            assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("noise per native gate");
            Http http = new Http(emulator);
            String rz = "{\"gate\":\"rz\",\"target\":0,\"rotation\":0.5}";
            String id = Http.parse(http.send("POST", "/v0.4/jobs", "{\"type\":\"ionq.circuit.v1\","
                    + "\"backend\":\"simulator\",\"shots\":500,\"noise\":{\"model\":\"harmony\",\"seed\":1},"
                    + "\"input\":{\"qubits\":1,\"circuit\":["
                    + String.join(",", java.util.Collections.nCopies(100, rz)) + "]}}", emulator.apiKey()).body())
                    .get("id").asText();
            Poll.until(() -> {
                try {
                    return http.json("/v0.4/jobs/" + id).get("status").asText().equals("completed");
                } catch (IOException e) {
                    return false;
                }
            }, java.time.Duration.ofSeconds(20), "the rz job");
            assertThat(http.result(http.json("/v0.4/jobs/" + id), "histogram").toString())
                    .as("rz is virtual: no gate, no channel").isEqualTo("{\"0\":500}");
        }
    }

    @Test
    void jobsFromASeedFileArePutInAtStartAndTheirIdsPrinted(@TempDir Path dir)
            throws IOException {
        Path seed = Files.writeString(dir.resolve("jobs.json"),
                "{\"bell\": {\"id\": \"0b6a4e1e-6a4f-4f0e-9a8e-8f8f7f6c1d2b\", \"probabilities\": {\"0\": 0.5, \"3\": 0.5}}}");
        IonQEmulatorMain.Options o = IonQEmulatorMain.Options.parse(new String[] {"--port=0", "--jobs", seed.toString()}, null);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (IonQEmulator emulator = IonQEmulatorMain.start(o, new PrintStream(bytes, true, StandardCharsets.UTF_8))) {
            assertThat(bytes.toString(StandardCharsets.UTF_8))
                    .contains("Seeded 1 job from " + seed + ": bell=0b6a4e1e-6a4f-4f0e-9a8e-8f8f7f6c1d2b");
            assertThat(new Http(emulator).json("/v0.4/jobs/0b6a4e1e-6a4f-4f0e-9a8e-8f8f7f6c1d2b").get("status").asText())
                    .isEqualTo("completed");
        }
        IonQEmulatorMain.Options bad = IonQEmulatorMain.Options.parse(
                new String[] {"--jobs", dir.resolve("missing.json").toString()}, null);
        assertThatThrownBy(() -> IonQEmulatorMain.start(bad, new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not exist");
    }

    @Test
    void aKeyAHeaderCannotCarryIsRefusedByTheBuilderToo() {
        assertThatThrownBy(() -> IonQEmulator.builder().apiKey("line\nsecret"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the API key holds a line break at position 5").hasMessageNotContaining("secret");
    }
}
