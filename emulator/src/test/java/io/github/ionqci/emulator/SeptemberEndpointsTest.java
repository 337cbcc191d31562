package io.github.ionqci.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ionqci.emulator.simulator.NoiseModel;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the endpoints added for IonQ's September 2026 spec answer (their shapes: SeptemberSpecConformanceTest). */
class SeptemberEndpointsTest extends EmulatorTestBase {

    private static final String BELL = "{\"type\":\"ionq.circuit.v1\",\"backend\":\"simulator\",\"shots\":100,"
            + "\"name\":\"bell\",\"input\":{\"qubits\":2,\"circuit\":[{\"gate\":\"h\",\"target\":0},"
            + "{\"gate\":\"cnot\",\"control\":0,\"target\":1}]}}";

    @BeforeEach
    void reset() {
        emulator.control().reset();
        emulator.jobs().clear();
    }

    @Test
    void characterizationsCarryTheNoiseTheEmulatorApplies() throws IOException {
        for (String backend : new String[] {"qpu.aria-1", "qpu.aria-2", "qpu.forte-1"}) {
            NoiseModel model = NoiseModel.named(backend.substring(4)).orElseThrow();
            JsonNode description = http.json("/v0.4/backends/" + backend);
            JsonNode page = http.json("/v0.4/backends/" + backend + "/characterizations");
            assertThat(page.get("characterizations")).hasSize(1);
            JsonNode c = page.get("characterizations").get(0);
            assertThat(c.get("id").asText()).isEqualTo(description.get("characterization_id").asText());
            assertThat(http.json("/v0.4/backends/" + backend + "/characterizations/" + c.get("id").asText()))
                    .isEqualTo(c);
            assertThat(1 - c.get("fidelity").get("1q").get("median").asDouble())
                    .isCloseTo(model.oneQubitError(), org.assertj.core.data.Offset.offset(1e-12));
            assertThat(1 - c.get("fidelity").get("2q").get("median").asDouble())
                    .isCloseTo(model.twoQubitError(), org.assertj.core.data.Offset.offset(1e-12));
            int qubits = description.get("qubits").asInt();
            assertThat(c.get("connectivity")).hasSize(qubits * (qubits - 1) / 2);
            assertThat(description.get("supported_error_mitigations").get(0).asText()).isEqualTo("debiasing");
        }
        assertThat(http.json("/v0.4/backends/qpu.aria-1/characterizations").get("characterizations").get(0)
                .get("fidelity").get("2q").get("median").asDouble()).isEqualTo(0.9867);
        JsonNode simulator = http.json("/v0.4/backends/simulator");
        assertThat(simulator.has("characterization_id")).as("the simulator has no characterization").isFalse();
        assertThat(http.json("/v0.4/backends/simulator/characterizations").get("characterizations")).isEmpty();
        assertThat(http.get("/v0.4/backends/qpu.aria-1/characterizations/nope").statusCode()).isEqualTo(404);
        assertThat(simulator.get("last_updated").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
    }

    @Test
    void cloneCopiesTheSubmittedJobWithTheGivenChanges() throws IOException {
        String original = SubmitJobTest.submit(BELL);
        SubmitJobTest.awaitFinal(original);
        HttpResponse<String> created = http.send("POST", "/v0.4/jobs/" + original + "/clone",
                "{\"name\":\"again\",\"shots\":300,\"backend\":\"qpu.aria-1\"}", emulator.apiKey());
        assertThat(created.statusCode()).isEqualTo(201);
        String id = Http.parse(created.body()).get("id").asText();
        JsonNode copy = SubmitJobTest.awaitFinal(id);
        assertThat(id).isNotEqualTo(original);
        assertThat(copy.get("name").asText()).isEqualTo("again");
        assertThat(copy.get("backend").asText()).isEqualTo("qpu.aria-1");
        assertThat(copy.get("shots").asInt()).isEqualTo(300);
        assertThat(copy.get("stats").get("gate_counts").get("2q").asInt()).as("the same circuit").isEqualTo(1);
        JsonNode histogram = http.result(copy, "histogram");
        assertThat(histogram.path("0").asLong() + histogram.path("3").asLong()).isGreaterThan(270);
        assertThat(SubmitJobTest.get(original).get("status").asText()).as("clone leaves the original")
                .isEqualTo("completed");
    }

    @Test
    void moveCancelsTheUnfinishedOriginal() throws IOException {
        emulator.control().queueing(Duration.ofHours(1));
        String original = SubmitJobTest.submit(BELL);
        emulator.control().reset();
        HttpResponse<String> moved = http.send("POST", "/v0.4/jobs/" + original + "/move",
                "{\"backend\":\"qpu.forte-1\"}", emulator.apiKey());
        assertThat(moved.statusCode()).isEqualTo(201);
        JsonNode copy = SubmitJobTest.awaitFinal(Http.parse(moved.body()).get("id").asText());
        assertThat(copy.get("backend").asText()).isEqualTo("qpu.forte-1");
        assertThat(copy.get("status").asText()).isEqualTo("completed");
        assertThat(SubmitJobTest.get(original).get("status").asText()).isEqualTo("canceled");
    }

    @Test
    void cloneRefusesWhatItCannotCopy() throws IOException {
        String added = emulator.jobs().add(EmulatedJob.completed());
        HttpResponse<String> noPayload = http.send("POST", "/v0.4/jobs/" + added + "/clone", "{}", emulator.apiKey());
        assertThat(noPayload.statusCode()).isEqualTo(400);
        assertThat(noPayload.body()).contains("has no submitted payload to clone").contains("POST /jobs");
        String submitted = SubmitJobTest.submit(BELL);
        HttpResponse<String> badField = http.send("POST", "/v0.4/jobs/" + submitted + "/clone", "{\"input\":{}}",
                emulator.apiKey());
        assertThat(badField.statusCode()).isEqualTo(400);
        assertThat(Http.parse(badField.body()).get("validation").get("keys").get(0).asText()).isEqualTo("input");
        HttpResponse<String> badBackend = http.send("POST", "/v0.4/jobs/" + submitted + "/move",
                "{\"backend\":\"qpu.nowhere\"}", emulator.apiKey());
        assertThat(badBackend.statusCode()).isEqualTo(400);
        assertThat(SubmitJobTest.awaitFinal(submitted).get("status").asText()).as("a refused move cancels nothing")
                .isEqualTo("completed");
        assertThat(http.send("POST", "/v0.4/jobs/00000000-0000-4000-8000-000000000000/clone", "{}",
                emulator.apiKey()).statusCode()).isEqualTo(404);
    }

    @Test
    void usageReportsCompletedQpuJobsOfTheRange() throws IOException {
        String qpu = BELL.replace("\"backend\":\"simulator\"", "\"backend\":\"qpu.aria-1\"");
        SubmitJobTest.awaitFinal(SubmitJobTest.submit(qpu));
        SubmitJobTest.awaitFinal(SubmitJobTest.submit(qpu));
        SubmitJobTest.awaitFinal(SubmitJobTest.submit(BELL));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        JsonNode usage = http.json("/v0.4/organizations/any/usage?start_date=" + today.minusDays(2) + "&end_date="
                + today.plusDays(1) + "&group_by=user&modality=daily");
        assertThat(usage.get("job_count").asInt()).as("the simulator job is free and not counted").isEqualTo(2);
        // 0.30 + 100 shots × 0.03 USD per Aria job, the emulator's cost model
        assertThat(usage.get("amount_total").decimalValue()).isEqualByComparingTo("6.60");
        assertThat(usage.get("usage_data")).hasSize(3);
        JsonNode latest = usage.get("usage_data").get(0);
        assertThat(latest.get("from").asText()).isEqualTo(today.toString());
        assertThat(latest.get("group_usages").get(0).get("group_id").asText()).isEqualTo(EmulatedJobs.SUBMITTER_ID);
        assertThat(usage.get("usage_data").get(2).get("job_count").asInt()).isZero();
        HttpResponse<String> missing = http.get("/v0.4/organizations/any/usage?start_date=2026-01-01");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(Http.parse(missing.body()).get("validation").get("keys").get(0).asText()).isEqualTo("end_date");
    }

    @Test
    void formatSchemasNameTheirFormat() throws IOException {
        JsonNode schema = http.json("/v0.4/schemas/formats/ionq.result.probabilities.json.v2");
        assertThat(schema.get("$id").asText()).isEqualTo("ionq.result.probabilities.json.v2");
        assertThat(schema.get("required").get(0).asText()).isEqualTo("probabilities");
        assertThat(http.get("/v0.4/schemas/formats/ionq.result.unknown").statusCode()).isEqualTo(404);
    }

    @Test
    void eightControlsFailTheJobWithIonqsCode() {
        JsonNode job = SubmitJobTest.awaitFinal(SubmitJobTest.submit("{\"type\":\"ionq.circuit.v1\","
                + "\"backend\":\"simulator\",\"input\":{\"qubits\":9,\"circuit\":[{\"gate\":\"x\","
                + "\"controls\":[0,1,2,3,4,5,6,7],\"target\":8}]}}"));
        assertThat(job.get("status").asText()).isEqualTo("failed");
        assertThat(job.get("failure").get("code").asText()).isEqualTo("TooManyControls");
        assertThat(job.get("failure").get("message").asText()).contains("at most 7");
    }
}
