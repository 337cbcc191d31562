package io.github.ionqci.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;

import io.github.ionqci.emulator.NoiseAccounting;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The startable on its own: start, serve over a real socket, stop, configuration checks. */
class IonQEmulatorStartableTest {

    private static final String SEEDED = "0b6a4e1e-6a4f-4f0e-9a8e-8f8f7f6c1d2b";

    @Test
    void startsServesAndStops() {
        IonQEmulatorStartable ionq = new IonQEmulatorStartable();
        assertThat(ionq.isRunning()).isFalse();

        ionq.start();
        String baseUrl = ionq.getBaseUrl();
        try {
            assertThat(ionq.isRunning()).isTrue();
            assertThat(baseUrl).startsWith("http://127.0.0.1:").endsWith("/v0.4");
            assertThat(Http.health(baseUrl).statusCode()).isEqualTo(200);
            assertThat(Http.listJobs(baseUrl, ionq.getApiKey()).statusCode()).isEqualTo(200);
            assertThat(Http.listJobs(baseUrl, null).statusCode()).isEqualTo(401);
            assertThat(ionq.emulator().baseUrl()).isEqualTo(baseUrl);
        } finally {
            ionq.stop();
        }

        assertThat(ionq.isRunning()).isFalse();
        assertThatThrownBy(() -> Http.health(baseUrl)).isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void acceptsTheConfiguredKeyOnTheConfiguredPort() throws IOException {
        int port = freePort();
        try (IonQEmulatorStartable ionq = new IonQEmulatorStartable().withApiKey("configured-key").withPort(port)) {
            ionq.start();

            assertThat(URI.create(ionq.getBaseUrl()).getPort()).isEqualTo(port);
            assertThat(ionq.getApiKey()).isEqualTo("configured-key");
            assertThat(Http.listJobs(ionq.getBaseUrl(), "configured-key").statusCode()).isEqualTo(200);
            assertThat(Http.listJobs(ionq.getBaseUrl(), "another-key").statusCode()).isEqualTo(401);
        }
    }

    @Test
    void putsTheJobsOfASeedFileInAtEachStart(@TempDir Path dir) throws IOException {
        Path seed = Files.writeString(dir.resolve("jobs.json"), "{\"bell\": {\"id\": \"" + SEEDED
                + "\", \"probabilities\": {\"0\": 0.5, \"3\": 0.5}}, \"broken\": {\"status\": \"failed\"}}");
        IonQEmulatorStartable ionq = new IonQEmulatorStartable().withJobs(seed);
        for (int start = 1; start <= 2; start++) {
            ionq.start();
            try {
                assertThat(ionq.getJobIds()).containsKeys("bell", "broken").containsEntry("bell", SEEDED);
                HttpResponse<String> bell = Http.get(ionq.getBaseUrl() + "/jobs/" + SEEDED, ionq.getApiKey());
                assertThat(bell.statusCode()).isEqualTo(200);
                assertThat(bell.body()).contains("\"status\":\"completed\"");
            } finally {
                ionq.stop();
            }
        }
        assertThatThrownBy(() -> new IonQEmulatorStartable().withJobs(Files.writeString(dir.resolve("bad.json"),
                "{\"bell\": {\"statsu\": \"failed\"}}")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown field \"statsu\"");
    }

    @Test
    void runsACircuitOnTheSimulator() throws InterruptedException {
        try (IonQEmulatorStartable ionq = new IonQEmulatorStartable()) {
            ionq.start();

            assertThat(BellCircuit.probabilities(ionq.getBaseUrl(), ionq.getApiKey()))
                    .containsOnlyKeys("0", "3")
                    .allSatisfy((state, p) -> assertThat(p).isCloseTo(0.5, within(1e-12)));
        }
    }

    @Test
    void startAndStopAreIdempotentAndItCanRestart() {
        IonQEmulatorStartable ionq = new IonQEmulatorStartable();
        ionq.start();
        var first = ionq.emulator();
        ionq.start();
        assertThat(ionq.emulator()).isSameAs(first);

        ionq.stop();
        ionq.stop();
        ionq.start();
        try {
            assertThat(ionq.emulator()).isNotSameAs(first);
            assertThat(Http.health(ionq.getBaseUrl()).statusCode()).isEqualTo(200);
        } finally {
            ionq.close();
        }
        assertThat(ionq.isRunning()).isFalse();
    }

    @Test
    void accessorsBeforeStartSayWhatToDo() {
        IonQEmulatorStartable ionq = new IonQEmulatorStartable();

        assertThatThrownBy(ionq::getBaseUrl).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not running").hasMessageContaining("@Container");
        assertThatThrownBy(ionq::getApiKey).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(ionq::emulator).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void configurationIsCheckedAndFrozenOnceRunning() {
        IonQEmulatorStartable ionq = new IonQEmulatorStartable();
        assertThatThrownBy(() -> ionq.withApiKey(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("apiKey must not be blank");
        assertThatThrownBy(() -> ionq.withApiKey("has space")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("apiKey holds a space at position 4").hasMessageNotContaining("has space");
        assertThatThrownBy(() -> ionq.withPort(70_000)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("between 0 and 65535");
        assertThatThrownBy(() -> ionq.withHost("")).isInstanceOf(IllegalArgumentException.class);

        ionq.start();
        try {
            assertThatThrownBy(() -> ionq.withApiKey("late")).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("before start()");
            assertThatThrownBy(() -> ionq.withPort(0)).isInstanceOf(IllegalStateException.class);
        } finally {
            ionq.stop();
        }
    }

    @Test
    void toStringNeverShowsTheApiKey() {
        try (IonQEmulatorStartable ionq = new IonQEmulatorStartable().withApiKey("secret-key-123")) {
            assertThat(ionq.toString()).isEqualTo("IonQEmulatorStartable[not running]");
            ionq.start();
            assertThat(ionq.toString()).contains(ionq.getBaseUrl()).doesNotContain("secret-key-123");
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    void servesTheResultsFormItIsGiven() throws InterruptedException {
        for (io.github.ionqci.emulator.ResultForm form : io.github.ionqci.emulator.ResultForm.values()) {
            try (IonQEmulatorStartable ionq = new IonQEmulatorStartable().withResultsForm(form)) {
                ionq.start();
                assertThat(BellCircuit.probabilities(ionq.getBaseUrl(), ionq.getApiKey())).containsOnlyKeys("0", "3");
                assertThat(BellCircuit.urlForm(ionq.getBaseUrl(), ionq.getApiKey())).as(form.name())
                        .isEqualTo(form == io.github.ionqci.emulator.ResultForm.URL);
                assertThatThrownBy(() -> ionq.withResultsForm(form)).isInstanceOf(IllegalStateException.class);
            }
        }
    }

    /** 200 rz gates under harmony noise: over a quarter of the shots end in |1⟩ per submitted gate, none per native gate. */
    @Test
    void putsNoiseChannelsWhereItIsTold() throws InterruptedException {
        Map<NoiseAccounting, Map<String, Double>> byAccounting =
                new EnumMap<>(NoiseAccounting.class);
        for (NoiseAccounting accounting : NoiseAccounting.values()) {
            try (IonQEmulatorStartable ionq = new IonQEmulatorStartable().withNoisePer(accounting)) {
                ionq.start();
                byAccounting.put(accounting,
                        BellCircuit.probabilities(ionq.getBaseUrl(), ionq.getApiKey(), BellCircuit.RZ_UNDER_NOISE));
                assertThatThrownBy(() -> ionq.withNoisePer(accounting)).isInstanceOf(IllegalStateException.class);
            }
        }
        // a one-qubit channel after each of the 200 gates: 0.365 of the shots end in |1⟩ with seed 5
        assertThat(byAccounting.get(NoiseAccounting.SUBMITTED).get("1")).isGreaterThan(0.25);
        // rz is virtual on the hardware: the compiled circuit has no gates, so no channels
        assertThat(byAccounting.get(NoiseAccounting.NATIVE)).containsExactly(entry("0", 1.0));
    }
}
