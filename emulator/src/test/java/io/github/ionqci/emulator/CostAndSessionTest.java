package io.github.ionqci.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code GET /jobs/estimate}, {@code GET /jobs/{id}/cost} and {@code /sessions} over real sockets, in IonQ's shapes. */
class CostAndSessionTest extends EmulatorTestBase {

    private static final String BELL_JOB = "{\"type\":\"ionq.circuit.v1\",\"backend\":\"qpu.forte-1\",\"shots\":1000,"
            + "\"input\":" + SubmitJobTest.BELL;

    @BeforeEach
    void reset() {
        emulator.control().reset();
        emulator.jobs().clear();
    }

    @Test
    void estimateUsesTheRateCardAndFitsIonQsSchema() throws IOException {
        JsonNode estimate = http.json("/v0.4/jobs/estimate?backend=qpu.forte-1&qubits=2&shots=1000&1q_gates=1&2q_gates=1");
        // 1000 × (0.0001 + 1 × 0.0003 + 1 × 0.0012) = 1.60 USD, above the 1.00 minimum
        assertThat(estimate.get("estimated_total_cost").decimalValue()).isEqualByComparingTo("1.60");
        assertThat(estimate.get("estimated_unit").asText()).isEqualTo("usd");
        assertThat(estimate.get("estimate_context").get("shots").asInt()).isEqualTo(1000);
        assertThat(SpecSchemas.validate("GetJobEstimateResponse", estimate)).isEmpty();

        emulator.control().rateCard(RateCard.defaults()
                .with("qpu.forte-1", new RateCard.Price("0.001", "0", "0", "0")));
        assertThat(http.json("/v0.4/jobs/estimate?backend=qpu.forte-1&shots=500").get("estimated_total_cost")
                .decimalValue()).isEqualByComparingTo("0.50");
        assertThat(http.json("/v0.4/jobs/estimate?backend=simulator&shots=500").get("estimated_total_cost")
                .decimalValue()).isEqualByComparingTo("0");
    }

    @Test
    void estimateRefusesAMissingOrUnknownBackendNamingIt() throws IOException {
        HttpResponse<String> missing = http.get("/v0.4/jobs/estimate?shots=10");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("\\\"backend\\\" is required");
        HttpResponse<String> tooMany = http.get("/v0.4/jobs/estimate?backend=qpu.forte-1&shots=2000000");
        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(tooMany.body()).contains("shots");
    }

    @Test
    void costIsChargedOnceTheJobCompletedAndFitsIonQsSchema() throws IOException {
        String id = SubmitJobTest.submit(BELL_JOB + "}");
        JsonNode job = SubmitJobTest.awaitFinal(id);
        // stats count the compiled circuit (3 GPI/GPI2 and 1 ZZ on Forte); the price counts the gates as submitted
        // (h and cnot, as Azure's estimator for IonQ counts them): 1000 × (0.0001 + 1 × 0.0003 + 1 × 0.0012) = 1.60
        assertThat(job.get("stats").get("gate_counts").get("1q").asInt()).isEqualTo(3);
        JsonNode cost = http.json("/v0.4/jobs/" + id + "/cost");
        assertThat(cost.get("cost").get("value").decimalValue()).isEqualByComparingTo("1.60");
        assertThat(cost.get("estimated_cost").get("value").decimalValue()).isEqualByComparingTo("1.60");
        assertThat(SpecSchemas.validate("GetJobCostResponse", cost)).isEmpty();
    }

    @Test
    void aSessionRefusesTheJobOverItsJobCountLimitAndEnds() throws IOException {
        HttpResponse<String> created = http.send("POST", "/v0.4/sessions", "{\"backend\":\"qpu.forte-1\","
                + "\"settings\":{\"job_count_limit\":2,\"duration_limit_min\":30,"
                + "\"cost_limit\":{\"unit\":\"usd\",\"value\":100}}}", emulator.apiKey());
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode session = Http.parse(created.body());
        assertThat(session.get("status").asText()).isEqualTo("created");
        assertThat(SpecSchemas.validate("Session", session)).isEmpty();
        String sid = session.get("id").asText();

        String inSession = BELL_JOB + ",\"session_id\":\"" + sid + "\"}";
        String first = SubmitJobTest.submit(inSession);
        SubmitJobTest.submit(inSession);
        HttpResponse<String> third = SubmitJobTest.post(inSession);
        assertThat(third.statusCode()).isEqualTo(400);
        assertThat(Http.parse(third.body()).get("message").asText())
                .contains("job_count_limit of 2").contains("Create a new session");

        JsonNode jobs = http.json("/v0.4/sessions/" + sid + "/jobs");
        assertThat(jobs.get("jobs")).hasSize(2);
        assertThat(jobs.get("jobs").findValuesAsText("session_id")).containsOnly(sid);
        assertThat(SubmitJobTest.get(first).get("session_id").asText()).isEqualTo(sid);
        assertThat(http.json("/v0.4/sessions/" + sid).get("status").asText()).isEqualTo("started");

        HttpResponse<String> ended = http.send("POST", "/v0.4/sessions/" + sid + "/end", null, emulator.apiKey());
        assertThat(ended.statusCode()).isEqualTo(200);
        JsonNode after = Http.parse(ended.body());
        assertThat(after.get("status").asText()).isEqualTo("ended");
        assertThat(after.get("active").asBoolean()).isFalse();
        assertThat(SpecSchemas.validate("Session", after)).isEmpty();
        JsonNode list = http.json("/v0.4/sessions?active=false");
        assertThat(list.get("sessions").findValuesAsText("id")).contains(sid);
        assertThat(SpecSchemas.validate("SessionsResponse", list)).isEmpty();
        assertThat(http.json("/v0.4/sessions?active=true").get("sessions").findValuesAsText("id")).doesNotContain(sid);
        assertThat(SubmitJobTest.post(inSession).statusCode()).isEqualTo(400);
    }

    @Test
    void aSessionRefusesAJobOverItsCostLimit() throws IOException {
        HttpResponse<String> created = http.send("POST", "/v0.4/sessions", "{\"backend\":\"qpu.forte-1\","
                + "\"settings\":{\"cost_limit\":{\"unit\":\"usd\",\"value\":2}}}", emulator.apiKey());
        String sid = Http.parse(created.body()).get("id").asText();
        String inSession = BELL_JOB + ",\"session_id\":\"" + sid + "\"}";
        SubmitJobTest.submit(inSession);
        HttpResponse<String> second = SubmitJobTest.post(inSession);
        assertThat(second.statusCode()).isEqualTo(400);
        assertThat(second.body()).contains("cost_limit of 2");
    }
}
