package io.github.ionqci.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ionqci.client.backend.Backend;
import io.github.ionqci.client.backend.Characterization;
import io.github.ionqci.client.backend.Whoami;
import io.github.ionqci.client.job.Job;
import io.github.ionqci.client.job.JobStatus;
import io.github.ionqci.client.request.Circuit;
import io.github.ionqci.client.request.JobRequest;
import io.github.ionqci.client.result.Histogram;
import io.github.ionqci.client.result.Probabilities;
import io.github.ionqci.emulator.EmulatedJob;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The typed calls and the typed job builder, against the emulator over real sockets. */
class TypedApiTest extends EmulatorTestBase {

    @BeforeEach
    void reset() {
        emulator.faults().clear();
        emulator.control().reset();
    }

    @Test
    void backendsCharacterizationsAndWhoami() {
        List<Backend> backends = client.getBackends();
        assertThat(backends).extracting(Backend::backend).contains("simulator", "qpu.aria-1", "qpu.forte-1");
        Backend aria = client.getBackend("qpu.aria-1");
        assertThat(aria.qubits()).isEqualTo(25);
        assertThat(aria.supportedErrorMitigations()).containsExactly("debiasing");
        assertThat(aria.lastUpdated()).isNotBlank();
        List<Characterization> page = client.getCharacterizations("qpu.aria-1");
        assertThat(page).hasSize(1);
        Characterization c = page.get(0);
        assertThat(c.id()).isEqualTo(aria.characterizationId());
        assertThat(c.fidelity().twoQubit().median()).isEqualTo(0.9867);
        assertThat(c.fidelity().oneQubit().median()).isEqualTo(0.9995);
        assertThat(c.connectivity()).hasSize(25 * 24 / 2).first().isEqualTo(List.of(0, 1));
        assertThat(client.getCharacterization("qpu.aria-1", c.id())).isEqualTo(c);
        assertThat(client.getCharacterizations("simulator")).isEmpty();
        Whoami me = client.whoami();
        assertThat(me.keyName()).isNotBlank();
        assertThat(me.toString()).doesNotContain(emulator.apiKey());
        assertThatThrownBy(() -> client.getBackend("qpu.nowhere")).isInstanceOf(IonQNotFoundException.class);
    }

    @Test
    void aTypedRequestRunsWhatItSays() {
        SubmittedJob bell = client.submit(JobRequest.circuit(Circuit.qis(2).h(0).cnot(0, 1))
                .shots(1000).noise("aria-1", 7).name("bell").metadata(Map.of("suite", "ci")));
        Job job = client.awaiter().timeout(Duration.ofSeconds(20)).awaitOne(bell.id());
        assertThat(job.status()).isEqualTo(JobStatus.COMPLETED);
        assertThat(job.name()).isEqualTo("bell");
        assertThat(job.metadata()).containsEntry("suite", "ci");
        assertThat(job.noise().seed()).isEqualTo(7);
        Histogram h = client.getHistogram(job);
        assertThat(h.count(0) + h.count(3)).isGreaterThan(950);

        SubmittedJob multi = client.submit(JobRequest.circuits(Circuit.qis(1).named("flip").x(0),
                Circuit.qis(1).named("plus").h(0)));
        Job parent = client.awaiter().timeout(Duration.ofSeconds(20)).awaitOne(multi.id());
        Map<String, Probabilities> children = client.getAggregateProbabilities(parent);
        assertThat(children).hasSize(2);
        assertThat(children.values()).anySatisfy(p -> assertThat(p.probability(1)).isEqualTo(1.0));

        SubmittedJob nativeJob = client.submit(JobRequest.circuit(Circuit.nativeGates(1).gpi(0, 0)));
        Job flipped = client.awaiter().timeout(Duration.ofSeconds(20)).awaitOne(nativeJob.id());
        assertThat(client.getProbabilities(flipped).probability(1)).isCloseTo(1.0,
                org.assertj.core.data.Offset.offset(1e-12));

        SubmittedJob dry = client.submit(JobRequest.circuit(Circuit.qis(1).h(0)).dryRun(true).debiasing(false));
        Job dryJob = client.awaiter().timeout(Duration.ofSeconds(20)).awaitOne(dry.id());
        assertThat(dryJob.dryRun()).isTrue();
    }

