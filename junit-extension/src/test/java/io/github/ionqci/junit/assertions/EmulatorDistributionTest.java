package io.github.ionqci.junit.assertions;

import static io.github.ionqci.junit.assertions.IonQAssertions.assertThat;
import static io.github.ionqci.junit.assertions.IonQAssertions.assertThatThrownBy;
import static io.github.ionqci.junit.assertions.IonQAssertions.tvd;

import io.github.ionqci.client.IonQClient;
import io.github.ionqci.client.await.AwaitResult;
import io.github.ionqci.client.await.AwaitedJob;
import io.github.ionqci.client.await.PollInterval;
import io.github.ionqci.client.job.FailureCode;
import io.github.ionqci.client.job.Job;
import io.github.ionqci.emulator.IonQEmulator;
import io.github.ionqci.junit.run.IonQRun;
import io.github.ionqci.junit.run.RunConfiguration;
import io.github.ionqci.junit.run.StatisticalFamily;
import io.github.ionqci.junit.support.RunScope;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Distribution assertions on real jobs: circuits submitted to the embedded emulator over HTTP, its seeded
 * noisy simulator sampling each shot, results fetched with {@link IonQClient}.
 *
 * <p>A Bell circuit under {@code aria-1} has an exact distribution: the two-qubit depolarising channel after
 * the CNOT (r₂ = 0.0133) turns ρ into (1 − r₂)ρ + r₂·I/4, and the one-qubit channel after H does not change
 * the Z-basis outcomes of the pair. So p(00) = p(11) = ½ − r₂/4 and p(01) = p(10) = r₂/4.
 */
class EmulatorDistributionTest {

    private static final double R2 = 0.0133;
    private static final Map<String, Double> NOISY_BELL = Map.of(
            "00", 0.5 - R2 / 4, "01", R2 / 4, "10", R2 / 4, "11", 0.5 - R2 / 4);
    private static final String BELL = "{\"qubits\":2,\"gateset\":\"qis\",\"circuit\":[{\"gate\":\"h\",\"target\":0},"
            + "{\"gate\":\"cnot\",\"control\":0,\"target\":1}]}";

    private static IonQEmulator emulator;
    private static IonQClient client;

