package io.github.ionqci.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.ionqci.client.await.AwaitProgress;
import io.github.ionqci.client.await.AwaitResult;
import io.github.ionqci.client.job.Job;
import io.github.ionqci.emulator.EmulatedJob;
import io.github.ionqci.emulator.Fault;
import io.github.ionqci.emulator.IonQEmulator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The API key (a unique marker, {@link TestSupport#KEY}) appears in no log line, exception or
 * {@code toString()}. {@link KeyLeakGuard} checks every log line after every test of the suite; this
 * test drives the paths that log and fail the most and checks what they produce.
 */
class ApiKeyLeakTest {

    @Test
    void theKeyAppearsNowhere() {
        try (IonQEmulator emulator = TestSupport.emulator()) {
            IonQConfig config = TestSupport.config(emulator).build();
            IonQClient client = IonQClient.create(config);
            List<Object> printed = new ArrayList<>(List.of(config, config.apiKey(), client, client.awaiter()));
            List<Throwable> failures = new ArrayList<>();

            String id = emulator.jobs().add(EmulatedJob.completed().qubits(1).probabilities(Map.of(0L, 1.0)));
            emulator.faults().add(Fault.status(429).retryAfterSeconds(0)).onPath("/jobs").times(2);
            emulator.faults().add(Fault.connectionReset()).onPath("/jobs").times(2);
            Job job = client.getJob(id);
            printed.add(job);
            printed.add(client.getProbabilities(job));

            emulator.faults().add(Fault.htmlPage(502)).onPath("/jobs");
            failures.add(catchThrowable(() -> client.getJob(id)));
            emulator.faults().clear();
            emulator.faults().add(Fault.status(401)).onPath("/jobs");
            failures.add(catchThrowable(() -> client.getJob(id)));
            emulator.faults().clear();
            emulator.faults().add(Fault.connectionReset()).onMethod("POST");
            failures.add(catchThrowable(() -> client.submit("{\"type\":\"ionq.circuit.v1\"}")));
            emulator.faults().clear();
            failures.add(catchThrowable(() -> client.getJob(UUID.randomUUID().toString())));
            failures.add(catchThrowable(() -> client.getJob(TestSupport.KEY + "/x")));
            failures.add(catchThrowable(() -> client.awaiter().timeout(Duration.ofMillis(100))
                    .awaitOne(emulator.jobs().add(EmulatedJob.withStatus("ready")))));
            failures.add(catchThrowable(() -> IonQClient.builder().apiKey(TestSupport.KEY)
                    .baseUrl("http://example.com/v0.4").build()));
            failures.add(catchThrowable(() -> IonQClient.builder().apiKey(TestSupport.KEY + " x").build()));

            List<AwaitProgress> progress = new ArrayList<>();
            emulator.faults().add(Fault.status(503)).onPath("/jobs").times(7);
            AwaitResult result = client.awaiter().onProgress(progress::add).await(List.of(id));
            printed.add(result);
            printed.addAll(result.jobs());
            printed.add(result.summary());
            progress.forEach(p -> printed.add(p.summary()));

            assertThat(failures).allSatisfy(f -> {
                assertThat(f).isNotNull();
                KeyLeakGuard.assertNoKeyIn(f);
            });
            assertThat(printed).allSatisfy(o -> assertThat(String.valueOf(o)).doesNotContain(TestSupport.KEY));
            // the capture works: the retries and the failing round above were logged
            List<String> lines = KeyLeakGuard.lines();
            assertThat(lines).anySatisfy(l -> assertThat(l).contains("answered HTTP 429"));
            assertThat(lines).anySatisfy(l -> assertThat(l).contains("failed (IOException)"));
            assertThat(lines).anySatisfy(l -> assertThat(l).contains("retrying next round"));
            assertThat(lines).allSatisfy(l -> assertThat(l).doesNotContain(TestSupport.KEY));
        }
    }
}
