package io.github.ionqci.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ionqci.emulator.IonQEmulator;
import io.github.ionqci.junit.fixtures.FixtureJobs;
import io.github.ionqci.junit.support.FixtureRun;
import io.github.ionqci.junit.support.RequestCounts;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** Parallel execution, {@code @Nested} classes and parameterized tests, each job still fetched once. */
class ConcurrencyTest {

    IonQEmulator emulator;

    @TempDir
    Path dir;

    @BeforeEach
    void startEmulator() {
        emulator = IonQEmulator.start();
        FixtureJobs.seed(emulator);
    }

    @AfterEach
    void stopEmulator() {
        emulator.close();
    }

    private FixtureRun run() {
        return FixtureRun.against(emulator, dir.resolve("reports"))
                .parameter("ionq.jobs.file", FixtureJobs.writeJobsFile(dir).toString());
    }

    @Test
    void nestedAndParameterizedTestsRunInParallelAndFetchEachJobOnce() {
        EngineExecutionResults results = run().parallel().parameter("fixture.batch.extra", FixtureJobs.GHZ)
                .run("ConcurrencyFixture", "BatchFixture");

        assertThat(FixtureRun.describeFailures(results)).isEmpty();
        results.testEvents().assertStatistics(stats -> stats.started(36).succeeded(36));
        assertThat(RequestCounts.jobFetches(emulator)).containsOnly(
                Map.entry(FixtureJobs.BELL, 1), Map.entry(FixtureJobs.GHZ, 1), Map.entry(FixtureJobs.TOO_WIDE, 1),
                Map.entry(FixtureJobs.CANCELED, 1));
        assertThat(RequestCounts.resultFetches(emulator)).containsOnly(
                Map.entry(FixtureJobs.BELL, 1), Map.entry(FixtureJobs.GHZ, 1));
    }

    @Test
    void sequentialRunsGiveTheSameResults() {
        EngineExecutionResults results = run().run("ConcurrencyFixture");

        assertThat(FixtureRun.describeFailures(results)).isEmpty();
        assertThat(RequestCounts.jobFetches(emulator).values()).containsOnly(1);
    }
}
