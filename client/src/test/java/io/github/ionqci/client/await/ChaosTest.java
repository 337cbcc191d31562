package io.github.ionqci.client.await;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ionqci.client.IonQClient;
import io.github.ionqci.client.TestSupport;
import io.github.ionqci.emulator.EmulatedJob;
import io.github.ionqci.emulator.Fault;
import io.github.ionqci.emulator.IonQEmulator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * 100 jobs awaited through 20 % injected 429, 502 and 503 answers and 5 % connection resets: every
 * job is reported once, in order, with its true final status.
 */
class ChaosTest {

    @Test
    void everyJobReportedWithItsTrueStatusThroughFaults() throws InterruptedException {
        try (IonQEmulator emulator = TestSupport.emulator()) {
            List<String> ids = new ArrayList<>();
            List<AwaitOutcome> expected = new ArrayList<>();
            List<Runnable> finishers = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                if (i == 50) {
                    ids.add(UUID.randomUUID().toString());
                    expected.add(AwaitOutcome.NOT_FOUND);
                    continue;
                }
                String id = emulator.jobs().add(EmulatedJob.withStatus(i % 2 == 0 ? "ready" : "started")
                        .qubits(1).probabilities(java.util.Map.of(0L, 1.0)));
                ids.add(id);
                int n = i;
                if (i % 10 == 3) {
                    expected.add(AwaitOutcome.FAILED);
                    finishers.add(() -> emulator.jobs().fail(id, "QuantumComputerError", "chaos " + n));
                } else if (i % 10 == 7) {
                    expected.add(AwaitOutcome.CANCELED);
                    finishers.add(() -> emulator.jobs().cancel(id));
                } else {
                    expected.add(AwaitOutcome.COMPLETED);
                    finishers.add(() -> emulator.jobs().complete(id));
                }
            }
            Collections.shuffle(finishers, new Random(7));
            // the jobs finish one by one as requests arrive (one per two requests), so awaiting them takes
            // about 200 requests through the faults however fast or slow this machine is
            Thread driver = new Thread(() -> {
                for (int k = 0; k < finishers.size(); k++) {
                    while (emulator.requests().count() < 2 * (k + 1)) {
                        try {
                            Thread.sleep(1);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                    finishers.get(k).run();
                }
            }, "chaos-driver");
            driver.setDaemon(true);

            emulator.faults().seed(2026);
            // rules are tried in order and the first that fires decides, so these rates make 20 % of requests
            // 429, 502 or 503 (a third each) and 5 % connection resets
            emulator.faults().add(Fault.status(429).retryAfterSeconds(0)).onPath("/jobs").rate(0.20 / 3);
            emulator.faults().add(Fault.htmlPage(502)).onPath("/jobs").rate((0.20 / 3) / (1 - 0.20 / 3));
            emulator.faults().add(Fault.status(503)).onPath("/jobs").rate((0.20 / 3) / (1 - 0.40 / 3));
            emulator.faults().add(Fault.connectionReset()).onPath("/jobs").rate(0.05 / 0.80);

            IonQClient client = IonQClient.create(TestSupport.config(emulator).awaitTimeout(Duration.ofSeconds(50))
                    .build());
            driver.start();
            AwaitResult result = client.awaiter().pollInterval(PollInterval.fixed(Duration.ofMillis(5))).await(ids);
            driver.join(1000);

            assertThat(result.jobs()).hasSize(100);
            assertThat(result.jobs()).extracting(AwaitedJob::id).containsExactlyElementsOf(ids);
            assertThat(new HashSet<>(result.jobs().stream().map(AwaitedJob::id).toList())).hasSize(100);
            assertThat(result.jobs()).extracting(AwaitedJob::outcome).containsExactlyElementsOf(expected);
            for (AwaitedJob job : result.jobs()) {
                if (job.outcome() != AwaitOutcome.NOT_FOUND) {
                    assertThat(job.job().status().value())
                            .isEqualTo(emulator.jobs().get(job.id()).orElseThrow().status());
                }
                if (job.outcome() == AwaitOutcome.FAILED) {
                    assertThat(job.job().failure().message()).startsWith("chaos ");
                }
            }
            // every kind of fault really fired along the way
            assertThat(emulator.faults().rules()).allSatisfy(rule -> assertThat(rule.fired()).isPositive());
            assertThat(emulator.requests().count()).isGreaterThanOrEqualTo(198);
        }
    }
}
