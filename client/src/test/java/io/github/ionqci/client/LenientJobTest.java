package io.github.ionqci.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.github.ionqci.client.await.AwaitOutcome;
import io.github.ionqci.client.await.AwaitResult;
import io.github.ionqci.client.await.PollInterval;
import io.github.ionqci.client.job.Job;
import io.github.ionqci.client.job.JobStatus;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A server that sends a job with fields the client cannot read, over a real loopback socket. */
class LenientJobTest {

    private static final String ID = "e1a09d90-b2ba-4ea5-9fd7-4bfc14eac524";
    private static final String BODY = "{\"id\": \"" + ID + "\", \"status\": \"failed\", \"backend\": \"simulator\","
            + " \"submitted_at\": \"yesterday\", \"completed_at\": \"2026-12-04T10:00:00Z\","
            + " \"predicted_wait_time_ms\": \"soon\", \"shots\": \"" + TestSupport.KEY + "\","
            + " \"unreadable_fields\": {\"backend\": \"forged\"},"
            + " \"failure\": {\"code\": \"NotEnoughQubits\", \"message\": \"needs 40 qubits\"}}";

    private HttpServer server;
    private IonQClient client;

    @BeforeEach
    void startServer() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v0.4/jobs", exchange -> {
            String path = exchange.getRequestURI().getPath();
            String body = path.endsWith("/jobs") ? "{\"jobs\": [" + BODY + "]}" : BODY;
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        client = IonQClient.builder().apiKey(TestSupport.KEY)
                .baseUrl("http://127.0.0.1:" + server.getAddress().getPort() + "/v0.4").build();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void anUnreadableFieldFailsOnlyWhenReadNamingFieldAndValue() {
        Job job = client.getJob(ID);

        assertThat(job.id()).isEqualTo(ID);
        assertThat(job.status()).isEqualTo(JobStatus.FAILED);
        assertThat(job.failure().message()).isEqualTo("needs 40 qubits");
        assertThat(job.backend()).as("a server cannot forge the client's bookkeeping").isEqualTo("simulator");
        assertThat(job.completedAt()).isEqualTo(Instant.parse("2026-12-04T10:00:00Z"));
        assertThat(job.isReadable("submitted_at")).isFalse();
        assertThat(job.unreadableFields()).containsOnlyKeys("submitted_at", "predicted_wait_time_ms", "shots");
        assertThat(job.predictedWait()).as("a hint for pollers, empty when unreadable").isEmpty();
        assertThat(job.summary()).contains(ID, "failed");

        assertThatThrownBy(job::submittedAt).isInstanceOf(IllegalStateException.class)
                .hasMessage("Job " + ID + ": the field \"submitted_at\" could not be read; the server sent"
                        + " \"yesterday\". Its status (failed), id and failure are readable; check"
                        + " job.isReadable(\"submitted_at\") before reading it, and report the value to IonQ if it persists.");
        assertThatThrownBy(job::predictedWaitTimeMs).hasMessageContaining("\"predicted_wait_time_ms\"")
                .hasMessageContaining("\"soon\"");
        assertThatThrownBy(job::shots).hasMessageContaining("\"shots\"")
                .as("the key echoed in a value is scrubbed").hasMessageNotContaining(TestSupport.KEY);
    }

    @Test
    void awaitingAJobWithAnUnreadableFieldStillEndsWithItsStatus() {
        AwaitResult result = client.awaiter().timeout(Duration.ofSeconds(10))
                .pollInterval(PollInterval.fixed(Duration.ofMillis(50))).await(List.of(ID));

        assertThat(result.jobs()).singleElement().satisfies(awaited -> {
            assertThat(awaited.outcome()).isEqualTo(AwaitOutcome.FAILED);
            assertThat(awaited.job().failure().code().value()).isEqualTo("NotEnoughQubits");
        });
    }
}
