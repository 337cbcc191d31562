package io.github.ionqci.junit.assertions;

import static io.github.ionqci.junit.assertions.IonQAssertions.assertThat;
import static io.github.ionqci.junit.assertions.IonQAssertions.byState;
import static io.github.ionqci.junit.assertions.IonQAssertions.hellinger;
import static io.github.ionqci.junit.assertions.IonQAssertions.tvd;
import static io.github.ionqci.junit.assertions.IonQAssertions.within;

import io.github.ionqci.client.IonQClient;
import io.github.ionqci.client.await.AwaitedJob;
import io.github.ionqci.client.job.FailureCode;
import io.github.ionqci.client.job.Job;
import io.github.ionqci.emulator.IonQEmulator;
import io.github.ionqci.junit.baseline.BaselineStore;
import io.github.ionqci.junit.run.IonQRun;
import io.github.ionqci.junit.run.TestIdentity;
import io.github.ionqci.junit.statistics.ChiSquared;
import io.github.ionqci.junit.statistics.GoodnessOfFit;
import io.github.ionqci.junit.statistics.Holm;
import io.github.ionqci.junit.statistics.Weissman;
import io.github.ionqci.junit.support.RunScope;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The snippets of {@code docs/assertions.md}, run against the emulator. The code between
 * {@code // doc:name} and {@code // end} is what the page shows.
 */
class AssertionsGuideTest {

    private static final String BELL = "{\"qubits\":2,\"gateset\":\"qis\",\"circuit\":[{\"gate\":\"h\",\"target\":0},"
            + "{\"gate\":\"cnot\",\"control\":0,\"target\":1}]}";
    private static IonQEmulator emulator;
    private static IonQClient client;

    @TempDir
    Path project;

    @RegisterExtension
    final RunScope scope = new RunScope();   // the guide's first run records: as outside CI

    @BeforeAll
    static void start() {
        emulator = IonQEmulator.start();
        client = IonQClient.builder().baseUrl(emulator.baseUrl()).apiKey(emulator.apiKey()).build();
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    @BeforeEach
    void asTheExtensionDoes() {
        scope.test(new TestIdentity(AssertionsGuideTest.class, "ghzHasNotRegressed", null, project));
    }

    private Job submit(String noise, int shots, int seed) {
        String id = client.submit("{\"type\":\"ionq.circuit.v1\",\"backend\":\"simulator\",\"shots\":" + shots
                + ",\"noise\":{\"model\":\"" + noise + "\",\"seed\":" + seed + "},\"input\":" + BELL + "}").id();
        Job job = client.awaiter().timeout(Duration.ofSeconds(30)).await(List.of(id)).get(id).map(AwaitedJob::job)
                .orElseThrow();
        scope.run().registerResults(job.id(), ResultSource.of(client));   // what the extension does for an injected job
        return job;
    }

    @Test
    void idealBell() {
        Job job = submit("ideal", 1000, 1);
        // doc:ideal
        assertThat(job).isCompleted()
                .probabilities()
                .containsOnlyOutcomes("00", "11")              // qubit 0 rightmost
                .containsOnlyOutcomes(0L, 3L)                  // the same, as IonQ's state integers
                .hasProbability("11", 0.5, within(1e-9))
                .isCloseTo(Map.of("00", 0.5, "11", 0.5), tvd(1e-9));
        // end
    }

    @Test
    void noisyBell() {
        Job job = submit("aria-1", 4000, 7);
        // doc:noisy
        Map<String, Double> bell = Map.of("00", 0.5, "11", 0.5);
        assertThat(job).isCompleted().ranOn("simulator").hasShots(4000)
                .histogram()
                .hasMostLikelyOutcome("00")
                .isCloseTo(bell, tvd(0.02))                    // |observed − ideal| summed / 2 ≤ 0.02
                .isCloseTo(bell, hellinger(0.1))
                .hellingerFidelityAtLeast(bell, 0.97);         // Qiskit's hellinger_fidelity
        // end
        // doc:noisy-exact
        double r2 = 0.0133;                                    // aria-1's two-qubit depolarising rate
        Map<String, Double> noisyBell = Map.of("00", 0.5 - r2 / 4, "01", r2 / 4, "10", r2 / 4, "11", 0.5 - r2 / 4);
        assertThat(job).histogram().fitsDistribution(noisyBell);                       // Pearson χ², at the run's α
        assertThat(job).histogram().fitsDistribution(byState(Map.of(0L, 0.5 - r2 / 4, 1L, r2 / 4, 2L, r2 / 4,
                3L, 0.5 - r2 / 4)), GoodnessOfFit.Method.G);                            // the G-test instead
        // end
        // doc:margin
        assertThat(job).histogram().isCloseTo(bell, tvd(0.01).plusSamplingError(0.001));
        // end
    }

    @Test
    void twoJobsAndABaseline() {
        Job monday = submit("aria-1", 4000, 1);
        Job tuesday = submit("aria-1", 4000, 2);
        // doc:homogeneity
        assertThat(tuesday).histogram().isHomogeneousWith(monday);
        // end
        // doc:baseline
        assertThat(monday).distribution().matchesBaseline();      // first run: records the baseline
        assertThat(tuesday).distribution().matchesBaseline();     // later runs: two-sample test against it
        // end
        assertThat(BaselineStore.pathFor(scope.run().settings(), IonQRun.current().orElseThrow().test().orElseThrow(), null)).exists();
    }

    @Test
    void failedJob() {
        emulator.control().forceFailure("NotEnoughQubits", "The circuit needs 40 qubits; the backend has 29.");
        try {
            Job job = submit("ideal", 100, 1);
            // doc:failed
            assertThat(job).isFailed()
                    .hasFailureCode(FailureCode.NOT_ENOUGH_QUBITS)
                    .hasFailureMessageContaining("40 qubits");
            // end
        } finally {
            emulator.control().reset();
        }
    }

    @Test
    void outsideTheExtension() {
        String id = client.submit("{\"type\":\"ionq.circuit.v1\",\"backend\":\"simulator\",\"shots\":1000,\"input\":"
                + BELL + "}").id();
        client.awaiter().timeout(Duration.ofSeconds(30)).awaitOne(id);
        // doc:client
        Job job = client.getJob(id);
        assertThat(job, client).isCompleted()
                .probabilities()                                 // fetched with sharpen=false
                .isCloseTo(Map.of("00", 0.5, "11", 0.5), tvd(0.01));
        // end
    }

    @Test
    void statisticsApi() throws Exception {
        // doc:statistics
        double p = ChiSquared.survival(100, 1);                  // 1.5239706048321052e-23
        double critical = ChiSquared.criticalValue(0.001, 3);    // 16.266
        double margin = Weissman.tvdBound(4, 10_000, 0.01);      // 0.019
        boolean[] rejected = Holm.rejections(new double[] {0.01, 0.04, 0.03, 0.005}, 0.05);   // {true, false, false, true}
        // end
        assertThat(p).isCloseTo(1.5239706048321052e-23, within(1e-35));
        assertThat(critical).isCloseTo(16.266, within(1e-3));
        assertThat(margin).isCloseTo(0.019, within(1e-3));
        assertThat(rejected).containsExactly(true, false, false, true);
        // doc:report
        IonQRun run = IonQRun.current().orElseThrow().run();   // the run of the test on this thread
        Path page = run.report().writeTo(project.resolve("target/ionq-reports"));
        // end
        assertThat(Files.readString(page)).contains("<h1>IonQ distribution checks</h1>");
    }
}
