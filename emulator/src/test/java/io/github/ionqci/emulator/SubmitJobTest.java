package io.github.ionqci.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SubmitJobTest extends EmulatorTestBase {

    static final String BELL = "{\"qubits\":2,\"gateset\":\"qis\",\"circuit\":[{\"gate\":\"h\",\"target\":0},"
            + "{\"gate\":\"cnot\",\"control\":0,\"target\":1}]}";

    @BeforeEach
    void reset() {
        emulator.control().reset();
        emulator.jobs().clear();
    }

    @Test
    void idealBellJobRunsOnTheSimulatorAndGivesExactProbabilities() throws IOException {
        HttpResponse<String> created = post("{\"type\":\"ionq.circuit.v1\",\"backend\":\"simulator\",\"shots\":1000,"
                + "\"name\":\"bell\",\"metadata\":{\"suite\":\"ci\"},\"input\":" + BELL + "}");
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode body = Http.parse(created.body());
        assertThat(body.get("status").asText()).isEqualTo("submitted");
        assertThat(body.has("session_id")).isTrue();
        String id = body.get("id").asText();
        assertThat(id).matches("[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        JsonNode job = awaitFinal(id);
        assertThat(job.get("status").asText()).isEqualTo("completed");
        assertThat(job.get("name").asText()).isEqualTo("bell");
        assertThat(job.get("metadata").get("suite").asText()).isEqualTo("ci");
        assertThat(job.has("shots")).as("ideal simulator omits shots").isFalse();
        assertThat(job.get("noise").get("model").asText()).isEqualTo("ideal");
        assertThat(job.get("stats").get("qubits").asInt()).isEqualTo(2);
        // the compiled circuit's gates (GPI/GPI2 and MS on the simulator), as in IonQ's example for a Bell pair
        assertThat(job.get("stats").get("gate_counts").get("1q").asInt()).isEqualTo(4);
        assertThat(job.get("stats").get("gate_counts").get("2q").asInt()).isEqualTo(1);
        assertThat(job.get("started_at").isNull()).isFalse();
        assertThat(job.get("execution_duration_ms").isNumber()).isTrue();
        assertThat(Http.kinds(job.get("results"))).containsExactly("probabilities");
        JsonNode p = http.result(job, "probabilities");
        assertThat(p.size()).isEqualTo(2);
        assertThat(p.get("0").asDouble()).isCloseTo(0.5, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(p.get("3").asDouble()).isCloseTo(0.5, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(GetJobSchema.validateEitherForm(job)).isEmpty();
    }

    @Test
    void seededNoisyJobIsRepeatableAndItsSamplesAgree() throws IOException {
        String payload = "{\"type\":\"ionq.circuit.v1\",\"backend\":\"simulator\",\"shots\":400,"
                + "\"noise\":{\"model\":\"aria-1\",\"seed\":11},\"input\":" + BELL + "}";
        JsonNode first = awaitFinal(submit(payload));
        JsonNode second = awaitFinal(submit(payload));
        assertThat(first.get("shots").asInt()).isEqualTo(400);
        assertThat(first.get("noise").get("seed").asInt()).isEqualTo(11);
        JsonNode h1 = http.result(first, "histogram");
        JsonNode h2 = http.result(second, "histogram");
        assertThat(h1).isEqualTo(h2);
        long total = 0;
        for (JsonNode count : h1) {
            total += count.asLong();
        }
        assertThat(total).isEqualTo(400);
        JsonNode shots = http.result(first, "shots");
        assertThat(shots).hasSize(400);
        assertThat(http.result(second, "shots")).isEqualTo(shots);
        assertThat(h1.path("0").asLong() + h1.path("3").asLong()).isGreaterThan(300);
        assertThat(GetJobSchema.validateEitherForm(first)).isEmpty();
    }

    @Test
    void acceptsWhatCirqAndQiskitSend() throws IOException {
        String cirq = "{\"type\":\"ionq.circuit.v1\",\"backend\":\"simulator\",\"shots\":\"100\",\"lang\":\"json\","
                + "\"noise\":{\"model\":\"ideal\"},\"input\":{\"qubits\":2,\"gateset\":\"qis\",\"circuit\":["
                + "{\"gate\":\"x\",\"targets\":[0]},{\"gate\":\"x\",\"controls\":[0],\"targets\":[1]}]}}";
        JsonNode job = awaitFinal(submit(cirq));
        assertThat(job.get("status").asText()).isEqualTo("completed");
        assertThat(http.result(job, "probabilities").get("3").asDouble())
                .isEqualTo(1.0);
    }

    @Test
    void qpuJobRunsWithTheDevicesNoiseModelAndReportsShots() throws IOException {
        JsonNode job = awaitFinal(submit("{\"type\":\"ionq.circuit.v1\",\"backend\":\"qpu.aria-1\",\"shots\":200,"
                + "\"input\":" + BELL + "}"));
        assertThat(job.get("status").asText()).isEqualTo("completed");
        assertThat(job.get("shots").asInt()).isEqualTo(200);
        assertThat(job.has("noise")).isFalse();
        assertThat(Http.kinds(job.get("results"))).containsExactly("probabilities", "histogram", "shots");
        JsonNode cost = http.json("/v0.4/jobs/" + job.get("id").asText() + "/cost");
        assertThat(cost.get("dry_run").asBoolean()).isFalse();
        assertThat(cost.get("estimated_cost").get("value").decimalValue()).isEqualByComparingTo("1.00");
        assertThat(cost.get("estimated_cost").get("unit").asText()).isEqualTo("usd");
        assertThat(cost.get("cost").get("value").decimalValue()).isEqualByComparingTo("1.00");
    }

    @Test
    void multiCircuitJobMakesChildrenAndAnAggregateKeyedByChildId() throws IOException {
        String id = submit("{\"type\":\"ionq.multi-circuit.v1\",\"backend\":\"simulator\",\"input\":{"
                + "\"gateset\":\"qis\",\"qubits\":2,\"circuits\":["
                + "{\"name\":\"flip\",\"circuit\":[{\"gate\":\"x\",\"target\":1}]},"
                + "{\"name\":\"plus\",\"circuit\":[{\"gate\":\"h\",\"target\":0}]}]}}");
        JsonNode parent = awaitFinal(id);
        assertThat(parent.get("status").asText()).isEqualTo("completed");
        assertThat(parent.get("stats").get("circuits").asInt()).isEqualTo(2);
        List<String> children = new ArrayList<>();
        parent.get("child_job_ids").forEach(c -> children.add(c.asText()));
        assertThat(children).hasSize(2);
        JsonNode first = http.json("/v0.4/jobs/" + children.get(0));
        assertThat(first.get("parent_job_id").asText()).isEqualTo(id);
        assertThat(first.get("name").asText()).isEqualTo("flip");
        assertThat(first.get("type").asText()).isEqualTo("ionq.circuit.v1");
        JsonNode aggregate = http.result(parent, "probabilities");
        assertThat(aggregate.get(children.get(0)).get("2").asDouble()).isEqualTo(1.0);
        assertThat(aggregate.get(children.get(1)).get("1").asDouble()).isCloseTo(0.5,
                org.assertj.core.data.Offset.offset(1e-12));
        assertThat(JobListingTest.ids(http.json("/v0.4/jobs?parent_job_id=" + id)))
                .containsExactlyInAnyOrderElementsOf(children);
        assertThat(GetJobSchema.validateEitherForm(parent)).isEmpty();
        assertThat(GetJobSchema.validateEitherForm(first)).isEmpty();
    }

    @Test
    void controlQueueingAndDurationDriveTheLifecycle() {
        emulator.control().queueing(Duration.ofMillis(60)).jobDuration(Duration.ofMillis(60));
        String id = submit("{\"type\":\"ionq.circuit.v1\",\"backend\":\"simulator\",\"input\":" + BELL + "}");
        List<String> seen = new ArrayList<>();
        Poll.until(() -> {
            String status = get(id).get("status").asText();
            if (seen.isEmpty() || !seen.get(seen.size() - 1).equals(status)) {
                seen.add(status);
            }
            return status.equals("completed");
        }, Duration.ofSeconds(10), "job to complete");
        assertThat(seen).containsSubsequence("started", "completed").isSubsetOf("submitted", "ready", "started",
                "completed");
        JsonNode job = get(id);
        Duration ran = Duration.between(Instant.parse(job.get("started_at").asText()),
                Instant.parse(job.get("completed_at").asText()));
        assertThat(ran).isGreaterThanOrEqualTo(Duration.ofMillis(59));
        assertThat(job.get("predicted_execution_duration_ms").asLong()).isEqualTo(60);
    }

    @Test
    void forcedFailuresHitTheNextSubmissionsOnly() {
        emulator.control().forceFailure("QuantumComputerError", "recalibrated", 2);
        String payload = "{\"type\":\"ionq.circuit.v1\",\"backend\":\"simulator\",\"input\":" + BELL + "}";
        List<JsonNode> jobs = List.of(awaitFinal(submit(payload)), awaitFinal(submit(payload)),
                awaitFinal(submit(payload)));
        assertThat(jobs.get(0).get("failure").get("code").asText()).isEqualTo("QuantumComputerError");
        assertThat(jobs.get(1).get("failure").get("message").asText()).isEqualTo("recalibrated");
        assertThat(jobs.get(2).get("status").asText()).isEqualTo("completed");
        assertThat(GetJobSchema.validateEitherForm(jobs.get(0))).isEmpty();
    }

    @Test
    void cancelAndDeleteOneOrMany() throws IOException {
        emulator.control().queueing(Duration.ofMinutes(5));
        String payload = "{\"type\":\"ionq.circuit.v1\",\"backend\":\"simulator\",\"input\":" + BELL + "}";
        String a = submit(payload);
        String b = submit(payload);
        String c = submit(payload);
        HttpResponse<String> cancel = http.send("PUT", "/v0.4/jobs/" + a + "/status/cancel", null, emulator.apiKey());
        assertThat(cancel.statusCode()).isEqualTo(200);
        assertThat(Http.parse(cancel.body()).get("status").asText()).isEqualTo("canceled");
        assertThat(get(a).get("status").asText()).isEqualTo("canceled");

        HttpResponse<String> many = http.send("PUT", "/v0.4/jobs/status/cancel",
                "{\"ids\":[\"" + b + "\",\"" + c + "\",\"unknown\"]}", emulator.apiKey());
        assertThat(many.statusCode()).isEqualTo(200);
        assertThat(Http.parse(many.body()).get("ids")).hasSize(2);
        assertThat(get(c).get("status").asText()).isEqualTo("canceled");

        HttpResponse<String> delete = http.send("DELETE", "/v0.4/jobs/" + a, null, emulator.apiKey());
        assertThat(Http.parse(delete.body()).get("status").asText()).isEqualTo("deleted");
        assertThat(http.get("/v0.4/jobs/" + a).statusCode()).isEqualTo(404);
        HttpResponse<String> deleteMany = http.send("DELETE", "/v0.4/jobs", "{\"ids\":[\"" + b + "\",\"" + c + "\"]}",
                emulator.apiKey());
        assertThat(Http.parse(deleteMany.body()).get("ids")).hasSize(2);
        assertThat(emulator.jobs().ids()).isEmpty();
        assertThat(http.send("PUT", "/v0.4/jobs/unknown/status/cancel", null, emulator.apiKey()).statusCode())
                .isEqualTo(404);
        assertThat(http.send("DELETE", "/v0.4/jobs/unknown", null, emulator.apiKey()).statusCode()).isEqualTo(404);
        assertThat(http.send("PUT", "/v0.4/jobs/status/cancel", "{\"ids\":\"x\"}", emulator.apiKey()).statusCode())
                .isEqualTo(400);
    }

    @Test
    void dryRunCompletesWithoutResults() {
        JsonNode job = awaitFinal(submit("{\"type\":\"ionq.circuit.v1\",\"backend\":\"qpu.forte-1\",\"dry_run\":true,"
                + "\"input\":" + BELL + "}"));
        assertThat(job.get("status").asText()).isEqualTo("completed");
        assertThat(job.get("dry_run").asBoolean()).isTrue();
        assertThat(job.get("results").isNull()).isTrue();
    }

    @Test
    void backendsAndWhoami() throws IOException {
        HttpResponse<String> list = http.send("GET", "/v0.4/backends", null, null);
        assertThat(list.statusCode()).as("backends need no key").isEqualTo(200);
        JsonNode backends = Http.parse(list.body());
        List<String> names = new ArrayList<>();
        backends.forEach(b -> names.add(b.get("backend").asText() + "=" + b.get("qubits").asInt()));
        assertThat(names).containsExactly("simulator=29", "qpu.aria-1=25", "qpu.aria-2=25", "qpu.forte-1=36",
                "qpu.forte-enterprise-1=36", "qpu.harmony=11");
        JsonNode forte = Http.parse(http.send("GET", "/v0.4/backends/qpu.forte-1", null, null).body());
        assertThat(forte.get("status").asText()).isEqualTo("available");
        assertThat(http.send("GET", "/v0.4/backends/qpu.nowhere", null, null).statusCode()).isEqualTo(404);
        JsonNode me = http.json("/v0.4/whoami");
        assertThat(me.get("project_id").asText()).isEqualTo(EmulatedJobs.PROJECT_ID);
        assertThat(me.toString()).doesNotContain(emulator.apiKey());
        assertThat(http.send("GET", "/v0.4/whoami", null, "wrong").statusCode()).isEqualTo(401);
    }

    static String submit(String payload) {
        HttpResponse<String> response = post(payload);
        if (response.statusCode() != 201) {
            throw new AssertionError("POST /jobs answered " + response.statusCode() + ": " + response.body());
        }
        return Http.parse(response.body()).get("id").asText();
    }

    static HttpResponse<String> post(String payload) {
        try {
            return http.send("POST", "/v0.4/jobs", payload, emulator.apiKey());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode awaitFinal(String id) {
        Poll.until(() -> {
            String s = get(id).get("status").asText();
            return s.equals("completed") || s.equals("failed") || s.equals("canceled");
        }, Duration.ofSeconds(20), "job " + id + " to finish");
        return get(id);
    }

    static JsonNode get(String id) {
        try {
            return http.json("/v0.4/jobs/" + id);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
