package io.github.ionqci.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code GET /jobs/{id}} bodies validate against IonQ's published {@code GetCircuitJobResponse} (from the seed
 * OpenAPI, {@code additionalProperties: false} included). The seed schema knows only the URL result form, so
 * URL-form jobs are validated strictly and artifact-form jobs are checked to differ only in {@code results}.
 */
class JobSchemaTest extends EmulatorTestBase {

    static Stream<Arguments> urlFormJobs() {
        return Stream.of(
                Arguments.of("completed ideal", EmulatedJob.completed().qubits(2).name("bell")
                        .metadata(Map.of("k", "v")).probabilities(Map.of(0L, 0.5, 3L, 0.5)).gateCounts(1, 1)),
                Arguments.of("completed noisy", EmulatedJob.completed().shots(1000).noise("aria-1", 3)
                        .probabilities(Map.of(0L, 0.48, 3L, 0.48, 1L, 0.04))),
                Arguments.of("completed qpu with debiasing variants", EmulatedJob.completed().backend("qpu.forte-1")
                        .qubits(3).shots(900).probabilities(Map.of(0L, 0.5, 7L, 0.5)).debiasingVariants(3)),
                Arguments.of("failed", EmulatedJob.failed("NotEnoughQubits", "too wide").backend("qpu.aria-1")),
                Arguments.of("canceled", EmulatedJob.canceled().sessionId("s-1")),
                Arguments.of("submitted", EmulatedJob.completed().lifecycle(Duration.ofMinutes(5), Duration.ZERO)
                        .predictedWait(Duration.ofSeconds(30))),
                Arguments.of("started", EmulatedJob.completed()
                        .lifecycle(Duration.ZERO, Duration.ZERO, Duration.ofMinutes(5))),
                Arguments.of("ready", EmulatedJob.withStatus("ready")),
                Arguments.of("completed without results", EmulatedJob.completed().noResults()),
                Arguments.of("dry run", EmulatedJob.completed().dryRun(true)),
                Arguments.of("multi-circuit parent", EmulatedJob.completed().children(
                        EmulatedJob.completed().probabilities(Map.of(1L, 1.0)).resultForm(ResultForm.URL),
                        EmulatedJob.completed().resultForm(ResultForm.URL))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("urlFormJobs")
    void urlFormJobValidatesStrictly(String what, EmulatedJob job) throws IOException {
        String id = emulator.jobs().add(job.resultForm(ResultForm.URL));
        JsonNode body = http.json("/v0.4/jobs/" + id);
        assertThat(GetJobSchema.validate(body)).as(what + ": " + body).isEmpty();
        if (body.get("child_job_ids").isArray()) {
            for (JsonNode child : body.get("child_job_ids")) {
                JsonNode childBody = http.json("/v0.4/jobs/" + child.asText());
                assertThat(GetJobSchema.validate(childBody)).as("child " + childBody).isEmpty();
            }
        }
    }

    @Test
    void artifactFormDiffersFromTheSeedSchemaOnlyInResults() throws IOException {
        String id = emulator.jobs().add(EmulatedJob.completed().noise("forte-1", 1).shots(10)
                .resultForm(ResultForm.ARTIFACT).debiasingVariants(2));
        ObjectNode body = (ObjectNode) http.json("/v0.4/jobs/" + id);
        Set<ValidationMessage> messages = GetJobSchema.validate(body);
        assertThat(messages).isNotEmpty().allSatisfy(m -> assertThat(m.getInstanceLocation().toString())
                .startsWith("$.results"));
        body.putNull("results");
        assertThat(GetJobSchema.validate(body)).isEmpty();
    }

    @Test
    void theValidatorCatchesWhatTheSchemaForbids() throws IOException {
        String id = emulator.jobs().add(EmulatedJob.completed().resultForm(ResultForm.URL));
        ObjectNode body = (ObjectNode) http.json("/v0.4/jobs/" + id);
        assertThat(GetJobSchema.validate(body)).isEmpty();
        assertThat(GetJobSchema.validate(body.deepCopy().put("cost_model", "QCT"))).isNotEmpty();
        assertThat(GetJobSchema.validate(body.deepCopy().put("status", "paused"))).isNotEmpty();
        ObjectNode missing = body.deepCopy();
        missing.remove("child_job_ids");
        assertThat(GetJobSchema.validate(missing)).isNotEmpty();
        assertThat(GetJobSchema.validate(body.deepCopy().put("name", 5))).isNotEmpty();
        ObjectNode nullShots = body.deepCopy();
        nullShots.putNull("shots");
        assertThat(GetJobSchema.validate(nullShots)).as("shots is not nullable").isNotEmpty();
    }
}
