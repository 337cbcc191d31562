package io.github.ionqci.emulator;

import static io.github.ionqci.emulator.SubmitJobTest.awaitFinal;
import static io.github.ionqci.emulator.SubmitJobTest.post;
import static io.github.ionqci.emulator.SubmitJobTest.submit;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Debiasing of submitted QPU-backend jobs over real HTTP: variants with their own qubit maps, shots and noise
 * realisations; v2 artifacts per variant; the average and voting aggregations; symmetry verification; IonQ's
 * 500-shot minimum and its defaults.
 */
class DebiasingTest extends EmulatorTestBase {

    private static final String BELL = "\"input\":{\"qubits\":2,\"circuit\":[{\"gate\":\"h\",\"target\":0},"
            + "{\"gate\":\"cnot\",\"control\":0,\"target\":1}]}";

    @BeforeAll
    static void serveTheSeptemberForm() {
        emulator.close();
        emulator = IonQEmulator.builder().resultForm(ResultForm.ARTIFACT).start();
        http = new Http(emulator);
    }

    @BeforeEach
    void reset() {
        emulator.control().reset();
    }

    private static String job(String backend, int shots, String settings, String input) {
        return "{\"type\":\"ionq.circuit.v1\",\"backend\":\"" + backend + "\",\"shots\":" + shots
                + (settings == null ? "" : ",\"settings\":" + settings) + "," + input + "}";
    }

    private static JsonNode artifact(String jobId, JsonNode descriptor) throws IOException {
        return http.json("/v0.4/jobs/" + jobId + "/artifacts/" + descriptor.get("id").asText());
    }

    /** A v2 histogram's {@code output_all} register as a map of bitstring to count. */
    private static Map<String, Long> register(JsonNode histogramV2) {
        Map<String, Long> counts = new TreeMap<>();
        histogramV2.get("histogram").get("registers").get("output_all").fields()
                .forEachRemaining(e -> counts.put(e.getKey(), e.getValue().asLong()));
        return counts;
    }

