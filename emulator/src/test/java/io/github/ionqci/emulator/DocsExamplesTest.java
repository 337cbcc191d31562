package io.github.ionqci.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ionqci.emulator.circuit.Circuit;
import io.github.ionqci.emulator.circuit.Circuits;
import io.github.ionqci.emulator.circuit.CompiledCircuit;
import io.github.ionqci.emulator.circuit.NativeCompiler;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The Java examples of docs/emulator.md, run as they are printed there: each block between {@code // docs: name}
 * and {@code // end docs} here and in {@link DebiasingTest} is in the page line for line (indentation aside). The
 * page's curl examples are {@link EndpointDocsTest}'s.
 */
class DocsExamplesTest {

    private static final Pattern BLOCK = Pattern.compile("\\n *// docs: ([a-z-]+)\\n(.*?)\\n *// end docs", Pattern.DOTALL);

    @Test
    void everyMarkedBlockIsPrintedInThePage() throws IOException {
        String page = unindented(Files.readString(Path.of("../docs/emulator.md")));
        List<String> names = new ArrayList<>();
        for (String test : List.of("DocsExamplesTest", "DebiasingTest")) {
            Matcher block = BLOCK.matcher(Files.readString(Path.of("src/test/java/io/github/ionqci/emulator/"
                    + test + ".java")));
            while (block.find()) {
                names.add(block.group(1));
                assertThat(page).as("docs/emulator.md prints the block '%s' of %s", block.group(1), test)
                        .contains(unindented(block.group(2)));
            }
        }
        assertThat(names).containsExactlyInAnyOrder("embedded", "control", "faults", "requests", "compile",
                "compiled-over-http", "debiased");
    }

    private static String unindented(String text) {
        return text.lines().map(String::strip).collect(Collectors.joining("\n"));
    }

    @Test
    void seedJobsAndReadThemOverHttp() throws Exception {
        // docs: embedded
        try (IonQEmulator emulator = IonQEmulator.start()) {
            String bell = emulator.jobs().add(EmulatedJob.completed()
                    .name("bell").qubits(2).shots(1000).noise("aria-1", 7)
                    .probabilities(Map.of(0L, 0.49, 3L, 0.49, 1L, 0.02)));
            String tooWide = emulator.jobs().add(EmulatedJob.failed("NotEnoughQubits",
                    "The circuit uses 40 qubits but qpu.aria-1 has 25."));
            String queued = emulator.jobs().add(EmulatedJob.completed()
                    .lifecycle(Duration.ofMillis(50), Duration.ofMillis(50))   // submitted, ready, started, completed
                    .predictedWait(Duration.ofSeconds(2)));

            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> job = http.send(HttpRequest.newBuilder(URI.create(emulator.baseUrl() + "/jobs/" + bell))
                    .header("Authorization", "apiKey " + emulator.apiKey()).build(),
                    HttpResponse.BodyHandlers.ofString());
            // end docs
            assertThat(job.statusCode()).isEqualTo(200);
            assertThat(new Http(emulator).result(Http.parse(job.body()), "histogram").size()).isPositive();
            assertThat(emulator.jobs().get(tooWide).orElseThrow().failureCode()).isEqualTo("NotEnoughQubits");
            Poll.until(() -> emulator.jobs().get(queued).orElseThrow().status().equals("completed"),
                    Duration.ofSeconds(5), "queued job");
        }
    }

    @Test
    void controlAndFaults() throws Exception {
        try (IonQEmulator emulator = IonQEmulator.builder().apiKey("test-key").start()) {
            // docs: control
            emulator.control()
                    .queueing(Duration.ofMillis(20))           // submitted, then ready
                    .jobDuration(Duration.ofMillis(30))        // started, at least this long
                    .forceFailure("QuantumComputerError", "The QPU was recalibrated.", 1);   // the next submission
            // end docs
            // docs: faults
            emulator.faults().seed(42);                                            // repeatable rates
            emulator.faults().add(Fault.status(429).retryAfterSeconds(1)).onPath("/jobs").rate(0.2);
            emulator.faults().add(Fault.htmlPage(502)).onMethod("GET").times(2);
            emulator.faults().add(Fault.connectionReset()).times(2);
            emulator.faults().add(Fault.latency(Duration.ofMillis(20))).onPath("/jobs/");
            emulator.faults().add(Fault.truncatedBody()).onPath("/jobs/").times(1);
            // end docs
            assertThat(emulator.faults().rules()).hasSize(5);
            emulator.faults().clear();
            Http http = new Http(emulator);
            String payload = "{\"type\":\"ionq.circuit.v1\",\"backend\":\"simulator\",\"input\":{\"qubits\":1,"
                    + "\"circuit\":[{\"gate\":\"h\",\"target\":0}]}}";
            HttpResponse<String> created = http.send("POST", "/v0.4/jobs", payload, "test-key");
            String id = Http.parse(created.body()).get("id").asText();
            Poll.until(() -> {
                try {
                    return http.json("/v0.4/jobs/" + id).get("status").asText().equals("failed");
                } catch (IOException e) {
                    return false;
                }
            }, Duration.ofSeconds(5), "forced failure");
            // docs: requests
            int polls = emulator.requests().count("GET", "/jobs/");        // GET /v0.4/jobs/… so far
            // end docs
            assertThat(polls).isPositive();
            JsonNode job = http.json("/v0.4/jobs/" + id);
            assertThat(job.get("failure").get("code").asText()).isEqualTo("QuantumComputerError");
        }
    }

    @Test
    void compileToNativeGatesAndReadTheCompiledCircuit() throws Exception {
        // docs: compile
        Circuit bell = Circuits.parse("ionq.circuit.v1", Http.JSON.readTree("{\"qubits\":2,\"circuit\":["
                + "{\"gate\":\"h\",\"target\":0},{\"gate\":\"cnot\",\"control\":0,\"target\":1}]}")).get(0);
        CompiledCircuit aria = NativeCompiler.forBackend("qpu.aria-1").compile(bell);    // GPI, GPI2, MS
        CompiledCircuit forte = NativeCompiler.forBackend("qpu.forte-1").compile(bell);  // GPI, GPI2, ZZ
        String payload = aria.toJson().toString();   // the ionq.native.v1 artifact a job on qpu.aria-1 reports
        // end docs
        assertThat(aria.gateCount2q()).isEqualTo(1);
        assertThat(forte.gates()).extracting(g -> g.gate()).contains("zz").doesNotContain("ms");
        // the payload docs/emulator.md prints: gpi2, gpi2, ms, gpi2, gpi
        assertThat(aria.gates()).extracting(g -> g.gate()).containsExactly("gpi2", "gpi2", "ms", "gpi2", "gpi");
        assertThat(payload).startsWith("{\"qubits\":2,\"circuit\":[{\"gate\":\"gpi2\",\"target\":0,\"phase\":0.5}");
        try (IonQEmulator emulator = IonQEmulator.builder().noisePer(NoiseAccounting.NATIVE).start()) {
            Http http = new Http(emulator);
            String id = Http.parse(http.send("POST", "/v0.4/jobs", "{\"type\":\"ionq.circuit.v1\","
                    + "\"backend\":\"qpu.aria-1\",\"shots\":100,\"dry_run\":true,\"input\":"
                    + SubmitJobTest.BELL + "}", emulator.apiKey()).body()).get("id").asText();
            Poll.until(() -> emulator.jobs().get(id).orElseThrow().status().equals("completed"),
                    Duration.ofSeconds(5), "dry run");
            // docs: compiled-over-http
            JsonNode job = http.json("/v0.4/jobs/" + id);
            String artifactId = job.at("/output/compilation/compiled_circuits/ionq.native.v1/id").asText();
            JsonNode compiled = http.json("/v0.4/jobs/" + id + "/artifacts/" + artifactId);
            // {"qubits":2,"circuit":[{"gate":"gpi2","target":0,"phase":…},{"gate":"ms","targets":[0,1],…},…]}
            // end docs
            assertThat(compiled.toString()).isEqualTo(payload);
            assertThat(job.at("/stats/gate_counts/2q").asInt()).isEqualTo(1);
        }
    }
}
