package io.github.ionqci.client.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.ionqci.client.internal.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JobModelTest {

    private static Job parse(String json) throws JsonProcessingException {
        return Json.mapper().readValue(json, Job.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"submitted", "ready", "started", "canceled", "failed", "completed"})
    void everyKnownStatusIsTheSharedConstant(String raw) throws JsonProcessingException {
        JobStatus status = parse("{\"id\":\"a\",\"status\":\"" + raw + "\"}").status();
        assertThat(status).isSameAs(JobStatus.of(raw));
        assertThat(status.isKnown()).isTrue();
        assertThat(status.isTerminal()).isEqualTo(raw.equals("canceled") || raw.equals("failed")
                || raw.equals("completed"));
    }

    @Test
    void anUnknownStatusIsKeptRawAndIsNotTerminal() throws JsonProcessingException {
        Job job = parse("{\"id\":\"a\",\"status\":\"compiling\"}");
        assertThat(job.status().value()).isEqualTo("compiling");
        assertThat(job.status().isKnown()).isFalse();
        assertThat(job.status().isTerminal()).isFalse();
        assertThat(job.isCompleted()).isFalse();
    }

    @Test
    void everyKnownFailureCodeAndAnUnknownOne() throws JsonProcessingException {
        for (FailureCode code : FailureCode.values()) {
            Job job = parse("{\"id\":\"a\",\"status\":\"failed\",\"failure\":{\"code\":\"" + code.value()
                    + "\",\"message\":\"why\"}}");
            assertThat(job.failure().code()).isSameAs(code);
            assertThat(job.failure().message()).isEqualTo("why");
        }
        Job job = parse("{\"id\":\"a\",\"status\":\"failed\",\"failure\":{\"code\":\"QuantumWeatherError\","
                + "\"message\":\"storm\"}}");
        assertThat(job.failure().code().value()).isEqualTo("QuantumWeatherError");
        assertThat(job.failure().code().isKnown()).isFalse();
        assertThat(job.failure()).hasToString("QuantumWeatherError: storm");
        assertThat(FailureCode.values()).hasSize(20);
    }

    @Test
    void aFailureThatSaysErrorInsteadOfMessageKeepsTheText() throws JsonProcessingException {
        Job job = parse("{\"id\":\"a\",\"status\":\"failed\",\"failure\":{\"code\":\"PreflightError\","
                + "\"error\":\"Internal Server Error\"}}");
        assertThat(job.failure().message()).isEqualTo("Internal Server Error");
    }

    @Test
    void unknownFieldsAreIgnoredAndNewerFieldsRead() throws JsonProcessingException {
        Job job = parse("{\"id\":\"a\",\"status\":\"completed\",\"cost_model\":\"QCT\",\"brand_new\":{\"x\":1},"
                + "\"metadata\":{\"fizz\":\"buzz\"},\"child_job_ids\":[\"c1\",\"c2\"],"
                + "\"noise\":{\"model\":\"aria-1\",\"seed\":7},"
                + "\"settings\":{\"error_mitigation\":{\"debiasing\":{\"phi_chi_twirling\":{\"p2q\":0.1,\"t2q\":0.2,"
                + "\"t1q\":0.3}},\"symmetry_verification\":true}}}");
        assertThat(job.costModel()).isEqualTo("QCT");
        assertThat(job.metadata()).containsEntry("fizz", "buzz");
        assertThat(job.childJobIds()).containsExactly("c1", "c2");
        assertThat(job.isParent()).isTrue();
        assertThat(job.noise()).isEqualTo(new Noise("aria-1", 7));
        ErrorMitigationSettings em = job.settings().errorMitigation();
        assertThat(em.debiasing()).isEqualTo(new DebiasingSettings(true, new PhiChiTwirling(0.1, 0.2, 0.3)));
        assertThat(em.symmetryVerification()).isTrue();
    }

    @Test
    void debiasingAsAPlainBoolean() throws JsonProcessingException {
        Job job = parse("{\"id\":\"a\",\"status\":\"completed\",\"settings\":{\"error_mitigation\":{\"debiasing\":false}}}");
        assertThat(job.settings().errorMitigation().debiasing()).isEqualTo(new DebiasingSettings(false, null));
    }

    @Test
    void resultsInTheArtifactForm() throws JsonProcessingException {
        Job job = parse("{\"id\":\"a\",\"status\":\"completed\",\"results\":{"
                + "\"ionq.result.probabilities.json.v2\":{\"id\":\"art-2\",\"format\":\"ionq.result.probabilities.json.v2\",\"media_type\":\"application/json\"},"
                + "\"ionq.result.probabilities.json.v1\":{\"id\":\"art-1\",\"format\":\"ionq.result.probabilities.json.v1\",\"media_type\":\"application/json\"},"
                + "\"ionq.result.probabilities-aggregate.json.v1\":{\"id\":\"agg\",\"format\":\"ionq.result.probabilities-aggregate.json.v1\"},"
                + "\"ionq.result.histogram.json.v1\":{\"id\":\"art-h\",\"format\":\"ionq.result.histogram.json.v1\"}}}");
        JobResults results = job.results();
        assertThat(results.links()).isEmpty();
        assertThat(results.artifact(ResultKind.PROBABILITIES)).map(ResultArtifact::id).contains("art-1");
        assertThat(results.artifact(ResultKind.HISTOGRAM)).map(ResultArtifact::id).contains("art-h");
        assertThat(results.artifact(ResultKind.SHOTS)).isEmpty();
        assertThat(results.aggregateArtifact()).map(ResultArtifact::id).contains("agg");
        assertThat(results.artifact(ResultKind.PROBABILITIES).get().mediaType()).isEqualTo("application/json");
    }
}