    @Test
    void aDebiasedAriaJobRunsAsVariantsWhoseAggregationsAddUp() throws IOException {
        // docs: debiased
        String id = submit(job("qpu.aria-1", 1000,
                "{\"error_mitigation\":{\"debiasing\":true,\"symmetry_verification\":true}}", BELL));
        JsonNode job = awaitFinal(id);
        JsonNode em = job.get("output").get("error_mitigation");
        JsonNode variants = em.get("debiasing").get("variants");       // 8 variants of 125 shots
        JsonNode average = em.get("aggregations").get("average");       // ionq.result.histogram.json.v2
        JsonNode voting = em.get("aggregations").get("voting");         // plurality vote (sharpened)
        // end docs
        assertThat(job.get("status").asText()).isEqualTo("completed");
        assertThat(job.get("settings").get("error_mitigation").get("debiasing").asBoolean()).isTrue();
        assertThat(em.get("debiasing").get("aggregation_method").asText()).isEqualTo("average");
        assertThat(variants).hasSize(8).allMatch(v -> v.get("shots").asInt() == 125);

        int shots = 0;
        Set<List<Integer>> maps = new HashSet<>();
        Map<String, Long> sum = new TreeMap<>();
        Set<Map<String, Long>> distinct = new HashSet<>();
        Set<String> modes = new HashSet<>();
        for (JsonNode variant : variants) {
            int variantShots = variant.get("shots").asInt();
            shots += variantShots;
            List<Integer> map = new ArrayList<>();
            variant.get("qubit_map").forEach(q -> map.add(q.asInt()));
            assertThat(map).hasSize(2).doesNotHaveDuplicates().allMatch(q -> q >= 0 && q < 25);
            maps.add(map);
            JsonNode results = variant.get("results");
            for (String kind : List.of("probabilities", "histogram", "shots")) {
                assertThat(results.has("ionq.result." + kind + ".json.v1")).isTrue();
                assertThat(results.get("ionq.result." + kind + ".json.v2").get("format").asText())
                        .isEqualTo("ionq.result." + kind + ".json.v2");
            }
            Map<String, Long> histogram = register(artifact(id, results.get("ionq.result.histogram.json.v2")));
            assertThat(histogram.keySet()).allMatch(bits -> bits.matches("[01]{2}"));
            assertThat(histogram.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(variantShots);
            JsonNode perShot = artifact(id, results.get("ionq.result.shots.json.v2")).get("shots");
            assertThat(perShot).hasSize(variantShots);
            assertThat(perShot.get(0).get("registers").get("output_all")).hasSize(2);
            histogram.forEach((bits, n) -> sum.merge(bits, n, Long::sum));
            distinct.add(histogram);
            long top = histogram.values().stream().mapToLong(Long::longValue).max().orElseThrow();
            histogram.forEach((bits, n) -> {
                if (n == top) {
                    modes.add(bits);
                }
            });
        }
        assertThat(shots).isEqualTo(1000);
        assertThat(maps).as("each variant on its own qubits").hasSize(variants.size());
        assertThat(distinct).as("each variant has its own noise realisation").hasSizeGreaterThan(1);

        assertThat(average.get("format").asText()).isEqualTo("ionq.result.histogram.json.v2");
        assertThat(register(artifact(id, average))).as("average = sum of the variants").isEqualTo(sum);
        JsonNode v1 = http.result(job, "histogram");
        Map<String, Long> decimal = new TreeMap<>();
        v1.fields().forEachRemaining(e -> decimal.put(
                io.github.ionqci.emulator.internal.ResultData.bits(Long.parseLong(e.getKey()), 2),
                e.getValue().asLong()));
        assertThat(decimal).as("the job's results carry the average").isEqualTo(sum);

        Map<String, Long> votes = register(artifact(id, voting));
        assertThat(votes.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(1000);
        assertThat(modes).as("only variants' modes get votes").containsAll(votes.keySet());
        JsonNode sharpened = http.json("/v0.4/jobs/" + id + "/results/probabilities?sharpen=true");
        votes.forEach((bits, n) -> assertThat(sharpened.get(Long.toString(Long.parseLong(bits, 2))).asDouble())
                .isCloseTo(n / 1000.0, org.assertj.core.data.Offset.offset(0.001)));
        JsonNode plain = http.json("/v0.4/jobs/" + id + "/results/probabilities?sharpen=false");
        assertThat(plain.get("0").asDouble()).isEqualTo(sum.getOrDefault("00", 0L) / 1000.0);

        JsonNode symmetry = em.get("symmetry_verification");
        assertThat(symmetry.get("num_allowed_states").asInt()).as("a Bell pair allows 00 and 11").isEqualTo(2);
        assertThat(symmetry.get("applied").asBoolean()).isFalse();
    }

    @Test
    void votingSharpensAPeakedNoisyCircuit() throws IOException {
        StringBuilder gates = new StringBuilder("{\"gate\":\"x\",\"target\":0}");
        for (int i = 0; i < 12; i++) {
            gates.append(",{\"gate\":\"cnot\",\"control\":").append(i % 3).append(",\"target\":").append(i % 3 + 1)
                    .append('}');
        }
        String input = "\"input\":{\"qubits\":4,\"circuit\":[" + gates + "]}";
        String id = submit(job("qpu.aria-2", 1000, "{\"error_mitigation\":{\"debiasing\":true}}", input));
        JsonNode em = awaitFinal(id).get("output").get("error_mitigation");
        Map<String, Long> average = register(artifact(id, em.get("aggregations").get("average")));
        Map<String, Long> voting = register(artifact(id, em.get("aggregations").get("voting")));
        String modal = average.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        long averageTop = average.get(modal);
        long votingTop = voting.values().stream().mapToLong(Long::longValue).max().orElseThrow();
        assertThat(votingTop).as("voting's modal share is at least average's").isGreaterThanOrEqualTo(averageTop);
        assertThat(averageTop).as("noise leaves the peak").isLessThan(1000);
        assertThat(voting).as("every variant votes for the peak").isEqualTo(Map.of(modal, 1000L));
    }

    @Test
    void debiasingNeedsFiveHundredShots() throws IOException {
        HttpResponse<String> refused = post(job("qpu.aria-1", 499, "{\"error_mitigation\":{\"debiasing\":true}}",
                BELL));
        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode body = Http.parse(refused.body());
        assertThat(body.get("message").asText()).contains("at least 500 shots").contains("499");
        assertThat(body.get("validation").get("keys").toString()).contains("shots");
        assertThat(SpecSchemas.validate("BadRequestError", body)).isEmpty();
    }

    @Test
    void theSimulatorRefusesDebiasing() {
        HttpResponse<String> refused = post(job("simulator", 1000, "{\"error_mitigation\":{\"debiasing\":true}}",
                BELL));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("QPU backends only");
        HttpResponse<String> malformed = post(job("qpu.aria-1", 1000, "{\"error_mitigation\":{\"debiasing\":\"yes\"}}",
                BELL));
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("settings.error_mitigation.debiasing");
    }

    @Test
    void ionqsDefaultsDecideWhenNothingIsSaid() {
        Map<String, Integer> variants = new HashMap<>();
        variants.put("qis 500", variantCount(submit(job("qpu.forte-1", 500, null, BELL))));
        variants.put("qis 499", variantCount(submit(job("qpu.forte-1", 499, null, BELL))));
        variants.put("turned off", variantCount(submit(job("qpu.forte-1", 1000,
                "{\"error_mitigation\":{\"debiasing\":false}}", BELL))));
        variants.put("native", variantCount(submit(job("qpu.aria-1", 1000, null, "\"input\":{\"qubits\":1,"
                + "\"gateset\":\"native\",\"circuit\":[{\"gate\":\"gpi\",\"target\":0,\"phase\":0}]}"))));
        assertThat(variants).isEqualTo(Map.of("qis 500", 5, "qis 499", 0, "turned off", 0, "native", 0));
    }

    @Test
    void eachCircuitOfAMultiCircuitQpuJobIsDebiasedAsItsOwnChild() {
        String parent = submit("{\"type\":\"ionq.multi-circuit.v1\",\"backend\":\"qpu.forte-1\",\"shots\":600,"
                + "\"input\":{\"qubits\":1,\"circuits\":[{\"circuit\":[{\"gate\":\"x\",\"target\":0}]},"
                + "{\"circuit\":[{\"gate\":\"h\",\"target\":0}]}]}}");
        JsonNode job = awaitFinal(parent);
        assertThat(job.get("output").has("error_mitigation")).as("the parent has no variants").isFalse();
        for (JsonNode child : job.get("child_job_ids")) {
            assertThat(variantCount(child.asText())).isEqualTo(6);
        }
    }

    private static int variantCount(String id) {
        JsonNode em = awaitFinal(id).get("output").get("error_mitigation");
        return em == null ? 0 : em.get("debiasing").get("variants").size();
    }

    @Test
    void theSeedsUrlFormLinksVariantsAndStillOffersAggregations() throws IOException {
        try (IonQEmulator urlForm = IonQEmulator.builder().resultForm(ResultForm.URL).start()) {
            Http client = new Http(urlForm);
            HttpResponse<String> created = client.send("POST", "/v0.4/jobs", job("qpu.aria-1", 600, null, BELL),
                    urlForm.apiKey());
            String id = Http.parse(created.body()).get("id").asText();
            Poll.until(() -> {
                try {
                    return "completed".equals(client.json("/v0.4/jobs/" + id).get("status").asText());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }, java.time.Duration.ofSeconds(20), "job " + id + " to complete");
            JsonNode job = client.json("/v0.4/jobs/" + id);
            JsonNode variant = job.get("output").get("error_mitigation").get("debiasing").get("variants").get(0);
            JsonNode histogram = client.json(variant.get("results").get("histogram").get("url").asText());
            long total = 0;
            for (JsonNode n : histogram) {
                total += n.asLong();
            }
            assertThat(total).isEqualTo(variant.get("shots").asLong());
            assertThat(job.get("results").get("probabilities").get("url").asText()).endsWith("/results/probabilities");
            String average = job.get("output").get("error_mitigation").get("aggregations").get("average").get("id")
                    .asText();
            assertThat(client.json("/v0.4/jobs/" + id + "/artifacts/" + average).has("histogram")).isTrue();
        }
    }

    @Test
    void everyCompletedCircuitJobServesV2ArtifactsWithQubitZeroRightmost() throws IOException {
        String id = submit("{\"type\":\"ionq.circuit.v1\",\"backend\":\"simulator\",\"noise\":{\"model\":\"ideal\"},"
                + "\"input\":{\"qubits\":2,\"circuit\":[{\"gate\":\"x\",\"target\":0}]}}");
        JsonNode results = awaitFinal(id).get("results");
        assertThat(results.has("ionq.result.probabilities.json.v1")).isTrue();
        JsonNode v2 = artifact(id, results.get("ionq.result.probabilities.json.v2"));
        assertThat(v2.toString()).isEqualTo("{\"probabilities\":{\"registers\":{\"output_all\":{\"01\":1.0}}}}");
        assertThat(artifact(id, results.get("ionq.result.probabilities.json.v1")).get("1").asDouble())
                .isEqualTo(1.0);
    }

    @Test
    void aV2ShotIsABitArrayWhoseElementIIsQubitI() throws IOException {
        String id = submit("{\"type\":\"ionq.circuit.v1\",\"backend\":\"simulator\",\"shots\":200,"
                + "\"noise\":{\"model\":\"aria-1\",\"seed\":5},"
                + "\"input\":{\"qubits\":3,\"circuit\":[{\"gate\":\"x\",\"target\":0},"
                + "{\"gate\":\"h\",\"target\":2}]}}");
        JsonNode results = awaitFinal(id).get("results");
        JsonNode v2 = artifact(id, results.get("ionq.result.shots.json.v2")).get("shots");
        JsonNode v1 = artifact(id, results.get("ionq.result.shots.json.v1"));
        assertThat(v2).hasSize(200);
        java.util.Set<Long> states = new java.util.HashSet<>();
        for (int i = 0; i < v1.size(); i++) {
            long state = Long.parseLong(v1.get(i).asText());
            states.add(state);
            JsonNode bits = v2.get(i).get("registers").get("output_all");
            for (int qubit = 0; qubit < 3; qubit++) {
                assertThat(bits.get(qubit).asLong()).as("shot %d, qubit %d", i, qubit).isEqualTo(state >>> qubit & 1);
            }
        }
        assertThat(states).as("qubit 0 and qubit 2 set in different shots").contains(1L, 5L);
    }
}
