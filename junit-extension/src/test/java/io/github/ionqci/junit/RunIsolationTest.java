package io.github.ionqci.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ionqci.emulator.EmulatedJob;
import io.github.ionqci.emulator.IonQEmulator;
import io.github.ionqci.junit.run.StatisticalFamily;
import io.github.ionqci.junit.support.FixtureRun;
import io.github.ionqci.junit.support.RequestCounts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * Each launcher session is a run of its own ({@code IonQRun}): its statistical family starts at j = 1
 * however many sessions ran before it in this JVM, or run beside it; and a class of 40 {@code @IonQJob}
 * tests with statistical checks passes under concurrent parallel execution, each job fetched once.
 */
class RunIsolationTest {

    /** The jobs of {@code RunIsolationFixture.Forty}, named {@code stat-00}… in the jobs file. */
    private static final int JOBS = 40;

    @TempDir
    Path dir;

    private IonQEmulator emulator;
    private Path jobsFile;
    private final Map<String, String> ids = new LinkedHashMap<>();

    @BeforeEach
    void jobs() throws Exception {
        emulator = IonQEmulator.start();
        for (int i = 0; i < JOBS; i++) {
            ids.put(String.format("stat-%02d", i), emulator.jobs().add(EmulatedJob.completed()
                    .qubits(2).shots(1000).probabilities(Map.of(0L, 0.5, 3L, 0.5)).histogram(Map.of(0L, 500L, 3L, 500L))));
        }
        jobsFile = Files.writeString(dir.resolve("jobs.json"), ids.entrySet().stream()
                .map(e -> "\"" + e.getKey() + "\": \"" + e.getValue() + "\"")
                .collect(Collectors.joining(",\n", "{\n", "\n}\n")));
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private EngineExecutionResults session(String fixture, boolean parallel) {
        FixtureRun run = FixtureRun.against(emulator, dir.resolve("reports")).parameter("ionq.jobs.file", jobsFile.toString());
        return (parallel ? run.parallel() : run).run(fixture);
    }

    private static List<Map<String, String>> decisions(EngineExecutionResults results) {
        return results.allEvents().reportingEntryPublished().stream()
                .map(event -> event.getRequiredPayload(ReportEntry.class).getKeyValuePairs())
                .collect(Collectors.toList());
    }

    @Test
    void twoSessionsInOneJvmEachDecideTheirFirstCheckAtAlpha() {
        EngineExecutionResults first = session("RunIsolationFixture$FirstCheck", false);
        EngineExecutionResults second = session("RunIsolationFixture$FirstCheck", false);

        for (EngineExecutionResults results : List.of(first, second)) {
            assertThat(FixtureRun.describeFailures(results)).isEmpty();
            assertThat(decisions(results)).containsExactly(
                    Map.of("index", "1", "level", String.valueOf(StatisticalFamily.DEFAULT_ALPHA)));
        }
    }

    @Test
    void twoSessionsRunningAtOnceEachHaveTheirOwnFamily() {
        List<CompletableFuture<EngineExecutionResults>> sessions = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            sessions.add(CompletableFuture.supplyAsync(() -> session("RunIsolationFixture$Forty", true)));
        }
        for (CompletableFuture<EngineExecutionResults> session : sessions) {
            EngineExecutionResults results = session.join();
            assertThat(FixtureRun.describeFailures(results)).isEmpty();
            assertThat(decisions(results)).extracting(d -> d.get("index"))
                    .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, JOBS)
                            .mapToObj(String::valueOf).toList());
        }
    }

    @Test
    void fortyStatisticalTestsPassConcurrentlyWithEachJobFetchedOnce() {
        EngineExecutionResults results = session("RunIsolationFixture$Forty", true);

        assertThat(FixtureRun.describeFailures(results)).isEmpty();
        results.testEvents().assertStatistics(stats -> stats.started(JOBS)
                .succeeded(JOBS));
        // one family for the run: the 40 checks were decided at α/1 … α/40, each level once
        assertThat(decisions(results)).extracting(d -> d.get("level"))
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, JOBS)
                        .mapToObj(j -> String.valueOf(StatisticalFamily.DEFAULT_ALPHA / j)).toList());
        assertThat(RequestCounts.jobFetches(emulator)).containsOnlyKeys(ids.values())
                .allSatisfy((id, count) -> assertThat(count).as("fetches of %s", id).isOne());
        assertThat(RequestCounts.resultFetches(emulator)).hasSize(JOBS)
                .allSatisfy((id, count) -> assertThat(count).as("result fetches of %s", id).isOne());
    }
}
