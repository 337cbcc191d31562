package io.github.ionqci.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ionqci.client.job.Job;
import io.github.ionqci.client.job.JobQuery;
import io.github.ionqci.client.spec.SpecExamples;
import io.github.ionqci.emulator.EmulatedJob;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Jobs of types the client does not model ({@code qctrl.qaoa.v1}, {@code quantum-function}) served by the emulator
 * ({@link EmulatedJob#rawJson} holds any job body): their {@code results} and {@code output} are kept as sent,
 * never dropped, and asking them for circuit results says where to look instead.
 */
class UnmodelledJobTypesTest extends EmulatorTestBase {

    private static final String QF = "0e000000-0000-4000-8000-0000000000f1";

    @Test
    void aQuantumFunctionJobKeepsItsResultsAndOutputRaw() {
        emulator.jobs().add(EmulatedJob.completed().id(QF).type("quantum-function").rawJson("{\"id\":\"" + QF
                + "\",\"status\":\"completed\",\"type\":\"quantum-function\",\"backend\":\"simulator\","
                + "\"stats\":{},\"settings\":{},\"output\":{\"energy_units\":\"hartree\",\"terms\":[1,null,\"x\"]},"
                + "\"results\":{\"value\":-1.1194172043337565,\"variance\":31.20892816209784}}"));
        Job job = client.getJob(QF);
        assertThat(job.type()).isEqualTo("quantum-function");
        assertThat(job.results().raw()).containsExactly(Map.entry("value", -1.1194172043337565),
                Map.entry("variance", 31.20892816209784));
        assertThat(job.results().json()).isEqualTo("{\"value\":-1.1194172043337565,\"variance\":31.20892816209784}");
        assertThat(job.results().isEmpty()).isTrue();
        assertThat(job.output().extra()).containsEntry("energy_units", "hartree");
        assertThat(job.output().extra().get("terms")).isEqualTo(java.util.Arrays.asList(1, null, "x"));
        assertThat(catchThrowable(() -> client.getProbabilities(job))).isInstanceOf(IonQResponseException.class)
                .hasMessageContaining("lists no probabilities result (results listed: none)")
                .hasMessageContaining("job type quantum-function): read them as IonQ sent them from job.results().raw()");
        assertThat(client.awaiter().awaitOne(QF).results().raw()).containsKey("value");
    }

    @Test
    void theSpecsQaoaAndQuantumFunctionExamplesAreReadWholeFromTheEmulatorAndItsListing() {
        SpecExamples spec = SpecExamples.load();
        JsonNode qaoa = spec.getJobExample("QAOA Function");
        JsonNode function = spec.getJobExample("Quantum Function");
        for (JsonNode example : new JsonNode[] {qaoa, function}) {
            emulator.jobs().add(EmulatedJob.completed().id(example.get("id").asText())
                    .type(example.get("type").asText()).rawJson(example.toString()));
        }
        Job read = client.getJob(qaoa.get("id").asText());
        assertThat(read.type()).isEqualTo("qctrl.qaoa.v1");
        assertThat(read.results().raw()).containsOnlyKeys("qaoa_results");
        assertThat(read.results().raw().get("qaoa_results")).isEqualTo(Map.of("optimal_cost", -3.5,
                "optimal_bitstring", "0101", "processing_status", "complete"));
        assertThat(read.childJobIds()).containsExactly("06a2099c-f845-7208-8000-8111ee2dccbc");
        Job listed = client.listJobs(JobQuery.all().ids(java.util.List.of(function.get("id").asText()))).jobs().get(0);
        assertThat(listed.results().raw()).isEqualTo(Map.of("value", -1.1194172043337565, "variance", 31.20892816209784));
    }
}
