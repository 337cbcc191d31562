package io.github.ionqci.client.await;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ionqci.client.IonQClient;
import io.github.ionqci.client.TestSupport;
import io.github.ionqci.emulator.EmulatedJob;
import io.github.ionqci.emulator.Fault;
import io.github.ionqci.emulator.IonQEmulator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * 100 jobs awaited through 20 % injected 429, 502 and 503 answers and 5 % connection resets: every
 * job is reported once, in order, with its true final status.
 */
class ChaosTest {

    @Test
    void everyJobReportedWithItsTrueStatusThroughFaults() {
        try (IonQEmulator emulator = TestSupport.emulator()) {
            List<String> ids = new ArrayList<>();
            Map<AwaitOutcome, Integer> truth = new java.util.EnumMap<>(AwaitOutcome.class);
            List<AwaitOutcome> expected = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                Duration queued = Duration.ofMillis(100 + (i % 10) * 120);
                AwaitOutcome outcome;
                String id;
                if (i % 10 == 3) {
                    id = emulator.jobs().add(EmulatedJob.failed("QuantumComputerError", "chaos " + i)
                            .lifecycle(queued, Duration.ofMillis(10)));
                    outcome = AwaitOutcome.FAILED;
                } else if (i % 10 == 7) {
                    id = emulator.jobs().add(EmulatedJob.canceled().lifecycle(queued, Duration.ofMillis(10)));
                    outcome = AwaitOutcome.CANCELED;
                } else if (i == 50) {
                    id = UUID.randomUUID().toString();
                    outcome = AwaitOutcome.NOT_FOUND;
                } else {
                    id = emulator.jobs().add(EmulatedJob.completed().lifecycle(queued, Duration.ofMillis(10)));
                    outcome = AwaitOutcome.COMPLETED;
                }
                ids.add(id);
                expected.add(outcome);
                truth.merge(outcome, 1, Integer::sum);
            }
            emulator.faults().seed(2026);
            // rules are tried in order and the first that fires decides, so these rates make 20 % of requests
            // 429, 502 or 503 (a third each) and 5 % connection resets
            emulator.faults().add(Fault.status(429).retryAfterSeconds(0)).onPath("/jobs").rate(0.20 / 3);
            emulator.faults().add(Fault.htmlPage(502)).onPath("/jobs").rate((0.20 / 3) / (1 - 0.20 / 3));
            emulator.faults().add(Fault.status(503)).onPath("/jobs").rate((0.20 / 3) / (1 - 0.40 / 3));
            emulator.faults().add(Fault.connectionReset()).onPath("/jobs").rate(0.05 / 0.80);

            IonQClient client = IonQClient.create(TestSupport.config(emulator).awaitTimeout(Duration.ofSeconds(30)).build());
            // a fixed 20 ms poll over ~1.2 s of queueing: a few hundred listing requests go through the faults
            AwaitResult result = client.awaiter().pollInterval(PollInterval.fixed(Duration.ofMillis(20))).await(ids);

            assertThat(result.jobs()).hasSize(100);
            assertThat(result.jobs()).extracting(AwaitedJob::id).containsExactlyElementsOf(ids);
            assertThat(new HashSet<>(result.jobs().stream().map(AwaitedJob::id).toList())).hasSize(100);
            assertThat(result.jobs()).extracting(AwaitedJob::outcome).containsExactlyElementsOf(expected);
            for (AwaitedJob job : result.jobs()) {
                if (job.outcome() != AwaitOutcome.NOT_FOUND) {
                    assertThat(job.job().status().value())
                            .isEqualTo(emulator.jobs().get(job.id()).orElseThrow().status());
                }
            }
            // every kind of fault really fired along the way
            assertThat(emulator.faults().rules()).allSatisfy(rule -> assertThat(rule.fired()).isPositive());
        }
    }
}
