package io.github.ionqci.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ionqci.emulator.EmulatedJob;
import io.github.ionqci.emulator.IonQEmulator;
import io.github.ionqci.junit.support.FixtureRun;
import io.github.ionqci.junit.support.RequestCounts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * A suite of 200 {@code @IonQJob} tests over 100 jobs, run in parallel against the emulator: each job's
 * status and each job's results are fetched exactly once. Prints the wall time.
 */
class ManyJobsTest {

    private static final int JOBS = 100;

    @TempDir
    Path dir;

    @Test
    void twoHundredTestsFetchEachJobAndEachResultOnce() throws Exception {
        try (IonQEmulator emulator = IonQEmulator.start()) {
            Map<String, String> names = new LinkedHashMap<>();
            for (int i = 0; i < JOBS; i++) {
                names.put(String.format("job-%03d", i), emulator.jobs().add(EmulatedJob.completed()
                        .qubits(2).shots(1000).probabilities(Map.of(0L, 0.5, 3L, 0.5))));
            }
            Path jobsFile = Files.writeString(dir.resolve("jobs.json"), names.entrySet().stream()
                    .map(e -> "\"" + e.getKey() + "\": \"" + e.getValue() + "\"")
                    .collect(Collectors.joining(",\n", "{\n", "\n}\n")));

            long start = System.nanoTime();
            EngineExecutionResults results = FixtureRun.against(emulator, dir.resolve("reports")).parallel()
                    .parameter("ionq.jobs.file", jobsFile.toString())
                    .run("ManyJobsFixture$Statuses", "ManyJobsFixture$Results");
            long millis = (System.nanoTime() - start) / 1_000_000;

            assertThat(FixtureRun.describeFailures(results)).isEmpty();
            results.testEvents().assertStatistics(stats -> stats.started(2 * JOBS).succeeded(2 * JOBS));
            assertThat(RequestCounts.jobFetches(emulator)).hasSize(JOBS).containsOnlyKeys(names.values())
                    .allSatisfy((id, count) -> assertThat(count).as("fetches of %s", id).isOne());
            assertThat(RequestCounts.resultFetches(emulator)).hasSize(JOBS)
                    .allSatisfy((id, count) -> assertThat(count).as("result fetches of %s", id).isOne());
            assertThat(emulator.requests().count()).isEqualTo(2 * JOBS);
            System.out.printf("ManyJobsTest: %d @IonQJob tests over %d jobs, %d HTTP requests, wall time %d ms%n",
                    2 * JOBS, JOBS, emulator.requests().count(), millis);
        }
    }
}
