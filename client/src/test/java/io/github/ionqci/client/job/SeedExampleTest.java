package io.github.ionqci.client.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ionqci.client.internal.Json;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The seed's "Get job" example (seed/ionq-get-job.md, Example 1) parses to its exact values, field by field. */
class SeedExampleTest {

    private static Job seed() throws IOException {
        try (InputStream in = SeedExampleTest.class.getResourceAsStream("/seed/get-job-example.json")) {
            return Json.mapper().readValue(in, Job.class);
        }
    }

    @Test
    void topLevelFields() throws IOException {
        Job job = seed();
        assertThat(job.id()).isEqualTo("e1a09d90-b2ba-4ea5-9fd7-4bfc14eac524");
        assertThat(job.status()).isSameAs(JobStatus.COMPLETED);
        assertThat(job.type()).isEqualTo("ionq.circuit.v1");
        assertThat(job.backend()).isEqualTo("simulator");
        assertThat(job.dryRun()).isFalse();
        assertThat(job.submitterId()).isEqualTo("64b03577072d45001c85e9c4");
        assertThat(job.projectId()).isEqualTo("1333d459-cf47-4a5e-acc1-8d4eb4f7b025");
        assertThat(job.parentJobId()).isNull();
        assertThat(job.childJobIds()).isNull();
        assertThat(job.sessionId()).isNull();
        assertThat(job.metadata()).isNull();
        assertThat(job.name()).isNull();
        assertThat(job.submittedAt()).isEqualTo(Instant.parse("2025-05-28T20:47:05.440Z"));
        assertThat(job.startedAt()).isNull();
        assertThat(job.completedAt()).isNull();
        assertThat(job.predictedExecutionDurationMs()).isNull();
        assertThat(job.predictedWaitTimeMs()).isNull();
        assertThat(job.executionDurationMs()).isNull();
        assertThat(job.shots()).isEqualTo(1000);
        assertThat(job.noise()).isEqualTo(new Noise("ideal", null));
        assertThat(job.noise().isIdeal()).isTrue();
        assertThat(job.failure()).isNull();
        assertThat(job.costModel()).isNull();
        assertThat(job.isCompleted()).isTrue();
        assertThat(job.isParent()).isFalse();
        assertThat(job.predictedWait()).isEmpty();
    }

    @Test
    void settingsAndStats() throws IOException {
        Job job = seed();
        assertThat(job.settings()).isEqualTo(new CircuitJobSettings(new CompilationSettings(null, null, null, null), null));
        CircuitJobStats stats = job.stats();
        assertThat(stats.qubits()).isEqualTo(20);
        assertThat(stats.circuits()).isEqualTo(1);
        assertThat(stats.gateCounts()).isEqualTo(Map.of("1q", 1028.0, "2q", 110.0));
        assertThat(stats.kwh()).isNull();
        assertThat(stats.predictedQuantumComputeTimeUs()).isEqualTo(5000L);
        assertThat(stats.billedQuantumComputeTimeUs()).isEqualTo(5200L);
        assertThat(job.qubits()).contains(20);
    }

    @Test
    void resultsInTheUrlForm() throws IOException {
        JobResults results = seed().results();
        assertThat(results.links()).containsOnlyKeys(ResultKind.PROBABILITIES);
        assertThat(results.link(ResultKind.PROBABILITIES)).contains(
                new ResultLink("/v0.4/jobs/e1a09d90-b2ba-4ea5-9fd7-4bfc14eac524/results/probabilities"));
        assertThat(results.link(ResultKind.HISTOGRAM)).isEmpty();
        assertThat(results.artifacts()).isEmpty();
        assertThat(results.isEmpty()).isFalse();
    }

    @Test
    void outputWithItsDebiasingVariant() throws IOException {
        Job job = seed();
        assertThat(job.output().compilation().compiledCircuits()).isEmpty();
        assertThat(job.output().errorMitigation().aggregations()).isNull();
        List<DebiasingVariant> variants = job.debiasingVariants();
        assertThat(variants).hasSize(1);
        DebiasingVariant variant = variants.get(0);
        assertThat(variant.variantId()).isEqualTo("069ce8f8-f437-7d75-8000-9f5f8c3d7897");
        assertThat(variant.qubitMap()).containsExactly(4, 12, 7);
        assertThat(variant.shots()).isEqualTo(120);
        String prefix = "/v0.4/jobs/e1a09d90-b2ba-4ea5-9fd7-4bfc14eac524/variants/069ce8f8-f437-7d75-8000-9f5f8c3d7897/results/";
        assertThat(variant.results().links()).containsExactly(
                Map.entry(ResultKind.PROBABILITIES, new ResultLink(prefix + "probabilities")),
                Map.entry(ResultKind.HISTOGRAM, new ResultLink(prefix + "histogram")),
                Map.entry(ResultKind.SHOTS, new ResultLink(prefix + "shots")));
    }
}
