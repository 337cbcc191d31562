package io.github.ionqci.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ionqci.client.await.AwaitOutcome;
import io.github.ionqci.client.await.AwaitResult;
import io.github.ionqci.client.await.AwaitedJob;
import io.github.ionqci.client.await.JobTimeoutException;
import io.github.ionqci.client.await.PollInterval;
import io.github.ionqci.client.backend.Backend;
import io.github.ionqci.client.job.Job;
import io.github.ionqci.client.request.Circuit;
import io.github.ionqci.client.request.JobRequest;
import io.github.ionqci.client.result.Bitstrings;
import io.github.ionqci.client.result.Histogram;
import io.github.ionqci.client.result.Probabilities;
import io.github.ionqci.emulator.EmulatedJob;
import io.github.ionqci.emulator.IonQEmulator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The snippets of docs/client.md, run against the emulator. Keep the two in step. */
class ClientGuideExamplesTest {

    private static IonQEmulator emulator;

    @BeforeAll
    static void start() {
        emulator = TestSupport.emulator();
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    @Test
    void fetchAwaitAndReadResults() {
        String id = emulator.jobs().add(EmulatedJob.completed().qubits(2).shots(1000).backend("qpu.aria-1")
                .histogram(Map.of(0L, 498L, 3L, 502L)).lifecycle(Duration.ofMillis(30), Duration.ofMillis(30)));
        // --- snippet: quick-start
        IonQClient client = IonQClient.builder()
                .baseUrl(emulator.baseUrl())          // default https://api.ionq.co/v0.4
                .apiKey(emulator.apiKey())            // default: ionq.api-key / IONQ_API_KEY
                .build();
        Job job = client.awaiter().awaitOne(id);      // polls until completed, failed or canceled
        if (job.isCompleted()) {
            Probabilities p = client.getProbabilities(job);
            double bell = p.probability("00") + p.probability("11");   // qubit 0 is the rightmost bit
            Histogram counts = client.getHistogram(job);
            long both = counts.count(0b11);                          // or by IonQ's decimal state: 3
            // --- end
            assertThat(bell).isEqualTo(1.0);
            assertThat(both).isEqualTo(502);
        }
    }

    @Test
    void awaitManyJobs() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(emulator.jobs().add(EmulatedJob.completed().lifecycle(Duration.ofMillis(20), Duration.ofMillis(20))));
        }
        ids.add(emulator.jobs().add(EmulatedJob.failed("NotEnoughQubits", "The circuit needs 40 qubits.")));
        IonQClient client = IonQClient.builder().baseUrl(emulator.baseUrl()).apiKey(emulator.apiKey()).build();
        List<String> lines = new ArrayList<>();
        // --- snippet: await-many
        AwaitResult result = client.awaiter()
                .timeout(Duration.ofMinutes(10))
                .pollInterval(PollInterval.growing(Duration.ofMillis(50), 1.5, Duration.ofSeconds(30)))
                .onProgress(progress -> lines.add(progress.summary()))
                .await(ids);                                  // one GET /jobs?ids=… per page and round
        for (AwaitedJob j : result.jobs(AwaitOutcome.FAILED)) {
            lines.add(j.id() + " failed: " + j.job().failure());   // code and IonQ's message
        }
        boolean green = result.allCompleted();
        // --- end
        assertThat(green).isFalse();
        assertThat(result.jobs()).hasSize(6);
        assertThat(lines).last().asString().endsWith(" failed: NotEnoughQubits: The circuit needs 40 qubits.");
        assertThat(lines.get(0)).startsWith("round 1, ");
    }

    @Test
    void configuration() {
        System.setProperty("ionq.await.timeout", "30s");
        try {
            // --- snippet: configuration
            IonQConfig config = IonQConfig.builder()
                    .baseUrl(emulator.baseUrl())          // explicit values win over everything
                    .apiKey(emulator.apiKey())
                    .fromEnvironment()                    // then -Dionq.… system properties, then IONQ_… variables
                    .build();                             // then the defaults
            IonQClient client = IonQClient.create(config);
            // --- end
            assertThat(client.config().awaitTimeout()).isEqualTo(Duration.ofSeconds(30));
            assertThat(client.toString()).doesNotContain(emulator.apiKey());
        } finally {
            System.clearProperty("ionq.await.timeout");
        }
    }

    @Test
    void errors() {
        IonQClient client = IonQClient.builder().baseUrl(emulator.baseUrl()).apiKey(emulator.apiKey()).build();
        String slow = emulator.jobs().add(EmulatedJob.completed().lifecycle(Duration.ofMinutes(5), Duration.ofMinutes(1)));
        List<String> messages = new ArrayList<>();
        // --- snippet: errors
        try {
            client.awaiter().timeout(Duration.ofMillis(200)).awaitOne(slow);
        } catch (JobTimeoutException e) {
            messages.add(e.jobId() + " still " + e.lastStatus() + ", predicted wait " + e.predictedWait());
        } catch (IonQNotFoundException e) {
            messages.add("wrong id or project: " + e.getMessage());
        } catch (IonQException e) {
            messages.add("HTTP " + e.statusCode() + ", request " + e.requestId() + ": " + e.getMessage());
        }
        // --- end
        assertThat(messages).singleElement().asString().startsWith(slow + " still ");
    }

    @Test
    void bitOrder() {
        // --- snippet: bit-order
        String bits = Bitstrings.of(1, 3);          // "001": state 1 = qubit 0 set, written rightmost
        long state = Bitstrings.parse("110");       // 6: qubits 1 and 2 set
        // --- end
        assertThat(bits).isEqualTo("001");
        assertThat(state).isEqualTo(6);
    }

    @Test
    void typedRequestsAndTheRestOfTheApi() {
        IonQClient client = IonQClient.builder().baseUrl(emulator.baseUrl()).apiKey(emulator.apiKey()).build();
        // --- snippet: typed-requests
        SubmittedJob bell = client.submit(JobRequest.circuit(Circuit.qis(2).h(0).cnot(0, 1))
                .backend("simulator").shots(1000).noise("aria-1", 7)
                .name("bell").metadata(Map.of("suite", "ci")));
        SubmittedJob copy = client.cloneJob(bell.id(), JobRequest.changes().backend("qpu.aria-1").shots(500));
        List<Backend> backends = client.getBackends();
        double twoQubitFidelity = client.getCharacterizations("qpu.aria-1").get(0).fidelity().twoQubit().median();
        String keyName = client.whoami().keyName();
        List<String> canceled = client.cancel(List.of(bell.id(), copy.id()));
        try {
            client.submit(JobRequest.circuit(Circuit.qis(1).h(0)).backend("qpu.nowhere"));
        } catch (IonQRequestException e) {
            List<String> wrong = e.validation().map(IonQRequestException.Validation::keys).orElse(List.of());
            // --- end
            assertThat(wrong).containsExactly("backend");
        }
        assertThat(backends).isNotEmpty();
        assertThat(twoQubitFidelity).isEqualTo(0.9867);
        assertThat(keyName).isNotBlank();
        assertThat(canceled).hasSize(2);
    }
}
