package io.github.ionqci.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ionqci.client.job.FailureCode;
import io.github.ionqci.client.job.Job;
import io.github.ionqci.client.job.JobStatus;
import io.github.ionqci.emulator.EmulatedJob;
import io.github.ionqci.emulator.EmulatedJobs;
import io.github.ionqci.emulator.Fault;
import io.github.ionqci.emulator.IonQEmulator;
import io.github.ionqci.emulator.RecordedRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Jobs and job listings, against the emulator over real sockets. */
class ClientJobsTest extends EmulatorTestBase {

    @BeforeEach
    void reset() {
        emulator.faults().clear();
        emulator.requests().reset();
        emulator.jobs().clear();
    }

    @Test
    void aCompletedJobWithEveryField() {
        String id = emulator.jobs().add(EmulatedJob.completed().name("bell").qubits(2).shots(1000)
                .noise("aria-1", 7).metadata(Map.of("fizz", "buzz")).gateCounts(3, 1)
                .probabilities(Map.of(0L, 0.5, 3L, 0.5)));
        Job job = client.getJob(id);
        assertThat(job.id()).isEqualTo(id);
        assertThat(job.status()).isSameAs(JobStatus.COMPLETED);
        assertThat(job.type()).isEqualTo("ionq.circuit.v1");
        assertThat(job.backend()).isEqualTo("simulator");
        assertThat(job.name()).isEqualTo("bell");
        assertThat(job.shots()).isEqualTo(1000);
        assertThat(job.noise().model()).isEqualTo("aria-1");
        assertThat(job.noise().seed()).isEqualTo(7);
        assertThat(job.metadata()).containsEntry("fizz", "buzz");
        assertThat(job.submitterId()).isEqualTo(EmulatedJobs.SUBMITTER_ID);
        assertThat(job.projectId()).isEqualTo(EmulatedJobs.PROJECT_ID);
        assertThat(job.stats().qubits()).isEqualTo(2);
        assertThat(job.stats().gateCounts()).containsEntry("1q", 3.0).containsEntry("2q", 1.0);
        assertThat(job.submittedAt()).isNotNull();
        assertThat(job.failure()).isNull();
        assertThat(job.results().isEmpty()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"submitted", "ready", "started", "canceled", "failed", "completed", "paused"})
    void everyStatusIncludingAnUnknownOne(String status) {
        EmulatedJob job = status.equals("failed") ? EmulatedJob.failed("InternalError", "boom")
                : status.equals("canceled") ? EmulatedJob.canceled()
                : status.equals("completed") ? EmulatedJob.completed() : EmulatedJob.withStatus(status);
        Job fetched = client.getJob(emulator.jobs().add(job));
        assertThat(fetched.status().value()).isEqualTo(status);
        assertThat(fetched.status().isKnown()).isEqualTo(!status.equals("paused"));
        assertThat(fetched.status().isTerminal())
                .isEqualTo(List.of("canceled", "failed", "completed").contains(status));
    }

    @Test
    void everyFailureCodeIncludingAnUnknownOne() {
        List<String> codes = new ArrayList<>();
        FailureCode.values().forEach(c -> codes.add(c.value()));
        codes.add("QuantumWeatherError");
        for (String code : codes) {
            Job job = client.getJob(emulator.jobs().add(EmulatedJob.failed(code, "because " + code)));
            assertThat(job.isFailed()).isTrue();
            assertThat(job.failure().code().value()).isEqualTo(code);
            assertThat(job.failure().code().isKnown()).isEqualTo(!code.equals("QuantumWeatherError"));
            assertThat(job.failure().message()).isEqualTo("because " + code);
        }
    }