    @BeforeAll
    static void start() {
        emulator = IonQEmulator.start();
        client = IonQClient.builder().baseUrl(emulator.baseUrl()).apiKey(emulator.apiKey()).build();
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    @RegisterExtension
    final RunScope scope = new RunScope();

    @Test
    void seededNoisyRunsFitTheirExactDistributionAtTheFalseAlarmRate() {
        int seeds = 100;
        List<Job> jobs = run(seeds, 2_000, "aria-1");
        int failed = 0;
        int belowFivePercent = 0;
        for (Job job : jobs) {
            IonQRun run = IonQRun.create(RunConfiguration.NONE);   // each job its own run: decided at α / 1
            try (IonQRun.Scope fresh = run.enter(null)) {
                assertThat(job, client).isCompleted().ranOn("simulator").hasShots(2_000).hasQubits(2)
                        .histogram().fitsDistribution(NOISY_BELL);
            } catch (AssertionError falseAlarm) {
                failed++;
            }
            if (run.report().checks().stream().filter(c -> c.pValue() != null).findFirst().orElseThrow().pValue() <= 0.05) {
                belowFivePercent++;
            }
        }
        int upper = GoodnessOfFitCalibrationTest.binomialUpperBound(seeds, StatisticalFamily.DEFAULT_ALPHA, 1e-4);
        int upper5 = GoodnessOfFitCalibrationTest.binomialUpperBound(seeds, 0.05, 1e-4);
        int lower5 = GoodnessOfFitCalibrationTest.binomialLowerBound(seeds, 0.05, 1e-4);
        System.out.printf("emulator calibration: noisy Bell (aria-1), 2000 shots, %d seeds: %d failed at α=0.001 (bound %d), "
                + "%d with p ≤ 0.05 (bounds %d..%d)%n", seeds, failed, upper, belowFivePercent, lower5, upper5);
        assertThat(failed).isLessThanOrEqualTo(upper);
        assertThat(belowFivePercent).isBetween(lower5, upper5);
    }

    @Test
    void aFivePercentShiftIsRejectedAtTenThousandShots() {
        Map<String, Double> shifted = Map.of("00", 0.55 - R2 / 4, "01", R2 / 4, "10", R2 / 4, "11", 0.45 - R2 / 4);
        for (Job job : run(20, 10_000, "aria-1")) {
            // outside a run's scope each assertion chain is a run of its own, decided at α / 1
            assertThatThrownBy(() -> assertThat(job, client).histogram().fitsDistribution(shifted))
                    .hasMessageStartingWith("Expecting the histogram of job " + job.id() + " to fit the expected distribution "
                            + "(Pearson χ² goodness of fit, 10000 shots)\nbut X² = ");
        }
    }

    @Test
    void homogeneityTellsNoiseModelsApartButNotSeeds() {
        List<Job> aria = run(2, 10_000, "aria-1");
        List<Job> harmony = run(1, 10_000, "harmony");
        ResultSource source = ResultSource.of(client);
        aria.forEach(job -> scope.run().registerResults(job.id(), source));
        harmony.forEach(job -> scope.run().registerResults(job.id(), source));

        assertThat(aria.get(0)).histogram().isHomogeneousWith(aria.get(1));
        assertThatThrownBy(() -> assertThat(aria.get(0)).histogram().isHomogeneousWith(harmony.get(0)))
                .hasMessageStartingWith("Expecting the histogram of job " + aria.get(0).id() + " (10000 shots) and the histogram of job "
                        + harmony.get(0).id() + " (10000 shots) to come from the same distribution");
    }

    @Test
    void idealRunsServeExactProbabilities() {
        String id = client.submit("{\"type\":\"ionq.circuit.v1\",\"backend\":\"simulator\",\"shots\":1000,\"input\":"
                + BELL + "}").id();
        Job job = await(List.of(id)).get(0);
        assertThat(job, client).isCompleted().probabilities()
                .containsOnlyOutcomes("00", "11")
                .isCloseTo(Map.of("00", 0.5, "11", 0.5), tvd(1e-12));
        // the ideal simulator gives no histogram and no shot count, so counts cannot be made up
        assertThatThrownBy(() -> assertThat(job, client).distribution().fitsDistribution(Map.of("00", 0.5, "11", 0.5)))
                .hasMessageStartingWith("Expecting the probabilities of job " + id + " to have shot counts for a "
                        + "goodness-of-fit test,\nbut it is probabilities without a known shot count.");
    }

    @Test
    void aFailedSubmissionShowsItsCodeAndMessage() {
        emulator.control().forceFailure("QuantumComputerError", "The QPU was recalibrated.");
        try {
            String id = client.submit("{\"type\":\"ionq.circuit.v1\",\"backend\":\"simulator\",\"shots\":100,\"input\":"
                    + BELL + "}").id();
            Job job = await(List.of(id)).get(0);
            assertThat(job, client).isFailed().hasFailureCode(FailureCode.QUANTUM_COMPUTER_ERROR)
                    .hasFailureMessageContaining("recalibrated");
            assertThatThrownBy(() -> assertThat(job, client).isCompleted())
                    .hasMessage("Expecting job " + id + " to be completed, but it failed.\n  status:  failed\n"
                            + "  failure: QuantumComputerError: The QPU was recalibrated.\n  backend: simulator");
        } finally {
            emulator.control().reset();
        }
    }

    private static List<Job> run(int seeds, int shots, String noise) {
        List<String> ids = new ArrayList<>();
        for (int seed = 1; seed <= seeds; seed++) {
            ids.add(client.submit("{\"type\":\"ionq.circuit.v1\",\"backend\":\"simulator\",\"shots\":" + shots
                    + ",\"noise\":{\"model\":\"" + noise + "\",\"seed\":" + seed + "},\"input\":" + BELL + "}").id());
        }
        return await(ids);
    }

    private static List<Job> await(List<String> ids) {
        AwaitResult result = client.awaiter().timeout(Duration.ofSeconds(60))
                .pollInterval(PollInterval.fixed(Duration.ofMillis(20))).await(ids);
        List<Job> jobs = new ArrayList<>();
        for (String id : ids) {
            jobs.add(result.get(id).map(AwaitedJob::job).orElseThrow());
        }
        return jobs;
    }
}
