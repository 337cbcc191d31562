package io.github.ionqci.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResultDownloadTest extends EmulatorTestBase {

    @Test
    void urlFormServesProbabilitiesHistogramAndShotsWithDecimalKeys() throws IOException {
        String id = emulator.jobs().add(EmulatedJob.completed().backend("qpu.forte-1").qubits(2).shots(10)
                .probabilities(Map.of(0L, 0.5, 3L, 0.5)).resultForm(ResultForm.URL));
        JsonNode results = http.json("/v0.4/jobs/" + id).get("results");
        JsonNode p = http.json(results.get("probabilities").get("url").asText());
        assertThat(p.get("0").asDouble()).isEqualTo(0.5);
        assertThat(p.get("3").asDouble()).isEqualTo(0.5);
        JsonNode h = http.json(results.get("histogram").get("url").asText());
        assertThat(h.get("0").asLong() + h.get("3").asLong()).isEqualTo(10);
        assertThat(h.get("0").asLong()).isEqualTo(5);
        JsonNode shots = http.json(results.get("shots").get("url").asText());
        assertThat(shots.isArray()).isTrue();
        assertThat(shots).hasSize(10);
        List<String> values = new ArrayList<>();
        shots.forEach(s -> values.add(s.textValue()));
        assertThat(values).containsOnly("0", "3");
        assertThat(values.stream().filter("3"::equals).count()).isEqualTo(5);
    }

    @Test
    void explicitHistogramAndShotsAreServedAndProbabilitiesDerived() throws IOException {
        String id = emulator.jobs().add(EmulatedJob.completed().shotResults(3, 0, 3, 3));
        JsonNode p = http.json("/v0.4/jobs/" + id + "/results/probabilities");
        assertThat(p.get("3").asDouble()).isEqualTo(0.75);
        assertThat(http.json("/v0.4/jobs/" + id + "/results/histogram").get("0").asLong()).isEqualTo(1);
        assertThat(http.json("/v0.4/jobs/" + id + "/results/shots").toString()).isEqualTo("[\"3\",\"0\",\"3\",\"3\"]");
        assertThat(http.json("/v0.4/jobs/" + id).get("stats").get("qubits").asInt()).isEqualTo(2);
    }

    @Test
    void sharpenIsAcceptedAndValidated() throws IOException {
        String id = emulator.jobs().add(EmulatedJob.completed());
        assertThat(http.get("/v0.4/jobs/" + id + "/results/probabilities?sharpen=false").statusCode()).isEqualTo(200);
        assertThat(http.get("/v0.4/jobs/" + id + "/results/probabilities?sharpen=true").statusCode()).isEqualTo(200);
        HttpResponse<String> bad = http.get("/v0.4/jobs/" + id + "/results/probabilities?sharpen=maybe");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(Http.parse(bad.body()).get("validation").get("keys").get(0).asText()).isEqualTo("sharpen");
    }

    @Test
    void beforeCompletionAndForUnknownJobsDownloadsAre404NotYetCompleted() throws IOException {
        String pending = emulator.jobs().add(EmulatedJob.completed().lifecycle(Duration.ofMinutes(5), Duration.ZERO));
        for (String path : new String[] {"/v0.4/jobs/" + pending + "/results/probabilities",
                "/v0.4/jobs/unknown-id/results/probabilities", "/v0.4/jobs/" + pending + "/results/bogus"}) {
            HttpResponse<String> response = http.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            JsonNode body = Http.parse(response.body());
            assertThat(body.get("error").asText()).isEqualTo("Not Found Error");
            assertThat(body.get("message").asText()).isEqualTo("Job not found or not yet completed");
        }
        String ideal = emulator.jobs().add(EmulatedJob.completed());
        assertThat(http.get("/v0.4/jobs/" + ideal + "/results/shots").statusCode())
                .as("the ideal simulator has no shots").isEqualTo(404);
    }

    @Test
    void artifactFormKeysResultsByFormatAndServesThemById() throws IOException {
        String id = emulator.jobs().add(EmulatedJob.completed().noise("forte-1", 1).shots(4)
                .resultForm(ResultForm.ARTIFACT).probabilities(Map.of(1L, 1.0)));
        JsonNode results = http.json("/v0.4/jobs/" + id).get("results");
        assertThat(results.fieldNames()).toIterable().containsExactly("ionq.result.probabilities.json.v1",
                "ionq.result.probabilities.json.v2", "ionq.result.histogram.json.v1", "ionq.result.histogram.json.v2",
                "ionq.result.shots.json.v1", "ionq.result.shots.json.v2");
        JsonNode v2 = http.json("/v0.4/jobs/" + id + "/artifacts/"
                + results.get("ionq.result.histogram.json.v2").get("id").asText());
        assertThat(v2.toString()).isEqualTo("{\"histogram\":{\"registers\":{\"output_all\":{\"1\":4}}}}");
        JsonNode artifact = results.get("ionq.result.histogram.json.v1");
        assertThat(artifact.get("format").asText()).isEqualTo("ionq.result.histogram.json.v1");
        assertThat(artifact.get("media_type").asText()).isEqualTo("application/json");
        JsonNode h = http.json("/v0.4/jobs/" + id + "/artifacts/" + artifact.get("id").asText());
        assertThat(h.get("1").asLong()).isEqualTo(4);
        String pid = results.get("ionq.result.probabilities.json.v1").get("id").asText();
        assertThat(http.json("/v0.4/jobs/" + id + "/artifacts/" + pid).get("1").asDouble()).isEqualTo(1.0);
        assertThat(http.json("/v0.4/jobs/" + id).get("results").get("ionq.result.histogram.json.v1").get("id")
                .asText()).as("artifact ids are stable").isEqualTo(artifact.get("id").asText());
        assertThat(http.get("/v0.4/jobs/" + id + "/artifacts/not-an-artifact").statusCode()).isEqualTo(404);
    }

    @Test
    void debiasingVariantsHaveTheirOwnResultLinks() throws IOException {
        String id = emulator.jobs().add(EmulatedJob.completed().backend("qpu.aria-1").qubits(3).shots(900)
                .probabilities(Map.of(0L, 0.5, 7L, 0.5)).debiasingVariants(3).resultForm(ResultForm.URL));
        JsonNode job = http.json("/v0.4/jobs/" + id);
        assertThat(job.get("settings").get("error_mitigation").get("debiasing").asBoolean()).isTrue();
        JsonNode variants = job.get("output").get("error_mitigation").get("debiasing").get("variants");
        assertThat(variants).hasSize(3);
        JsonNode v = variants.get(1);
        assertThat(v.get("shots").asInt()).isEqualTo(300);
        assertThat(v.get("qubit_map")).hasSize(3);
        String vid = v.get("variant_id").asText();
        String url = v.get("results").get("histogram").get("url").asText();
        assertThat(url).isEqualTo("/v0.4/jobs/" + id + "/variants/" + vid + "/results/histogram");
        JsonNode h = http.json(url);
        assertThat(h.get("0").asLong() + h.get("7").asLong()).isEqualTo(300);
        assertThat(http.json(v.get("results").get("shots").get("url").asText())).hasSize(300);
        assertThat(http.json(v.get("results").get("probabilities").get("url").asText()).get("7").asDouble())
                .isEqualTo(0.5);
        assertThat(http.get("/v0.4/jobs/" + id + "/variants/nope/results/histogram").statusCode()).isEqualTo(404);
    }

    @Test
    void artifactFormVariantsDownloadThroughArtifacts() throws IOException {
        String id = emulator.jobs().add(EmulatedJob.completed().backend("qpu.forte-1").qubits(1).shots(100)
                .probabilities(Map.of(1L, 1.0)).debiasingVariants(2).resultForm(ResultForm.ARTIFACT));
        JsonNode v = http.json("/v0.4/jobs/" + id).get("output").get("error_mitigation").get("debiasing")
                .get("variants").get(0);
        String aid = v.get("results").get("ionq.result.histogram.json.v1").get("id").asText();
        assertThat(http.json("/v0.4/jobs/" + id + "/artifacts/" + aid).get("1").asLong()).isEqualTo(50);
    }

    @Test
    void multiCircuitParentAggregatesChildProbabilitiesByChildId() throws IOException {
        String parent = emulator.jobs().add(EmulatedJob.completed().resultForm(ResultForm.URL).children(
                EmulatedJob.completed().probabilities(Map.of(2L, 1.0)),
                EmulatedJob.completed().probabilities(Map.of(0L, 0.5, 1L, 0.5))));
        JsonNode job = http.json("/v0.4/jobs/" + parent);
        assertThat(job.get("type").asText()).isEqualTo("ionq.multi-circuit.v1");
        assertThat(job.get("stats").get("circuits").asInt()).isEqualTo(2);
        List<String> children = new ArrayList<>();
        job.get("child_job_ids").forEach(c -> children.add(c.asText()));
        assertThat(children).hasSize(2);
        for (String child : children) {
            assertThat(http.json("/v0.4/jobs/" + child).get("parent_job_id").asText()).isEqualTo(parent);
        }
        String url = job.get("results").get("probabilities").get("url").asText();
        assertThat(url).isEqualTo("/v0.4/jobs/" + parent + "/results/probabilities/aggregated");
        JsonNode aggregate = http.json(url);
        List<String> keys = new ArrayList<>();
        aggregate.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactlyElementsOf(children);
        assertThat(aggregate.get(children.get(0)).get("2").asDouble()).isEqualTo(1.0);
        assertThat(aggregate.get(children.get(1)).get("1").asDouble()).isEqualTo(0.5);
        assertThat(http.json("/v0.4/jobs/" + parent + "/results/probabilities")).isEqualTo(aggregate);
        assertThat(http.get("/v0.4/jobs/" + children.get(0) + "/results/probabilities/aggregated").statusCode())
                .isEqualTo(404);
    }

    @Test
    void multiCircuitParentInArtifactFormExposesTheAggregateFormat() throws IOException {
        String parent = emulator.jobs().add(EmulatedJob.completed().resultForm(ResultForm.ARTIFACT)
                .children(EmulatedJob.completed().probabilities(Map.of(1L, 1.0))));
        JsonNode artifact = http.json("/v0.4/jobs/" + parent).get("results")
                .get("ionq.result.probabilities-aggregate.json.v1");
        assertThat(artifact.get("format").asText()).isEqualTo("ionq.result.probabilities-aggregate.json.v1");
        JsonNode aggregate = http.json("/v0.4/jobs/" + parent + "/artifacts/" + artifact.get("id").asText());
        assertThat(aggregate.size()).isEqualTo(1);
    }
}