    @Test
    void theBuilderWritesIonqsFieldNames() {
        String json = JobRequest.qasm3("OPENQASM 3.0;").backend("qpu.forte-1").shots(600).sessionId("s-1")
                .debiasing(true).symmetryVerification(true).compilation(1, "1E-3").dryRun(false).toJson();
        assertThat(json).isEqualTo("{\"type\":\"ionq.qasm3.v1\",\"input\":{\"data\":\"OPENQASM 3.0;\"},"
                + "\"backend\":\"qpu.forte-1\",\"shots\":600,\"session_id\":\"s-1\",\"settings\":{\"error_mitigation\":"
                + "{\"debiasing\":true,\"symmetry_verification\":true},\"compilation\":{\"opt\":1,\"precision\":"
                + "\"1E-3\"}},\"dry_run\":false}");
        assertThatThrownBy(() -> Circuit.qis(1).gpi(0, 0.1)).hasMessageContaining("Circuit.nativeGates(n)");
        assertThat(JobRequest.circuit(Circuit.qis(3).controlled("x", new int[] {0, 1}, 2)
                .pauliexp(new int[] {0, 1}, List.of("XX"), new double[] {0.5}, 1.0)).toJson())
                .contains("{\"gate\":\"x\",\"controls\":[0,1],\"targets\":[2]}")
                .contains("{\"gate\":\"pauliexp\",\"targets\":[0,1],\"terms\":[\"XX\"],\"coefficients\":[0.5],"
                        + "\"time\":1.0}");
    }

    @Test
    void cloneMoveAndBulkCommands() {
        emulator.control().queueing(Duration.ofHours(1));
        SubmittedJob original = client.submit(JobRequest.circuit(Circuit.qis(1).x(0)).name("slow"));
        SubmittedJob other = client.submit(JobRequest.circuit(Circuit.qis(1).x(0)));
        emulator.control().reset();
        SubmittedJob clone = client.cloneJob(original.id(), JobRequest.changes().name("copy").shots(200));
        Job cloned = client.awaiter().timeout(Duration.ofSeconds(20)).awaitOne(clone.id());
        assertThat(cloned.name()).isEqualTo("copy");
        assertThat(client.getProbabilities(cloned).probability(1)).isEqualTo(1.0);
        SubmittedJob moved = client.moveJob(original.id(), JobRequest.changes().backend("qpu.aria-1"));
        assertThat(client.awaiter().timeout(Duration.ofSeconds(20)).awaitOne(moved.id()).backend())
                .isEqualTo("qpu.aria-1");
        assertThat(client.getJob(original.id()).status()).isEqualTo(JobStatus.CANCELED);
        String unknown = "00000000-0000-4000-8000-000000000000";
        assertThat(client.cancel(List.of(other.id(), unknown))).containsExactly(other.id());
        assertThat(client.getJob(other.id()).status()).isEqualTo(JobStatus.CANCELED);
        assertThat(client.delete(List.of(other.id(), clone.id()))).containsExactly(other.id(), clone.id());
        assertThatThrownBy(() -> client.getJob(other.id())).isInstanceOf(IonQNotFoundException.class);
    }

    @Test
    void aBadRequestExposesIonqsValidation() {
        String added = emulator.jobs().add(EmulatedJob.completed());
        assertThatThrownBy(() -> client.submit("{\"type\":\"ionq.circuit.v1\",\"backend\":\"simulator\","
                + "\"shots\":0,\"input\":{\"qubits\":1,\"circuit\":[]}}"))
                .isInstanceOfSatisfying(IonQRequestException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.validation()).hasValueSatisfying(v -> {
                        assertThat(v.keys()).containsExactly("shots");
                        assertThat(v.source()).isEqualTo("body");
                    });
                });
        assertThatThrownBy(() -> client.cloneJob(added, JobRequest.changes()))
                .isInstanceOfSatisfying(IonQRequestException.class, e -> assertThat(e.validation()).isPresent());
    }

    @Test
    void artifactsDownloadAsBytes() {
        Job job = client.getJob(emulator.jobs().add(EmulatedJob.completed()
                .resultForm(io.github.ionqci.emulator.ResultForm.ARTIFACT).probabilities(Map.of(1L, 1.0))));
        String artifactId = job.results().artifacts().values().iterator().next().id();
        assertThat(new String(client.downloadArtifact(job.id(), artifactId), java.nio.charset.StandardCharsets.UTF_8))
                .contains("\"1\"");
    }
}