    @Test
    void manyJobsInFewRequestsAcrossPages() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            ids.add(emulator.jobs().add(i % 3 == 0 ? EmulatedJob.completed() : EmulatedJob.withStatus("ready")));
        }
        List<String> asked = new ArrayList<>(ids);
        String unknown = UUID.randomUUID().toString();
        asked.add(60, unknown);
        Map<String, Job> jobs = client.getJobs(asked);
        assertThat(jobs.keySet()).containsExactlyElementsOf(ids);
        assertThat(jobs).doesNotContainKey(unknown);
        for (int i = 0; i < ids.size(); i++) {
            assertThat(jobs.get(ids.get(i)).status()).isEqualTo(i % 3 == 0 ? JobStatus.COMPLETED : JobStatus.READY);
        }
        // 121 ids: 3 chunks of at most 50 ids; the emulator pages by 25, so 2 + 2 + 1 pages; no per-job GET
        List<RecordedRequest> mine = TestSupport.settledRequests(emulator).stream()
                .filter(r -> r.query() != null && asked.stream().anyMatch(r.query()::contains)).toList();
        assertThat(mine).hasSize(5).allSatisfy(r -> {
            assertThat(r.path()).isEqualTo("/v0.4/jobs");
            assertThat(r.query()).startsWith("ids=");
        });
        assertThat(mine.stream().filter(r -> r.query().contains("next="))).hasSize(2);
    }

    @Test
    void fallsBackToOneRequestPerJobWhereTheListingIsNotAvailable() {
        IonQClient fresh = TestSupport.client(emulator);
        List<String> ids = List.of(emulator.jobs().add(EmulatedJob.completed()),
                emulator.jobs().add(EmulatedJob.canceled()));
        emulator.faults().add(Fault.status(405)).onMethod("GET").times(1);
        String unknown = UUID.randomUUID().toString();
        Map<String, Job> jobs = fresh.getJobs(List.of(ids.get(0), ids.get(1), unknown));
        assertThat(jobs.keySet()).containsExactlyElementsOf(ids);
        assertThat(jobs.get(ids.get(1)).isCanceled()).isTrue();
        assertThat(TestSupport.settledRequests(emulator)).filteredOn(r -> r.path().startsWith("/v0.4/jobs/"))
                .extracting(RecordedRequest::path)
                .containsExactly("/v0.4/jobs/" + ids.get(0), "/v0.4/jobs/" + ids.get(1), "/v0.4/jobs/" + unknown);
        // once known to be unavailable, the listing is not asked again
        emulator.requests().reset();
        fresh.getJobs(ids);
        assertThat(TestSupport.settledRequests(emulator)).extracting(RecordedRequest::path)
                .containsExactly("/v0.4/jobs/" + ids.get(0), "/v0.4/jobs/" + ids.get(1));
    }

    @Test
    void theApiKeyIsSentAsApiKeyHeaderAndAWrongOneIsRefused() {
        String id = emulator.jobs().add(EmulatedJob.completed());
        assertThat(client.getJob(id).id()).isEqualTo(id);
        IonQClient wrong = IonQClient.create(TestSupport.config(emulator).apiKey("not-the-key").build());
        assertThatThrownBy(() -> wrong.getJob(id)).isInstanceOf(IonQAuthenticationException.class)
                .satisfies(e -> assertThat(((IonQException) e).statusCode()).isEqualTo(401));
    }

    @Test
    void aSubmissionIsNeverRetriedOnceItMayHaveReachedIonQ() {
        String payload = "{\"type\":\"ionq.circuit.v1\",\"backend\":\"simulator\",\"input\":{\"qubits\":1,"
                + "\"circuit\":[{\"gate\":\"h\",\"target\":0}]}}";
        var unavailable = emulator.faults().add(Fault.status(503)).onMethod("POST");
        assertThatThrownBy(() -> client.submit(payload)).isInstanceOf(IonQServerException.class)
                .hasMessageContaining("the job may or may not have been created");
        assertThat(unavailable.fired()).isEqualTo(1);

        emulator.faults().clear();
        var reset = emulator.faults().add(Fault.connectionReset()).onMethod("POST");
        assertThatThrownBy(() -> client.submit(payload)).isInstanceOf(IonQConnectionException.class)
                .hasMessageContaining("so the job may or may not have been created; it is not sent again");
        assertThat(reset.fired()).isEqualTo(1);

        emulator.faults().clear();
        var limited = emulator.faults().add(Fault.status(429).retryAfterSeconds(0)).onMethod("POST");
        assertThatThrownBy(() -> client.submit(payload)).isInstanceOf(IonQRateLimitException.class);
        assertThat(limited.fired()).isEqualTo(1);
    }

    @Test
    void aSubmissionThatCannotConnectIsRetriedBecauseItNeverLeft() {
        int port = emulator.port();
        IonQEmulator other = TestSupport.emulator();
        String baseUrl = other.baseUrl();
        other.close();
        IonQClient closed = IonQClient.create(TestSupport.config(emulator).baseUrl(baseUrl).maxAttempts(3).build());
        assertThatThrownBy(() -> closed.submit("{}")).isInstanceOf(IonQConnectionException.class)
                .hasMessageStartingWith("Could not submit a job: cannot connect to " + baseUrl.replace("/v0.4", "")
                        + " after 3 attempts over")
                .hasMessageEndingWith("Check ionq.base-url and that the network reaches it; see"
                        + " https://status.ionq.co for IonQ incidents, and retry later.");
        assertThat(port).isPositive();
    }

    @Test
    void submitAwaitCancelAndDelete() {
        SubmittedJob created = client.submit("{\"type\":\"ionq.circuit.v1\",\"backend\":\"simulator\","
                + "\"shots\":100,\"input\":{\"qubits\":2,\"gateset\":\"qis\",\"circuit\":["
                + "{\"gate\":\"h\",\"target\":0},{\"gate\":\"cnot\",\"control\":0,\"target\":1}]}}");
        assertThat(created.status().value()).isEqualTo("submitted");
        Job done = client.awaiter().awaitOne(created.id());
        assertThat(done.isCompleted()).isTrue();
        assertThat(client.getProbabilities(done).asBitstringMap()).containsOnlyKeys("00", "11");

        String queued = emulator.jobs().add(EmulatedJob.withStatus("ready"));
        client.cancel(queued);
        assertThat(client.getJob(queued).isCanceled()).isTrue();
        client.delete(queued);
        assertThatThrownBy(() -> client.getJob(queued)).isInstanceOf(IonQNotFoundException.class);
    }

    @Test
    void cancelAndDeleteAreIdempotentSoTheyAreRetried() {
        String id = emulator.jobs().add(EmulatedJob.withStatus("ready"));
        var unavailable = emulator.faults().add(Fault.status(503)).onMethod("PUT").times(2);
        var reset = emulator.faults().add(Fault.connectionReset()).onMethod("DELETE").times(2);
        client.cancel(id);
        assertThat(unavailable.fired()).isEqualTo(2);
        assertThat(emulator.jobs().get(id).orElseThrow().status()).isEqualTo("canceled");
        client.delete(id);
        assertThat(reset.fired()).isEqualTo(2);
        assertThat(emulator.jobs().get(id)).isEmpty();
    }
}
