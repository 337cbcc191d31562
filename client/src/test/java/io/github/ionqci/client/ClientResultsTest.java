package io.github.ionqci.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ionqci.client.job.DebiasingVariant;
import io.github.ionqci.client.job.Job;
import io.github.ionqci.client.result.Histogram;
import io.github.ionqci.client.result.Probabilities;
import io.github.ionqci.client.result.Shots;
import io.github.ionqci.emulator.EmulatedJob;
import io.github.ionqci.emulator.ResultForm;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Results in both forms (URL and artifact), per debiasing variant, and multi-circuit aggregates. */
class ClientResultsTest extends EmulatorTestBase {

    @BeforeEach
    void reset() {
        emulator.faults().clear();
        emulator.requests().reset();
    }

    private static Job qpuJob(ResultForm form) {
        return client.getJob(emulator.jobs().add(EmulatedJob.completed().backend("qpu.aria-1").qubits(3).shots(1000)
                .resultForm(form)
                .histogram(Map.of(0L, 400L, 1L, 100L, 6L, 500L))));
    }

    @ParameterizedTest
    @EnumSource(ResultForm.class)
    void probabilitiesHistogramAndShots(ResultForm form) {
        Job job = qpuJob(form);
        Probabilities p = client.getProbabilities(job);
        assertThat(p.qubits()).isEqualTo(3);
        assertThat(p.asStateMap()).containsExactly(Map.entry(0L, 0.4), Map.entry(1L, 0.1), Map.entry(6L, 0.5));
        // qubit 0 rightmost: state 1 is "001", state 6 (qubits 1 and 2) is "110"
        assertThat(p.asBitstringMap()).containsExactly(Map.entry("000", 0.4), Map.entry("001", 0.1),
                Map.entry("110", 0.5));
        Histogram h = client.getHistogram(job);
        assertThat(h.total()).isEqualTo(1000);
        assertThat(h.count("110")).isEqualTo(500);
        Shots shots = client.getShots(job);
        assertThat(shots.size()).isEqualTo(1000);
        assertThat(shots.toHistogram().count(6)).isEqualTo(500);
        String expectedPath = form == ResultForm.URL ? "/jobs/" + job.id() + "/results/" : "/jobs/" + job.id() + "/artifacts/";
        assertThat(TestSupport.settledRequests(emulator)).filteredOn(r -> r.path().startsWith("/v0.4" + expectedPath))
                .hasSize(3);
    }

    @ParameterizedTest
    @EnumSource(ResultForm.class)
    void unsharpenedProbabilities(ResultForm form) {
        Job job = qpuJob(form);
        client.getProbabilities(job, false);
        assertThat(TestSupport.settledRequests(emulator)).filteredOn(r -> r.path().startsWith("/v0.4/jobs/" + job.id() + "/"))
                .singleElement().satisfies(r -> assertThat(r.query()).isEqualTo("sharpen=false"));
    }

    @ParameterizedTest
    @EnumSource(ResultForm.class)
    void eachDebiasingVariant(ResultForm form) {
        Job job = client.getJob(emulator.jobs().add(EmulatedJob.completed().backend("qpu.forte-1").qubits(2)
                .shots(1000).resultForm(form).debiasingVariants(2)
                .histogram(Map.of(0L, 500L, 3L, 500L))));
        assertThat(job.debiasingVariants()).hasSize(2);
        for (DebiasingVariant variant : job.debiasingVariants()) {
            assertThat(client.getProbabilities(job, variant).probability("11")).isEqualTo(0.5);
            assertThat(client.getHistogram(job, variant).total()).isPositive();
            assertThat(client.getShots(job, variant).size()).isPositive();
        }
    }

    @ParameterizedTest
    @EnumSource(ResultForm.class)
    void multiCircuitAggregateKeyedByChildJob(ResultForm form) {
        String parentId = emulator.jobs().add(EmulatedJob.completed().resultForm(form).children(
                EmulatedJob.completed().qubits(2).probabilities(Map.of(2L, 1.0)),
                EmulatedJob.completed().qubits(2).probabilities(Map.of(0L, 0.5, 1L, 0.5))));
        Job parent = client.getJob(parentId);
        assertThat(parent.childJobIds()).hasSize(2);
        Map<String, Probabilities> byChild = client.getAggregateProbabilities(parent);
        assertThat(byChild.keySet()).containsExactlyInAnyOrderElementsOf(parent.childJobIds());
        Probabilities first = byChild.get(parent.childJobIds().get(0));
        Probabilities second = byChild.get(parent.childJobIds().get(1));
        assertThat(first.probability(2)).isEqualTo(1.0);
        assertThat(second.probability(1)).isEqualTo(0.5);
        for (String child : parent.childJobIds()) {
            Job childJob = client.getJob(child);
            assertThat(childJob.parentJobId()).isEqualTo(parentId);
            assertThat(client.getProbabilities(childJob).asStateMap()).isEqualTo(byChild.get(child).asStateMap());
        }
    }
}
