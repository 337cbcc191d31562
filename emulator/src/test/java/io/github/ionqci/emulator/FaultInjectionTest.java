package io.github.ionqci.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FaultInjectionTest extends EmulatorTestBase {

    static String id;

    @BeforeAll
    static void addJob() {
        id = emulator.jobs().add(EmulatedJob.completed());
    }

    @BeforeEach
    void reset() {
        emulator.faults().clear();
        emulator.requests().reset();
    }

    @Test
    void statusFaultSendsIonQsBodyAndRetryAfterSecondsThenStopsAfterItsCount() throws IOException {
        emulator.faults().add(Fault.status(429).retryAfterSeconds(2)).times(2);
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> response = http.get("/v0.4/jobs/" + id);
            assertThat(response.statusCode()).isEqualTo(429);
            assertThat(response.headers().firstValue("Retry-After")).hasValue("2");
            JsonNode body = Http.parse(response.body());
            assertThat(body.get("error").asText()).isEqualTo("Too Many Requests");
            assertThat(body.get("statusCode").asInt()).isEqualTo(429);
        }
        assertThat(http.get("/v0.4/jobs/" + id).statusCode()).isEqualTo(200);
        assertThat(emulator.faults().rules().get(0).fired()).isEqualTo(2);
    }

    @Test
    void retryAfterCanBeAnHttpDate() throws IOException {
        ZonedDateTime when = ZonedDateTime.of(2030, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC);
        emulator.faults().add(Fault.status(503).retryAfterDate(when));
        HttpResponse<String> response = http.get("/v0.4/jobs/" + id);
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(ZonedDateTime.parse(response.headers().firstValue("Retry-After").orElseThrow(),
                DateTimeFormatter.RFC_1123_DATE_TIME).toInstant()).isEqualTo(when.toInstant());
    }

    @Test
    void faultsApplyBeforeTheKeyCheck() throws IOException {
        emulator.faults().add(Fault.status(500)).times(1);
        assertThat(http.send("GET", "/v0.4/jobs/" + id, null, "wrong").statusCode()).isEqualTo(500);
    }

    @Test
    void htmlPageFaultSendsHtml() throws IOException {
        emulator.faults().add(Fault.htmlPage(502)).times(1);
        HttpResponse<String> response = http.get("/v0.4/jobs/" + id);
        assertThat(response.statusCode()).isEqualTo(502);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                v -> assertThat(v).startsWith("text/html"));
        assertThat(response.body()).startsWith("<!DOCTYPE html>").contains("502 Bad Gateway");
    }

    @Test
    void connectionResetClosesWithoutAResponseAndIsLoggedAsStatusZero() throws IOException {
        // java.net.http silently retries a GET once when a pooled connection closes, so cut twice
        emulator.faults().add(Fault.connectionReset()).times(2);
        assertThatThrownBy(() -> http.get("/v0.4/jobs/" + id)).isInstanceOf(IOException.class);
        assertThat(http.get("/v0.4/jobs/" + id).statusCode()).isEqualTo(200);
        assertThat(emulator.requests().list().get(0).status()).isZero();
        assertThat(emulator.requests().list().get(1).status()).isZero();
    }

    @Test
    void truncatedBodyDeclaresMoreThanItSends() throws IOException {
        int full = http.get("/v0.4/jobs/" + id).body().length();
        emulator.faults().add(Fault.truncatedBody()).onPath("/jobs/").times(1);
        try (Socket socket = new Socket("127.0.0.1", emulator.port())) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET /v0.4/jobs/" + id + " HTTP/1.1\r\nHost: x\r\nAuthorization: apiKey "
                    + emulator.apiKey() + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String response = new String(readAll(socket.getInputStream()), StandardCharsets.UTF_8);
            int split = response.indexOf("\r\n\r\n");
            String headers = response.substring(0, split).toLowerCase();
            String body = response.substring(split + 4);
            assertThat(headers).startsWith("http/1.1 200").contains("content-length: " + full);
            assertThat(body.length()).isGreaterThan(0).isLessThan(full);
        }
        assertThat(http.get("/v0.4/jobs/" + id).statusCode()).isEqualTo(200);
    }

    @Test
    void truncatedBodyMakesJavaHttpClientFail() {
        emulator.faults().add(Fault.truncatedBody()).times(2);
        assertThatThrownBy(() -> http.get("/v0.4/jobs/" + id)).isInstanceOf(IOException.class);
    }

    @Test
    void latencyDelaysThenAnswersNormally() throws IOException {
        emulator.faults().add(Fault.latency(Duration.ofMillis(120))).times(1);
        long start = System.nanoTime();
        assertThat(http.get("/v0.4/jobs/" + id).statusCode()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(120));
    }

    @Test
    void latencyCombinesWithAnotherFault() throws IOException {
        emulator.faults().add(Fault.latency(Duration.ofMillis(30))).times(1);
        emulator.faults().add(Fault.status(504)).times(1);
        assertThat(http.get("/v0.4/jobs/" + id).statusCode()).isEqualTo(504);
        assertThat(emulator.faults().rules()).allSatisfy(r -> assertThat(r.fired()).isEqualTo(1));
    }

    @Test
    void pathAndMethodNarrowAFault() throws IOException {
        emulator.faults().add(Fault.status(503)).onPath("/jobs").onMethod("get");
        assertThat(http.get("/v0.4/jobs/" + id).statusCode()).isEqualTo(503);
        assertThat(http.get("/v0.4/jobs").statusCode()).isEqualTo(503);
        assertThat(http.send("GET", "/health", null, null).statusCode()).isEqualTo(200);
        assertThat(http.send("DELETE", "/v0.4/jobs/" + id + "/nothing", null, emulator.apiKey()).statusCode())
                .isEqualTo(404);
        emulator.faults().clear();
        emulator.faults().add(Fault.status(502)).onPath("/v0.4/jobs/" + id + "/results");
        assertThat(http.get("/v0.4/jobs/" + id).statusCode()).isEqualTo(200);
        assertThat(http.get("/v0.4/jobs/" + id + "/results/probabilities").statusCode()).isEqualTo(502);
    }

    @Test
    void rateIsRepeatableWithASeed() throws IOException {
        int[] first = failuresOver(40);
        int[] second = failuresOver(40);
        assertThat(first).isEqualTo(second);
        int count = 0;
        for (int f : first) {
            count += f;
        }
        assertThat(count).isBetween(4, 30);
    }

    private int[] failuresOver(int n) throws IOException {
        emulator.faults().clear();
        emulator.faults().seed(1234);
        emulator.faults().add(Fault.status(502)).rate(0.4);
        int[] failed = new int[n];
        for (int i = 0; i < n; i++) {
            failed[i] = http.get("/v0.4/jobs/" + id).statusCode() == 502 ? 1 : 0;
        }
        return failed;
    }

    @Test
    void badFaultSettingsAreRejected() {
        assertThatThrownBy(() -> Fault.status(42)).hasMessageContaining("100-599");
        assertThatThrownBy(() -> emulator.faults().add(Fault.status(500)).rate(1.5)).hasMessageContaining("rate");
        assertThatThrownBy(() -> emulator.faults().add(Fault.status(500)).onPath("jobs"))
                .hasMessageContaining("start with '/'");
        assertThatThrownBy(() -> Fault.latency(Duration.ofMillis(-1))).hasMessageContaining("latency");
    }

    @Test
    void requestLogCountsByMethodAndPathAndNeverHoldsTheKey() throws IOException {
        http.get("/v0.4/jobs/" + id);
        http.get("/v0.4/jobs?ids=" + id);
        http.send("GET", "/health", null, null);
        http.send("PUT", "/v0.4/jobs/" + id, "{}", emulator.apiKey());
        assertThat(emulator.requests().count()).isEqualTo(4);
        assertThat(emulator.requests().count("GET", "/jobs")).isEqualTo(2);
        assertThat(emulator.requests().count("get", "/v0.4/jobs/")).isEqualTo(1);
        assertThat(emulator.requests().count("PUT", "/jobs")).isEqualTo(1);
        RecordedRequest listing = emulator.requests().list("GET", "/jobs").get(1);
        assertThat(listing.path()).isEqualTo("/v0.4/jobs");
        assertThat(listing.query()).isEqualTo("ids=" + id);
        assertThat(listing.status()).isEqualTo(200);
        assertThat(emulator.requests().list("PUT", null).get(0).status()).isEqualTo(405);
        assertThat(emulator.requests().list().toString()).doesNotContain(emulator.apiKey());
        emulator.requests().reset();
        assertThat(emulator.requests().count()).isZero();
    }

    private static byte[] readAll(InputStream in) throws IOException {
        return in.readAllBytes();
    }
}
