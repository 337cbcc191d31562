package io.github.ionqci.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ionqci.emulator.IonQEmulator;
import io.github.ionqci.emulator.JobSnapshot;
import io.github.ionqci.junit.support.FixtureRun;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** {@code @IonQJob(circuit = ...)}: submitted to the emulator's simulator, once per distinct circuit. */
class CircuitSubmissionTest {

    IonQEmulator emulator;

    @TempDir
    Path dir;

    @BeforeEach
    void startEmulator() {
        emulator = IonQEmulator.start();
    }

    @AfterEach
    void stopEmulator() {
        emulator.close();
    }

    @Test
    void submitsEachDistinctCircuitOnceAndInjectsTheFinishedJob() {
        EngineExecutionResults results = FixtureRun.against(emulator, dir).run("CircuitFixture");
        Map<String, Throwable> failures = FixtureRun.failuresByTest(results);

        assertThat(failures.keySet()).containsExactly("rejectedByIonQ");
        assertThat(failures.get("rejectedByIonQ")).hasMessageContaining("Submitting the circuit"
                + " \"circuits/bell.json\" (@IonQJob(circuit = \"circuits/bell.json\") on parameter 'job' of"
                + " CircuitFixture.rejectedByIonQ(Job)) to " + emulator.baseUrl() + " failed: ")
                .hasMessageContaining("\"noise.model\" must be one of");
        results.testEvents().assertStatistics(stats -> stats.succeeded(6));
        // bell (ideal), bell on qpu.aria-1 (100 and 1000 shots), bell with aria-9 (rejected), ghz3 with aria-1, too-wide
        assertThat(emulator.requests().count("POST", "/jobs")).isEqualTo(6);
        assertThat(emulator.jobs().ids()).hasSize(5);
    }

    @Test
    void aQpuCircuitIsSubmittedOnlyWhenATestThatNeedsItRuns() {
        EngineExecutionResults results = FixtureRun.against(emulator, dir)
                .runMethod("CircuitFixture", "wholePayload(io.github.ionqci.client.result.Probabilities)");

        assertThat(FixtureRun.describeFailures(results)).isEmpty();
        List<String> backends = emulator.jobs().ids().stream()
                .map(id -> emulator.jobs().get(id).map(JobSnapshot::backend).orElseThrow()).toList();
        assertThat(backends).hasSize(3).containsOnly("simulator");
    }

    @Test
    void aTimedOutJobThisRunSubmittedIsCanceledAndAJobGivenByIdIsNot() {
        emulator.control().jobDuration(java.time.Duration.ofMinutes(10));
        String given = emulator.jobs().add(io.github.ionqci.emulator.EmulatedJob.completed()
                .lifecycle(java.time.Duration.ofMinutes(10), java.time.Duration.ofMinutes(10)));
        Map<String, Throwable> failures = FixtureRun.failuresByTest(FixtureRun.against(emulator, dir)
                .parameter("fixture.slow", given).run("SlowCircuitFixture"));

        assertThat(failures.get("submitted")).hasMessageContaining("did not finish within 1s")
                .hasMessageContaining("The job was canceled: this test run submitted it");
        assertThat(failures.get("givenById")).hasMessageContaining("did not finish within 1s")
                .hasMessageNotContaining("canceled");
        String submitted = emulator.jobs().ids().stream().filter(id -> !id.equals(given)).findFirst().orElseThrow();
        assertThat(emulator.jobs().get(submitted).map(JobSnapshot::status)).contains("canceled");
        assertThat(emulator.jobs().get(given).map(JobSnapshot::status)).isNotEqualTo(java.util.Optional.of("canceled"));
    }
}
