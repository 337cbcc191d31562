package io.github.ionqci.client.await;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ionqci.client.IonQAuthenticationException;
import io.github.ionqci.client.EmulatorTestBase;
import io.github.ionqci.client.IonQNotFoundException;
import io.github.ionqci.client.TestSupport;
import io.github.ionqci.client.job.Job;
import io.github.ionqci.client.job.JobStatus;
import io.github.ionqci.emulator.EmulatedJob;
import io.github.ionqci.emulator.Fault;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Awaiting jobs against the emulator: one, a hundred, timeouts, progress, predicted waits, failing rounds. */
class JobAwaiterTest extends EmulatorTestBase {

    @BeforeEach
    void reset() {
        emulator.faults().clear();
        emulator.requests().reset();
    }

    private static EmulatedJob quick(EmulatedJob job) {
        return job.lifecycle(Duration.ofMillis(40), Duration.ofMillis(40));
    }

    @Test
    void awaitOneReturnsTheTerminalJob() {
        String id = emulator.jobs().add(quick(EmulatedJob.completed().probabilities(Map.of(0L, 1.0))));
        Job job = client.awaiter().awaitOne(id);
        assertThat(job.status()).isEqualTo(JobStatus.COMPLETED);
        assertThat(job.id()).isEqualTo(id);
        String failed = emulator.jobs().add(quick(EmulatedJob.failed("TooManyShots", "too many")));
        assertThat(client.awaiter().awaitOne(failed).failure().message()).isEqualTo("too many");
    }

