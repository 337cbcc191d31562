package io.github.ionqci.junit.report;

import static io.github.ionqci.junit.assertions.IonQAssertions.assertThat;
import static io.github.ionqci.junit.assertions.IonQAssertions.tvd;
import static org.assertj.core.api.Assertions.within;

import io.github.ionqci.client.job.Failure;
import io.github.ionqci.client.job.FailureCode;
import io.github.ionqci.client.job.Job;
import io.github.ionqci.client.job.JobStatus;
import io.github.ionqci.client.result.Histogram;
import io.github.ionqci.client.result.Probabilities;
import io.github.ionqci.junit.assertions.ResultSource;
import io.github.ionqci.junit.assertions.TestJobs;
import io.github.ionqci.junit.run.IonQRun;
import io.github.ionqci.junit.run.RunConfiguration;
import io.github.ionqci.junit.run.TestIdentity;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/** Runs a realistic mix of passing and failing distribution checks, so the report has something to show. */
final class SampleChecks {

    private SampleChecks() {
    }

    /**
     * @param project the project directory the tests run in
     * @return a run of its own holding the checks
     */
    static IonQRun run(Path project) {
        IonQRun run = IonQRun.create(RunConfiguration.NONE);
        test(run, BellStateTest.class, "entangles", project, () -> assertThat(Histogram.ofBitstrings(Map.of("00", 5_060, "11", 4_940)))
                .containsOnlyOutcomes("00", "11")
                .isCloseTo(Map.of("00", 0.5, "11", 0.5), tvd(0.03))
                .fitsDistribution(Map.of("00", 0.5, "11", 0.5)));
        Job job = TestJobs.job(GHZ_JOB, JobStatus.COMPLETED, null, "qpu.aria-1", 3, 2_000, null);
        run.registerResults(job.id(), new ResultSource() {
            @Override
            public Probabilities probabilities(Job j) {
                return Probabilities.ofBitstrings(Map.of("000", 0.4805, "001", 0.0115, "110", 0.0125, "111", 0.4955));
            }

            @Override
            public Histogram histogram(Job j) {
                return Histogram.ofBitstrings(Map.of("000", 961, "001", 23, "110", 25, "111", 991));
            }
        });
        test(run, GhzTest.class, "ghzOnAria", project, () -> assertThat(job).isCompleted().histogram()
                .isCloseTo(Map.of("000", 0.5, "111", 0.5), tvd(0.03))
                .hasProbability("000", 0.5, within(0.03))
                .containsOnlyOutcomes("000", "111"));
        Job tooWide = TestJobs.job(TOO_WIDE_JOB, JobStatus.FAILED,
                new Failure(FailureCode.NOT_ENOUGH_QUBITS, "The circuit needs 40 qubits; qpu.aria-1 has 25"), "qpu.aria-1",
                40, 1_000, null);
        test(run, GhzTest.class, "rejectsTooWideCircuits", project, () -> assertThat(tooWide).isFailed()
                .hasFailureCode(FailureCode.NOT_ENOUGH_QUBITS));
        test(run, GhzTest.class, "runsFortyQubits", project, () -> assertThat(tooWide).isCompleted());
        test(run, BellStateTest.class, "leaksUnderNoise", project, () -> assertThat(Histogram.ofBitstrings(
                Map.of("00", 4_820, "01", 95, "10", 88, "11", 4_997))).fitsDistribution(Map.of("00", 0.5, "11", 0.5)));
        test(run, GroverTest.class, "findsTheMarkedState", project, () -> {
            Map<String, Double> ideal = new TreeMap<>();
            for (int s = 0; s < 8; s++) {
                ideal.put(String.format("%3s", Integer.toBinaryString(s)).replace(' ', '0'), s == 5 ? 25 / 32.0 : 1 / 32.0);
            }
            assertThat(Histogram.ofBitstrings(Map.of("000", 40, "001", 29, "010", 31, "011", 36, "100", 33, "101", 1_700,
                    "110", 35, "111", 96))).hasMostLikelyOutcome("101").fitsDistribution(ideal);
        });
        test(run, RotationTest.class, "rotates <script>alert(1)</script> & \"measures\"", project, () -> assertThat(Probabilities.ofBitstrings(
                Map.of("0", 0.262, "1", 0.738))).hellingerFidelityAtLeast(Map.of("0", 0.25, "1", 0.75), 0.9999));
        test(run, UniformTest.class, "sixteenOutcomes", project, () -> {
            Map<String, Integer> counts = new TreeMap<>();
            for (int s = 0; s < 16; s++) {
                counts.put(String.format("%4s", Integer.toBinaryString(s)).replace(' ', '0'), 610 + (s * 37) % 45);
            }
            Map<String, Double> uniform = new TreeMap<>();
            counts.keySet().forEach(k -> uniform.put(k, 1 / 16.0));
            assertThat(Histogram.ofBitstrings(counts)).isCloseTo(uniform, tvd(0.01));
        });
        return run;
    }

    /** Two UUIDv7 job ids of one run: the same first 18 characters, told apart by their end. */
    static final String GHZ_JOB = "019ae8f2-7c41-7d3a-9b1e-4f6a2c8d0e17";
    static final String TOO_WIDE_JOB = "019ae8f2-7c41-7d3a-a2c5-81d0b93e6f42";

    private static void test(IonQRun run, Class<?> testClass, String method, Path project, Runnable body) {
        try (IonQRun.Scope test = run.enter(new TestIdentity(testClass, method, null, project))) {
            body.run();
        } catch (AssertionError expected) {
            // failing checks are part of the sample
        }
    }

    static final class BellStateTest {
    }

    static final class GhzTest {
    }

    static final class GroverTest {
    }

    static final class RotationTest {
    }

    static final class UniformTest {
    }
}
