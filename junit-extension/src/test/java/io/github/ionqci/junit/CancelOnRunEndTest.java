package io.github.ionqci.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ionqci.emulator.EmulatedJob;
import io.github.ionqci.emulator.IonQEmulator;
import io.github.ionqci.emulator.JobSnapshot;
import io.github.ionqci.junit.support.FixtureRun;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * A run that ends with jobs it submitted unfinished ({@code @IonQJob(circuit = …)} of tests that were aborted)
 * cancels them when it closes, unless {@code ionq.cancel-on-abort=false}; a job given by id is never canceled.
 */
class CancelOnRunEndTest {

    IonQEmulator emulator;
    String done;
    String slow;

    @TempDir
    Path dir;

    @BeforeEach
    void startEmulator() {
        emulator = IonQEmulator.start();
        emulator.control().jobDuration(Duration.ofMinutes(10));
        done = emulator.jobs().add(EmulatedJob.completed());
        slow = emulator.jobs().add(EmulatedJob.completed().lifecycle(Duration.ofMinutes(10), Duration.ofMinutes(10)));
    }

    @AfterEach
    void stopEmulator() {
        emulator.close();
    }

    @Test
    void theRunCancelsTheUnfinishedJobsItSubmittedWhenItEnds() {
        EngineExecutionResults results = run(FixtureRun.against(emulator, dir));

        results.testEvents().assertStatistics(stats -> stats.succeeded(1).aborted(2).failed(0));
        assertThat(status(submitted())).contains("canceled");
        assertThat(status(slow)).isNotEqualTo(Optional.of("canceled"));
        assertThat(status(done)).contains("completed");
        assertThat(emulator.requests().count("PUT", "/jobs/")).isEqualTo(1);
    }

    @Test
    void cancelOnAbortFalseLeavesThemRunning() {
        EngineExecutionResults results = run(FixtureRun.against(emulator, dir).parameter("ionq.cancel-on-abort", "false"));

        results.testEvents().assertStatistics(stats -> stats.succeeded(1).aborted(2).failed(0));
        assertThat(status(submitted())).isNotEqualTo(Optional.of("canceled"));
        assertThat(emulator.requests().count("PUT", "/jobs/")).isZero();
    }

    private EngineExecutionResults run(FixtureRun run) {
        return run.parameter("fixture.done", done).parameter("fixture.slow", slow).run("AbortedRunFixture");
    }

    private String submitted() {
        return emulator.jobs().ids().stream().filter(id -> !id.equals(done) && !id.equals(slow)).findFirst()
                .orElseThrow(() -> new AssertionError("the run submitted no job: " + emulator.jobs().ids()));
    }

    private Optional<String> status(String id) {
        return emulator.jobs().get(id).map(JobSnapshot::status);
    }
}
