package io.github.ionqci.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JobEndpointTest extends EmulatorTestBase {

    @BeforeEach
    void clear() {
        emulator.jobs().clear();
    }

    @Test
    void completedJobHasEveryFieldOfTheSeedSchemaInItsOrder() throws IOException {
        String id = emulator.jobs().add(EmulatedJob.completed().name("bell").qubits(2).resultForm(ResultForm.URL)
                .metadata(Map.of("team", "qa")).probabilities(Map.of(0L, 0.5, 3L, 0.5)).gateCounts(1, 1));
        JsonNode job = http.json("/v0.4/jobs/" + id);
        List<String> keys = new ArrayList<>();
        job.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("id", "status", "type", "backend", "dry_run", "submitter_id", "project_id",
                "parent_job_id", "child_job_ids", "session_id", "metadata", "name", "submitted_at", "started_at",
                "completed_at", "predicted_execution_duration_ms", "predicted_wait_time_ms", "execution_duration_ms",
                "noise", "failure", "settings", "stats", "results", "output");
        assertThat(job.get("id").asText()).isEqualTo(id);
        assertThat(job.get("status").asText()).isEqualTo("completed");
        assertThat(job.get("type").asText()).isEqualTo("ionq.circuit.v1");
        assertThat(job.get("backend").asText()).isEqualTo("simulator");
        assertThat(job.get("dry_run").asBoolean()).isFalse();
        assertThat(job.get("parent_job_id").isNull()).isTrue();
        assertThat(job.get("child_job_ids").isNull()).isTrue();
        assertThat(job.get("metadata").get("team").asText()).isEqualTo("qa");
        assertThat(job.get("name").asText()).isEqualTo("bell");
        assertThat(job.get("submitted_at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        assertThat(job.get("completed_at").asText()).isNotEmpty();
        assertThat(job.get("noise").get("model").asText()).isEqualTo("ideal");
        assertThat(job.get("failure").isNull()).isTrue();
        assertThat(job.get("stats").get("qubits").asInt()).isEqualTo(2);
        assertThat(job.get("stats").get("gate_counts").get("2q").asInt()).isEqualTo(1);
        assertThat(job.get("results").get("probabilities").get("url").asText())
                .isEqualTo("/v0.4/jobs/" + id + "/results/probabilities");
        assertThat(job.get("results").has("histogram")).as("ideal simulator serves probabilities only").isFalse();
    }

    @Test
    void idealSimulatorOmitsShotsNoisyAndQpuJobsKeepThemQpuHasNoNoise() throws IOException {
        String ideal = emulator.jobs().add(EmulatedJob.completed().shots(1000));
        String noisy = emulator.jobs().add(EmulatedJob.completed().shots(1000).noise("aria-1", 42));
        String qpu = emulator.jobs().add(EmulatedJob.completed().backend("qpu.aria-1").shots(500)
                .probabilities(Map.of(0L, 0.25, 1L, 0.75)));
        assertThat(http.json("/v0.4/jobs/" + ideal).has("shots")).isFalse();
        JsonNode n = http.json("/v0.4/jobs/" + noisy);
        assertThat(n.get("shots").asInt()).isEqualTo(1000);
        assertThat(n.get("noise").get("model").asText()).isEqualTo("aria-1");
        assertThat(n.get("noise").get("seed").asInt()).isEqualTo(42);
        assertThat(Http.kinds(n.get("results"))).contains("histogram");
        JsonNode q = http.json("/v0.4/jobs/" + qpu);
        assertThat(q.get("shots").asInt()).isEqualTo(500);
        assertThat(q.has("noise")).isFalse();
        assertThat(Http.kinds(q.get("results"))).containsExactly("probabilities", "histogram", "shots");
    }

    @Test
    void failedJobCarriesCodeAndMessageAndNoResults() throws IOException {
        String id = emulator.jobs().add(EmulatedJob.failed("NotEnoughQubits", "needs 40 qubits, aria-1 has 25"));
        JsonNode job = http.json("/v0.4/jobs/" + id);
        assertThat(job.get("status").asText()).isEqualTo("failed");
        assertThat(job.get("failure").get("code").asText()).isEqualTo("NotEnoughQubits");
        assertThat(job.get("failure").get("message").asText()).isEqualTo("needs 40 qubits, aria-1 has 25");
        assertThat(job.get("results").isNull()).isTrue();
    }

    @Test
    void unknownFailureCodesAndStatusesAreServedAsGiven() throws IOException {
        String failed = emulator.jobs().add(EmulatedJob.failed("BrandNewCode", "new"));
        String odd = emulator.jobs().add(EmulatedJob.withStatus("paused"));
        assertThat(http.json("/v0.4/jobs/" + failed).get("failure").get("code").asText()).isEqualTo("BrandNewCode");
        JsonNode job = http.json("/v0.4/jobs/" + odd);
        assertThat(job.get("status").asText()).isEqualTo("paused");
        assertThat(job.get("results").isNull()).isTrue();
        assertThat(job.get("completed_at").isNull()).isTrue();
    }

    @Test
    void canceledJobHasNoResultsAndNeverStarted() throws IOException {
        JsonNode job = http.json("/v0.4/jobs/" + emulator.jobs().add(EmulatedJob.canceled()));
        assertThat(job.get("status").asText()).isEqualTo("canceled");
        assertThat(job.get("started_at").isNull()).isTrue();
        assertThat(job.get("results").isNull()).isTrue();
        assertThat(job.get("failure").isNull()).isTrue();
    }

    @Test
    void lifecycleWalksSubmittedReadyStartedCompletedOnTheRealClock() {
        String id = emulator.jobs().add(EmulatedJob.completed().probabilities(Map.of(1L, 1.0))
                .lifecycle(Duration.ofMillis(40), Duration.ofMillis(60), Duration.ofMillis(60)));
        List<String> seen = new ArrayList<>();
        Poll.until(() -> {
            String status = status(id);
            if (seen.isEmpty() || !seen.get(seen.size() - 1).equals(status)) {
                seen.add(status);
            }
            return status.equals("completed");
        }, Duration.ofSeconds(5), "job " + id + " to complete");
        assertThat(seen).containsSubsequence("started", "completed");
        assertThat(seen).isSubsetOf("submitted", "ready", "started", "completed");
        assertThat(seen.get(0)).isIn("submitted", "ready");
        JsonNode job = get(id);
        Instant submitted = Instant.parse(job.get("submitted_at").asText());
        Instant started = Instant.parse(job.get("started_at").asText());
        Instant completed = Instant.parse(job.get("completed_at").asText());
        assertThat(Duration.between(submitted, started).toMillis()).isBetween(99L, 101L);
        assertThat(Duration.between(started, completed).toMillis()).isBetween(59L, 61L);
        assertThat(job.get("execution_duration_ms").asLong()).isBetween(59L, 61L);
        assertThat(job.get("predicted_execution_duration_ms").asLong()).isEqualTo(60);
        assertThat(job.get("results").isObject()).isTrue();
    }

    @Test
    void pendingJobShowsPredictedWaitAndNoResultsOrTimes() throws IOException {
        String id = emulator.jobs().add(EmulatedJob.completed()
                .lifecycle(Duration.ofMinutes(10), Duration.ofMinutes(1)).predictedWait(Duration.ofSeconds(90)));
        JsonNode job = get(id);
        assertThat(job.get("status").asText()).isEqualTo("submitted");
        assertThat(job.get("predicted_wait_time_ms").asLong()).isEqualTo(90_000);
        assertThat(job.get("started_at").isNull()).isTrue();
        assertThat(job.get("completed_at").isNull()).isTrue();
        assertThat(job.get("execution_duration_ms").isNull()).isTrue();
        assertThat(job.get("results").isNull()).isTrue();
        assertThat(http.get("/v0.4/jobs/" + id + "/results/probabilities").statusCode()).isEqualTo(404);
    }

    @Test
    void withoutAnExplicitPredictionTheQueueTimeLeftIsPredicted() {
        String id = emulator.jobs().add(EmulatedJob.completed()
                .lifecycle(Duration.ofMinutes(10), Duration.ofMinutes(1)));
        assertThat(get(id).get("predicted_wait_time_ms").asLong()).isBetween(590_000L, 600_000L);
    }

    @Test
    void controlApiMovesJobsAlong() {
        String id = emulator.jobs().add(EmulatedJob.withStatus("ready").probabilities(Map.of(2L, 1.0)));
        assertThat(status(id)).isEqualTo("ready");
        emulator.jobs().complete(id);
        JsonNode job = get(id);
        assertThat(job.get("status").asText()).isEqualTo("completed");
        assertThat(Http.kinds(job.get("results"))).contains("probabilities");

        String other = emulator.jobs().add(EmulatedJob.completed().lifecycle(Duration.ofMinutes(1), Duration.ZERO));
        emulator.jobs().fail(other, "QuantumComputerError", "recalibrated");
        assertThat(emulator.jobs().get(other).orElseThrow().failureCode()).isEqualTo("QuantumComputerError");
        assertThat(get(other).get("failure").get("message").asText()).isEqualTo("recalibrated");

        String third = emulator.jobs().add(EmulatedJob.completed().lifecycle(Duration.ofMinutes(1), Duration.ZERO));
        emulator.jobs().cancel(third);
        assertThat(status(third)).isEqualTo("canceled");
        assertThat(get(third).get("started_at").isNull()).isTrue();

        emulator.jobs().setStatus(third, "archived");
        assertThat(emulator.jobs().get(third).orElseThrow().status()).isEqualTo("archived");

        assertThat(emulator.jobs().ids()).containsExactly(third, other, id);
        assertThat(emulator.jobs().remove(third)).isTrue();
        assertThat(emulator.jobs().remove(third)).isFalse();
        assertThat(emulator.jobs().get(third)).isEmpty();
        assertThatThrownBy(() -> emulator.jobs().complete("nope"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no job with id nope");
    }

    @Test
    void explicitIdsAreKeptAndDuplicatesRejected() {
        emulator.jobs().add(EmulatedJob.completed().id("my-job"));
        assertThat(get("my-job").get("id").asText()).isEqualTo("my-job");
        assertThatThrownBy(() -> emulator.jobs().add(EmulatedJob.completed().id("my-job")))
                .hasMessageContaining("already exists");
    }

    @Test
    void noResultsMakesACompletedJobWithNullResults() throws IOException {
        String id = emulator.jobs().add(EmulatedJob.completed().noResults());
        JsonNode job = get(id);
        assertThat(job.get("status").asText()).isEqualTo("completed");
        assertThat(job.get("results").isNull()).isTrue();
        assertThat(http.get("/v0.4/jobs/" + id + "/results/probabilities").statusCode()).isEqualTo(404);
    }

    @Test
    void rawJsonIsServedVerbatim() throws IOException {
        String id = emulator.jobs().add(EmulatedJob.completed().rawJson("{\"id\": 12, \"status\": [\"completed\""));
        assertThat(http.get("/v0.4/jobs/" + id).body()).isEqualTo("{\"id\": 12, \"status\": [\"completed\"");
        assertThat(emulator.jobs().get(id).orElseThrow().json()).startsWith("{\"id\": 12");
    }

    @Test
    void snapshotShowsTheBodyAndNeverTheKey() {
        String id = emulator.jobs().add(EmulatedJob.completed().name("snap"));
        JobSnapshot snapshot = emulator.jobs().get(id).orElseThrow();
        assertThat(snapshot.status()).isEqualTo("completed");
        assertThat(snapshot.name()).isEqualTo("snap");
        assertThat(Http.parse(snapshot.json()).get("id").asText()).isEqualTo(id);
        assertThat(snapshot.toString()).doesNotContain(emulator.apiKey());
    }

    @Test
    void invalidProbabilitiesAreServedAsGiven() throws IOException {
        String id = emulator.jobs().add(EmulatedJob.completed().probabilities(Map.of(0L, -0.2, 1L, 0.9)));
        JsonNode p = http.json("/v0.4/jobs/" + id + "/results/probabilities");
        assertThat(p.get("0").asDouble()).isEqualTo(-0.2);
        assertThat(p.get("1").asDouble()).isEqualTo(0.9);
    }

    private static String status(String id) {
        return get(id).get("status").asText();
    }

    private static JsonNode get(String id) {
        try {
            return http.json("/v0.4/jobs/" + id);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