    @Test
    void aHundredJobsWithEveryOutcomeInInputOrder() {
        List<String> ids = new ArrayList<>();
        List<AwaitOutcome> expected = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            Duration queued = Duration.ofMillis(10 + (i % 7) * 15);
            switch (i % 5) {
                case 0:
                    ids.add(emulator.jobs().add(EmulatedJob.failed("QuantumComputerError", "qpu " + i)
                            .lifecycle(queued, Duration.ofMillis(20))));
                    expected.add(AwaitOutcome.FAILED);
                    break;
                case 1:
                    ids.add(emulator.jobs().add(EmulatedJob.canceled().lifecycle(queued, Duration.ofMillis(20))));
                    expected.add(AwaitOutcome.CANCELED);
                    break;
                case 2:
                    ids.add(UUID.randomUUID().toString());
                    expected.add(AwaitOutcome.NOT_FOUND);
                    break;
                default:
                    ids.add(emulator.jobs().add(EmulatedJob.completed().lifecycle(queued, Duration.ofMillis(20))));
                    expected.add(AwaitOutcome.COMPLETED);
                    break;
            }
        }
        List<AwaitProgress> progress = new ArrayList<>();
        AwaitResult result = client.awaiter().onProgress(progress::add).await(ids);
        assertThat(result.jobs()).extracting(AwaitedJob::id).containsExactlyElementsOf(ids);
        assertThat(result.jobs()).extracting(AwaitedJob::outcome).containsExactlyElementsOf(expected);
        assertThat(result.counts()).containsEntry(AwaitOutcome.COMPLETED, 40L).containsEntry(AwaitOutcome.FAILED, 20L)
                .containsEntry(AwaitOutcome.CANCELED, 20L).containsEntry(AwaitOutcome.NOT_FOUND, 20L);
        assertThat(result.jobs(AwaitOutcome.FAILED)).allSatisfy(j -> assertThat(j.job().failure().message())
                .startsWith("qpu "));
        assertThat(result.allCompleted()).isFalse();
        assertThat(result.summary()).matches("100 jobs in [0-9.hms]+: 40 COMPLETED, 20 FAILED, 20 CANCELED,"
                + " 20 NOT_FOUND");
        // one request per page each round; only a job missing from the listing is asked for alone, once,
        // and only that 404 makes it NOT_FOUND
        List<String> notFound = result.jobs(AwaitOutcome.NOT_FOUND).stream().map(AwaitedJob::id).toList();
        assertThat(TestSupport.settledRequests(emulator)).filteredOn(r -> r.path().startsWith("/v0.4/jobs/"))
                .extracting(r -> r.path().substring("/v0.4/jobs/".length()))
                .containsExactlyInAnyOrderElementsOf(notFound);
        AwaitProgress last = progress.get(progress.size() - 1);
        assertThat(last.done()).isEqualTo(100);
        assertThat(last.pending()).isZero();
        assertThat(progress.get(0).round()).isEqualTo(1);
        assertThat(progress.get(0).total()).isEqualTo(100);
        assertThat(progress.get(0).notFound()).isEqualTo(20);
        assertThat(progress.get(0).summary()).startsWith("round 1, ").contains("100 jobs, ");
    }

    @Test
    void onlyPendingJobsAreFetchedInLaterRounds() {
        String done = emulator.jobs().add(EmulatedJob.completed());
        String slow = emulator.jobs().add(EmulatedJob.withStatus("ready"));
        client.awaiter().onProgress(p -> {
            if (p.round() == 3) {
                emulator.jobs().complete(slow);
            }
        }).await(List.of(done, slow));
        var listings = TestSupport.settledRequests(emulator).stream()
                .filter(r -> r.query() != null && r.query().contains(slow)).toList();
        assertThat(listings).hasSize(4);
        assertThat(listings.get(0).query()).contains(done).contains(slow);
        assertThat(listings.subList(1, listings.size()))
                .allSatisfy(r -> assertThat(r.query()).doesNotContain(done).contains(slow));
    }

    @Test
    void aTimeoutReportsEveryPendingJobWithItsLastStatus() {
        String done = emulator.jobs().add(EmulatedJob.completed());
        String queued = emulator.jobs().add(EmulatedJob.completed().lifecycle(Duration.ofMinutes(10), Duration.ofMinutes(1))
                .predictedWait(Duration.ofMinutes(10)));
        String unknown = emulator.jobs().add(EmulatedJob.withStatus("paused"));
        AwaitResult result = client.awaiter().timeout(Duration.ofMillis(300)).await(List.of(done, queued, unknown));
        assertThat(result.jobs()).extracting(AwaitedJob::outcome)
                .containsExactly(AwaitOutcome.COMPLETED, AwaitOutcome.TIMED_OUT, AwaitOutcome.TIMED_OUT);
        assertThat(result.get(queued).orElseThrow().job().status()).isIn(JobStatus.SUBMITTED, JobStatus.READY);
        assertThat(result.get(unknown).orElseThrow().job().status().value()).isEqualTo("paused");
        assertThat(result.elapsed()).isGreaterThanOrEqualTo(Duration.ofMillis(250));
    }

    @Test
    void awaitOneThrowsJobTimeoutExceptionNamingJobStatusAndPredictedWait() {
        String id = emulator.jobs().add(EmulatedJob.completed().lifecycle(Duration.ofMinutes(10), Duration.ofMinutes(1))
                .predictedWait(Duration.ofMinutes(10)));
        assertThatThrownBy(() -> client.awaiter().timeout(Duration.ofMillis(600)).awaitOne(id))
                .isInstanceOfSatisfying(JobTimeoutException.class, e -> {
                    assertThat(e.jobId()).isEqualTo(id);
                    assertThat(e.lastStatus()).isIn(JobStatus.SUBMITTED, JobStatus.READY);
                    assertThat(e.predictedWait()).isEqualTo(Duration.ofMinutes(10));
                    assertThat(e.timeout()).isEqualTo(Duration.ofMillis(600));
                    assertThat(TestSupport.stable(e.getMessage())).isEqualTo("Job " + id + " did not finish within"
                            + " 600ms (awaited T): last status " + e.lastStatus() + ", IonQ predicted a wait of 10m."
                            + " Raise the timeout (ionq.await.timeout, such as 30m) or check the job's queue at"
                            + " https://cloud.ionq.com");
                });
    }

    @Test
    void aPredictedWaitSpacesTheRounds() {
        // the poll interval stays at 10 ms (growth 1) but may stretch to 200 ms for a predicted wait of 1 s
        String id = emulator.jobs().add(EmulatedJob.withStatus("ready").predictedWait(Duration.ofSeconds(1)));
        List<AwaitProgress> rounds = new ArrayList<>();
        Job job = client.awaiter()
                .pollInterval(PollInterval.growing(Duration.ofMillis(10), 1.0, Duration.ofMillis(200)))
                .onProgress(p -> {
                    rounds.add(p);
                    if (p.round() == 3) {
                        emulator.jobs().complete(id);
                    }
                })
                .awaitOne(id);
        assertThat(job.isCompleted()).isTrue();
        assertThat(rounds).hasSize(4);
        assertThat(rounds.get(0).maxPredictedWait()).isEqualTo(Duration.ofSeconds(1));
        for (int i = 1; i < rounds.size(); i++) {
            assertThat(rounds.get(i).elapsed().minus(rounds.get(i - 1).elapsed()))
                    .as("time between rounds %d and %d", i, i + 1).isGreaterThanOrEqualTo(Duration.ofMillis(190));
        }
    }

    @Test
    void withoutAPredictionTheRoundsFollowThePollInterval() {
        String id = emulator.jobs().add(EmulatedJob.withStatus("ready"));
        List<AwaitProgress> rounds = new ArrayList<>();
        client.awaiter()
                .pollInterval(PollInterval.growing(Duration.ofMillis(100), 2.0, Duration.ofSeconds(30)))
                .onProgress(p -> {
                    rounds.add(p);
                    if (p.round() == 3) {
                        emulator.jobs().complete(id);
                    }
                })
                .awaitOne(id);
        // 100 ms, then 200 ms, then 400 ms
        assertThat(rounds.get(1).elapsed().minus(rounds.get(0).elapsed())).isGreaterThanOrEqualTo(Duration.ofMillis(95));
        assertThat(rounds.get(2).elapsed().minus(rounds.get(1).elapsed())).isGreaterThanOrEqualTo(Duration.ofMillis(195));
        assertThat(rounds.get(3).elapsed().minus(rounds.get(2).elapsed())).isGreaterThanOrEqualTo(Duration.ofMillis(395));
    }

    @Test
    void aFailingRoundLosesNoJobAndIsRetriedNextRound() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(emulator.jobs().add(EmulatedJob.completed()));
        }
        // more 503s than one request's attempts: the first round fails after its retries, the next succeeds
        emulator.faults().add(Fault.status(503)).onPath("/jobs").times(8);
        List<AwaitProgress> rounds = new ArrayList<>();
        AwaitResult result = client.awaiter().onProgress(rounds::add).await(ids);
        assertThat(result.jobs()).allSatisfy(j -> assertThat(j.outcome()).isEqualTo(AwaitOutcome.COMPLETED));
        assertThat(rounds.get(0).lastError()).isNotNull();
        assertThat(rounds.get(0).unseen()).isEqualTo(5);
        assertThat(rounds.get(0).summary()).contains("this round failed, retrying next round: Could not list jobs");
    }

    @Test
    void roundsFailingUntilTheDeadlineReportTimedOutWithTheError() {
        String id = emulator.jobs().add(EmulatedJob.completed());
        emulator.faults().add(Fault.htmlPage(502)).onPath("/jobs");
        AwaitResult result = client.awaiter().timeout(Duration.ofSeconds(1)).await(List.of(id));
        AwaitedJob job = result.jobs().get(0);
        assertThat(job.outcome()).isEqualTo(AwaitOutcome.TIMED_OUT);
        assertThat(job.job()).isNull();
        assertThat(job.lastError()).isNotNull();
        assertThat(job.lastError().statusCode()).isEqualTo(502);
        assertThatThrownBy(() -> client.awaiter().timeout(Duration.ofSeconds(1)).awaitOne(id))
                .isInstanceOf(JobTimeoutException.class)
                .hasMessageStartingWith("Job " + id + " did not finish within 1s")
                .hasMessageContaining("it could not be fetched (last error: Could not list jobs " + id
                        + ": HTTP 502 after");
    }

    @Test
    void aRefusedKeyStopsAwaitingAtOnce() {
        String id = emulator.jobs().add(EmulatedJob.withStatus("ready"));
        var refused = emulator.faults().add(Fault.status(401)).onPath("/jobs");
        assertThatThrownBy(() -> client.awaiter().await(List.of(id))).isInstanceOf(IonQAuthenticationException.class);
        assertThat(refused.fired()).isEqualTo(1);
    }

    @Test
    void awaitOneOfAnUnknownJob() {
        String id = UUID.randomUUID().toString();
        assertThatThrownBy(() -> client.awaiter().awaitOne(id)).isInstanceOf(IonQNotFoundException.class)
                .hasMessage("Job " + id + " was not found: the id is wrong, or the job belongs to a project the API"
                        + " key is not for");
    }

    @Test
    void badIdLists() {
        assertThatThrownBy(() -> client.awaiter().await(List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("No job ids were given: pass at least one job id");
        assertThatThrownBy(() -> client.awaiter().await(List.of("a", "b", "a", "c", "b", "a")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Job ids are listed more than once: a (3 times), b (2 times); list each job once");
    }

    @Test
    void anInterruptEndsAwaiting() throws InterruptedException {
        String id = emulator.jobs().add(EmulatedJob.withStatus("ready"));
        emulator.faults().add(Fault.latency(Duration.ofSeconds(2))).onPath("/jobs");
        java.util.concurrent.atomic.AtomicReference<Throwable> thrown = new java.util.concurrent.atomic.AtomicReference<>();
        Thread awaiting = new Thread(() -> {
            try {
                client.awaiter().await(List.of(id));
            } catch (RuntimeException e) {
                thrown.set(e);
            }
        });
        awaiting.start();
        Thread.sleep(200);
        awaiting.interrupt();
        awaiting.join(5000);
        assertThat(awaiting.isAlive()).isFalse();
        assertThat(thrown.get()).isInstanceOf(io.github.ionqci.client.IonQConnectionException.class)
                .hasMessageContaining("interrupted");
    }
}
