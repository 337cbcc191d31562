package io.github.ionqci.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ionqci.emulator.EmulatedJob;
import io.github.ionqci.emulator.IonQEmulator;
import io.github.ionqci.junit.fixtures.FixtureJobs;
import io.github.ionqci.junit.support.FixtureRun;
import io.github.ionqci.junit.support.RequestCounts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** Every injection form, type and id source, against the emulator over HTTP. */
class IonQJobInjectionTest {

    static IonQEmulator emulator;

    @TempDir
    Path dir;

    @BeforeAll
    static void startEmulator() {
        emulator = IonQEmulator.start();
        FixtureJobs.seed(emulator);
        FixtureJobs.emulator = emulator;
    }

    @AfterAll
    static void stopEmulator() {
        FixtureJobs.emulator = null;
        emulator.close();
    }

    @BeforeEach
    void forgetRequests() {
        emulator.requests().reset();
    }

    @AfterEach
    void clearProperties() {
        System.clearProperty("fixture.ghz");
        System.clearProperty("fixture.builder.jobs-file");
    }

    private FixtureRun run() {
        return FixtureRun.against(emulator, dir.resolve("reports"))
                .parameter("ionq.jobs.file", FixtureJobs.writeJobsFile(dir).toString())
                .parameter("fixture.bell", FixtureJobs.BELL);
    }

    @Test
    void injectsIntoEveryKindOfFieldAndParameter() {
        EngineExecutionResults results = run().run("InjectionFormsFixture");

        assertThat(FixtureRun.describeFailures(results)).isEmpty();
        results.testEvents().assertStatistics(stats -> stats.started(10).succeeded(10));
    }

    @Test
    void fetchesEachJobOnceAndItsResultsOnce() {
        run().run("InjectionFormsFixture");

        assertThat(RequestCounts.jobFetches(emulator)).containsOnly(
                Map.entry(FixtureJobs.BELL, 1), Map.entry(FixtureJobs.GHZ, 2), Map.entry(FixtureJobs.TOO_WIDE, 1),
                Map.entry(FixtureJobs.CANCELED, 1));
        assertThat(RequestCounts.resultFetches(emulator)).hasSize(1).containsKey(FixtureJobs.BELL);
    }

    @Test
    void takesIdsFromLiteralsPlaceholdersTheJobsFileAndArguments() {
        System.setProperty("fixture.ghz", FixtureJobs.GHZ);

        EngineExecutionResults results = run().run("IdSourcesFixture");

        assertThat(FixtureRun.describeFailures(results)).isEmpty();
        results.testEvents().assertStatistics(stats -> stats.started(8).succeeded(8));
    }

    @Test
    void awaitsTheJobsOfAClassInOneBatch() {
        EngineExecutionResults results = run()
                .parameter("fixture.batch.extra", FixtureJobs.BELL)
                .run("BatchFixture");

        assertThat(FixtureRun.describeFailures(results)).isEmpty();
        assertThat(RequestCounts.listings(emulator)).hasSize(1);
        assertThat(RequestCounts.ids(RequestCounts.listings(emulator).get(0))).containsExactlyInAnyOrder(
                FixtureJobs.BELL, FixtureJobs.GHZ, FixtureJobs.TOO_WIDE, FixtureJobs.CANCELED);
        assertThat(emulator.requests().count()).isEqualTo(1);
    }

    @Test
    void aTestDoesNotWaitForTheOtherJobsOfItsClass() {
        // Held in 'ready' until the first test completes it; a short predicted wait keeps the awaiter polling
        // often (a predicted wait of an hour would stretch its interval to the 30 s cap, past the fixture's timeout).
        emulator.jobs().add(EmulatedJob.completed().id(FixtureJobs.HELD)
                .lifecycle(Duration.ZERO, Duration.ofHours(1), Duration.ZERO).predictedWait(Duration.ofMillis(50)));

        EngineExecutionResults results = run().run("SlowNeighbourFixture");

        assertThat(FixtureRun.describeFailures(results)).isEmpty();
        results.testEvents().assertStatistics(stats -> stats.succeeded(2));
        assertThat(RequestCounts.ids(RequestCounts.listings(emulator).get(0)))
                .as("one batch for both jobs").containsExactlyInAnyOrder(FixtureJobs.BELL, FixtureJobs.HELD);
    }

    @Test
    void theBuilderSetsClientTimeoutsAndJobsFile() throws Exception {
        Path builderJobs = Files.writeString(dir.resolve("builder-jobs.json"), "{\"bell\": \"" + FixtureJobs.GHZ + "\"}");
        System.setProperty("fixture.builder.jobs-file", builderJobs.toString());

        EngineExecutionResults results = run().run("BuilderFixture");

        Map<String, Throwable> failures = FixtureRun.failuresByTest(results);
        assertThat(failures.keySet()).containsExactlyInAnyOrder("usesTheGivenTimeout",
                "annotationTimeoutWinsOverTheBuilder");
        assertThat(failures.get("usesTheGivenTimeout")).hasMessageContaining("did not finish within 1s");
        assertThat(failures.get("annotationTimeoutWinsOverTheBuilder")).hasMessageContaining("within 100ms");
        results.testEvents().assertStatistics(stats -> stats.succeeded(2));
    }

    @Test
    void theAssertionsFetchResultsThroughTheExtensionAndTheReportIsWrittenWhenTheRunEnds() throws Exception {
        EngineExecutionResults results = run().run("ProductExampleFixture");

        assertThat(FixtureRun.describeFailures(results)).isEmpty();
        assertThat(RequestCounts.resultFetches(emulator)).containsOnly(Map.entry(FixtureJobs.BELL, 1));
        Path report = dir.resolve("reports").resolve("index.html");
        assertThat(report).isRegularFile();
        assertThat(Files.readString(report)).contains(FixtureJobs.BELL);
    }

    @Test
    void theBuilderBuildsTheClientFromAConfig() {
        EngineExecutionResults results = run().run("ConfigBuilderFixture");

        assertThat(FixtureRun.describeFailures(results)).isEmpty();
        results.testEvents().assertStatistics(stats -> stats.succeeded(1));
    }

    @Test
    void theBuilderRejectsContradictorySettings() {
        assertThat(List.of(
                org.assertj.core.api.Assertions.catchThrowable(() -> IonQExtension.builder()
                        .client(io.github.ionqci.client.IonQClient.builder().baseUrl(emulator.baseUrl())
                                .apiKey(emulator.apiKey()).build())
                        .emulator(true).build()),
                org.assertj.core.api.Assertions.catchThrowable(() -> IonQExtension.builder()
                        .timeout(java.time.Duration.ZERO))))
                .satisfiesExactly(
                        e -> assertThat(e).isInstanceOf(IllegalStateException.class)
                                .hasMessageContaining("emulator(true) and a client"),
                        e -> assertThat(e).isInstanceOf(IllegalArgumentException.class)
                                .hasMessageContaining("timeout must be longer than zero"));
    }
}
