package io.github.ionqci.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class EmulatorServerTest {

    @Test
    void startsOnLoopbackWithARandomPortAndServesHealthWithoutAKey() throws IOException {
        try (IonQEmulator emulator = IonQEmulator.start()) {
            assertThat(emulator.port()).isPositive();
            assertThat(emulator.origin()).isEqualTo("http://127.0.0.1:" + emulator.port());
            assertThat(emulator.baseUrl()).isEqualTo("http://127.0.0.1:" + emulator.port() + "/v0.4");
            assertThat(emulator.apiKey()).isEqualTo(IonQEmulator.DEFAULT_API_KEY);
            HttpResponse<String> health = new Http(emulator).send("GET", "/health", null, null);
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.headers().firstValue("Content-Type")).hasValueSatisfying(
                    v -> assertThat(v).startsWith("application/json"));
            assertThat(Http.parse(health.body()).get("status").asText()).isEqualTo("ok");
        }
    }

    @Test
    void builderSetsPortHostAndKey() throws IOException {
        int free;
        try (ServerSocket socket = new ServerSocket(0)) {
            free = socket.getLocalPort();
        }
        try (IonQEmulator emulator = IonQEmulator.builder().host("127.0.0.1").port(free).apiKey("k-123").start()) {
            assertThat(emulator.port()).isEqualTo(free);
            assertThat(emulator.apiKey()).isEqualTo("k-123");
            String id = emulator.jobs().add(EmulatedJob.completed());
            assertThat(new Http(emulator).get("/v0.4/jobs/" + id).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void closeFreesThePortAndIsIdempotent() throws IOException {
        IonQEmulator emulator = IonQEmulator.start();
        int port = emulator.port();
        emulator.close();
        emulator.close();
        try (ServerSocket socket = new ServerSocket(port)) {
            assertThat(socket.getLocalPort()).isEqualTo(port);
        }
        assertThat(emulator.toString()).contains("closed").doesNotContain(emulator.apiKey());
    }

    @Test
    void aTakenPortIsAClearError() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            assertThatThrownBy(() -> IonQEmulator.builder().port(socket.getLocalPort()).start())
                    .hasMessageContaining("cannot start the IonQ emulator on 127.0.0.1:" + socket.getLocalPort())
                    .hasMessageContaining("port 0");
        }
    }

    @Test
    void missingOrWrongKeyIs401WithIonQsBody() throws IOException {
        try (IonQEmulator emulator = IonQEmulator.builder().apiKey("right-key").start()) {
            String id = emulator.jobs().add(EmulatedJob.completed());
            Http http = new Http(emulator);
            for (String key : new String[] {null, "wrong-key", ""}) {
                HttpResponse<String> response = http.send("GET", "/v0.4/jobs/" + id, null, key);
                assertThat(response.statusCode()).as("key %s", key).isEqualTo(401);
                JsonNode body = Http.parse(response.body());
                assertThat(body.get("error").asText()).isEqualTo("Unauthorized Error");
                assertThat(body.get("message").asText()).startsWith("Invalid key provided.");
                assertThat(body.get("statusCode").asInt()).isEqualTo(401);
            }
            assertThat(http.send("GET", "/v0.4/jobs/" + id, null, "right-key").statusCode()).isEqualTo(200);
            assertThat(http.send("GET", "/v0.4/jobs", null, "wrong").statusCode()).isEqualTo(401);
        }
    }

    @Test
    void unknownPathsAndJobsAre404AndWrongMethodsAre405() throws IOException {
        try (IonQEmulator emulator = IonQEmulator.start()) {
            Http http = new Http(emulator);
            HttpResponse<String> unknownJob = http.get("/v0.4/jobs/00000000-0000-4000-8000-000000000000");
            assertThat(unknownJob.statusCode()).isEqualTo(404);
            JsonNode body = Http.parse(unknownJob.body());
            assertThat(body.get("error").asText()).isEqualTo("Not Found Error");
            assertThat(body.get("message").asText()).startsWith("Resource not found.");
            assertThat(body.get("statusCode").asInt()).isEqualTo(404);

            assertThat(http.get("/v0.4/nothing-here").statusCode()).isEqualTo(404);
            assertThat(http.get("/v0.3/jobs").statusCode()).isEqualTo(404);

            String id = emulator.jobs().add(EmulatedJob.completed());
            HttpResponse<String> patch = http.send("PATCH", "/v0.4/jobs/" + id, "{}", emulator.apiKey());
            assertThat(patch.statusCode()).isEqualTo(405);
            assertThat(Http.parse(patch.body()).get("error").asText()).isEqualTo("Method Not Allowed");
            assertThat(patch.headers().firstValue("Allow")).isPresent();
        }
    }

    @Test
    void everyResponseCarriesARequestId() throws IOException {
        try (IonQEmulator emulator = IonQEmulator.start()) {
            HttpResponse<String> response = new Http(emulator).get("/v0.4/jobs/unknown");
            assertThat(response.headers().firstValue("x-request-id")).isPresent();
        }
    }
}
