package io.github.ionqci.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Starts target/ionq-emulator.jar in its own JVM, as a user or a container would. */
class StandaloneJarIT {

    private static final Pattern URL = Pattern.compile("listening on (http://127\\.0\\.0\\.1:\\d+/v0\\.4)");

    @Test
    void jarServesHealthAndTheApiAndStopsCleanlyOnSigterm() throws Exception {
        Path jar = Path.of("target", "ionq-emulator.jar");
        assertThat(jar).exists();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-jar", jar.toString(), "--port", "0", "--api-key", "jar-key-42")
                .redirectErrorStream(true).start();
        List<String> output = Collections.synchronizedList(new ArrayList<>());
        Thread pump = new Thread(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    output.add(line);
                }
            } catch (IOException ignored) {
                // the process ended
            }
        });
        pump.setDaemon(true);
        pump.start();
        try {
            String baseUrl = null;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (baseUrl == null && System.nanoTime() < deadline && process.isAlive()) {
                synchronized (output) {
                    for (String line : output) {
                        Matcher m = URL.matcher(line);
                        if (m.find()) {
                            baseUrl = m.group(1);
                        }
                    }
                }
                Thread.sleep(20);
            }
            assertThat(baseUrl).as("startup line in %s", output).isNotNull();
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            String origin = baseUrl.substring(0, baseUrl.length() - "/v0.4".length());
            HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create(origin + "/health"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).isEqualTo("{\"status\":\"ok\"}");
            HttpResponse<String> created = client.send(HttpRequest.newBuilder(URI.create(baseUrl + "/jobs"))
                    .timeout(Duration.ofSeconds(10)).header("Authorization", "apiKey jar-key-42")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"type\":\"ionq.circuit.v1\",\"backend\":\"simulator\","
                            + "\"input\":{\"qubits\":1,\"circuit\":[{\"gate\":\"x\",\"target\":0}]}}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

            process.toHandle().destroy();   // SIGTERM, leaving our end of its output open
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            pump.join(10_000);
            assertThat(output).contains("IonQ emulator stopped");
            assertThat(String.join("\n", output)).doesNotContain("jar-key-42");
        } finally {
            process.destroyForcibly();
        }
    }

    @Test
    void theRegularArtifactStaysThin() throws IOException {
        try (var files = Files.list(Path.of("target"))) {
            Path thin = files.filter(p -> p.getFileName().toString().matches("ionq-emulator-.*\\.jar"))
                    .filter(p -> !p.getFileName().toString().contains("sources")).findFirst().orElseThrow();
            try (var zip = new java.util.zip.ZipFile(thin.toFile())) {
                assertThat(zip.stream().anyMatch(e -> e.getName().startsWith("com/fasterxml/"))).isFalse();
            }
        }
        try (var zip = new java.util.zip.ZipFile(Path.of("target", "ionq-emulator.jar").toFile())) {
            assertThat(zip.getEntry("com/fasterxml/jackson/databind/ObjectMapper.class")).isNotNull();
        }
    }
}
