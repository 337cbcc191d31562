package io.github.ionqci.junit.assertions;

import static io.github.ionqci.junit.assertions.IonQAssertions.assertThat;
import static io.github.ionqci.junit.assertions.IonQAssertions.assertThatThrownBy;
import static io.github.ionqci.junit.assertions.IonQAssertions.byState;
import static io.github.ionqci.junit.assertions.IonQAssertions.hellinger;
import static io.github.ionqci.junit.assertions.IonQAssertions.tvd;
import static io.github.ionqci.junit.assertions.IonQAssertions.within;
import static io.github.ionqci.junit.assertions.TestJobs.ID;

import io.github.ionqci.client.job.Job;
import io.github.ionqci.client.result.Histogram;
import io.github.ionqci.client.result.Probabilities;
import io.github.ionqci.junit.report.CheckKind;
import io.github.ionqci.junit.report.CheckRecord;
import io.github.ionqci.junit.statistics.GoodnessOfFit;
import io.github.ionqci.junit.support.RunScope;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opentest4j.AssertionFailedError;

class DistributionAssertTest {

    private static final Map<String, Double> BELL = Map.of("00", 0.5, "11", 0.5);
    /** 10 000 shots, 5 % of the mass moved from 11 to 00, and a little leakage into 01. */
    private static final Histogram SHIFTED = Histogram.ofBitstrings(Map.of("00", 5_500, "01", 10, "11", 4_490));
    private static final Probabilities SHIFTED_P = Probabilities.ofBitstrings(Map.of("00", 0.55, "01", 0.001, "11", 0.449));

    @RegisterExtension
    final RunScope run = new RunScope();

    @Test
    void passingChecksChainAndAreRecorded() {
        Histogram bell = Histogram.ofBitstrings(Map.of("00", 5_060, "11", 4_940));
        assertThat(bell)
                .containsOnlyOutcomes("00", "11")
                .containsOnlyOutcomes(0L, 3L)
                .hasProbability("00", 0.5, within(0.02))
                .hasProbability(3L, 0.5, within(0.02))
                .hasMostLikelyOutcome("00")
                .isCloseTo(BELL, tvd(0.02))
                .isCloseTo(byState(Map.of(0L, 0.5, 3L, 0.5)), hellinger(0.02))
                .isCloseTo(BELL, tvd(0.0).plusSamplingError(0.01))
                .hellingerFidelityAtLeast(BELL, 0.999)
                .fitsDistribution(BELL)
                .fitsDistribution(Probabilities.ofBitstrings(BELL), GoodnessOfFit.Method.G)
                .isHomogeneousWith(Histogram.ofBitstrings(Map.of("00", 980, "11", 1_020)));

        assertThat(run.checks()).hasSize(12).allMatch(CheckRecord::passed);
        assertThat(run.checks()).extracting(CheckRecord::kind).containsSubsequence(
                CheckKind.OUTCOMES, CheckKind.PROBABILITY, CheckKind.MOST_LIKELY, CheckKind.TOTAL_VARIATION,
                CheckKind.HELLINGER, CheckKind.HELLINGER_FIDELITY, CheckKind.GOODNESS_OF_FIT, CheckKind.HOMOGENEITY);
        assertThat(run.run().family().size()).isEqualTo(3);
    }

    @Test
    void unexpectedAndMissingOutcomes() {
        assertThatThrownBy(() -> assertThat(SHIFTED).containsOnlyOutcomes("00", "10", "11"))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessage("""
                        Expecting the histogram to contain only the outcomes [00, 10, 11] (qubit 0 rightmost)
                        but these outcomes were not expected: 01 (10 shots)
                        and these are missing: 10
                        actual:
                          {
                            00: 5500 (0.5500)
                            01: 10 (0.0010)
                            11: 4490 (0.4490)
                          }""")
                .satisfies(error -> assertDiff(error, "[00, 01, 11]", "[00, 10, 11]"));
        assertThatThrownBy(() -> assertThat(SHIFTED_P).containsOnlyOutcomes(0L, 3L))
                .hasMessageContaining("but these outcomes were not expected: 01 (p = 0.0010)\nactual:");
    }

    @Test
    void probabilityOfOneOutcome() {
        assertThatThrownBy(() -> assertThat(SHIFTED_P).hasProbability("00", 0.5, within(0.02)))
                .hasMessage("""
                        Expecting the probability of outcome 00 (qubit 0 rightmost) in the probabilities
                        to be 0.5 ± 0.02
                        but was 0.55 (off by 0.05)""")
                .satisfies(error -> assertDiff(error, "{\n  00: 0.5500\n}", "{\n  00: 0.5000\n}"));
    }

    @Test
    void aTightToleranceIsPrintedWithThePrecisionItNeeds() {
        Probabilities grover = Probabilities.ofBitstrings(Map.of("101", 121.0 / 128, "000", 7.0 / 128));
        assertThatThrownBy(() -> assertThat(grover).hasProbability("101", 0.9453, within(1e-9)))
                .hasMessageContaining("to be 0.9453 ± 1e-9\nbut was 0.9453125 (off by 0.0000125)");
    }

    @Test
    void mostLikelyOutcomeAndTies() {
        assertThatThrownBy(() -> assertThat(SHIFTED_P).hasMostLikelyOutcome("11"))
                .hasMessage("""
                        Expecting 11 (qubit 0 rightmost) to be the most likely outcome of the probabilities
                        but the most likely is 00 (0.5500); 11 has 0.4490
                        actual:
                          {
                            00: 0.5500
                            01: 0.0010
                            11: 0.4490
                          }""");
        assertThatThrownBy(() -> assertThat(Probabilities.ofBitstrings(BELL)).hasMostLikelyOutcome(3L))
                .hasMessageContaining("but 00 is as likely (0.5000 each)");
    }

    @Test
    void totalVariationDistance() {
        assertThatThrownBy(() -> assertThat(SHIFTED_P).isCloseTo(BELL, tvd(0.02)))
                .hasMessage("""
                        Expecting the probabilities to be within total variation distance 0.02 of the expected distribution
                        but the total variation distance is 0.051
                        largest differences (observed − expected): 11 (−0.0510), 00 (+0.0500), 01 (+0.0010)
                        expected:
                          {
                            00: 0.5000
                            11: 0.5000
                          }
                        actual:
                          {
                            00: 0.5500
                            01: 0.0010
                            11: 0.4490
                          }""")
                .satisfies(error -> assertDiff(error, "{\n  00: 0.5500\n  01: 0.0010\n  11: 0.4490\n}",
                        "{\n  00: 0.5000\n  11: 0.5000\n}"));
    }

    @Test
    void totalVariationDistanceWithTheWeissmanSamplingMargin() {
        assertThatThrownBy(() -> assertThat(SHIFTED).isCloseTo(BELL, tvd(0.02).plusSamplingError(0.01)))
                .hasMessageStartingWith("Expecting the histogram to be within total variation distance 0.02 + sampling margin "
                        + "0.01788 (Weissman bound, k = 3, n = 10000, δ = 0.01) = 0.03788 of the expected distribution\n"
                        + "but the total variation distance is 0.051\n");
        assertThatThrownBy(() -> assertThat(SHIFTED_P).isCloseTo(BELL, tvd(0.02).plusSamplingError(0.01)))
                .hasMessage("""
                        Expecting the probabilities to have shot counts for a sampling margin,
                        but it is probabilities without a known shot count.
                        Use a histogram (assertThat(job).histogram()), or give the shots with withShots(n).""");
    }

    @Test
    void hellingerDistanceAndFidelity() {
        assertThatThrownBy(() -> assertThat(SHIFTED_P).isCloseTo(BELL, hellinger(0.01)))
                .hasMessageStartingWith("""
                        Expecting the probabilities to be within Hellinger distance 0.01 of the expected distribution
                        but the Hellinger distance is 0.04221
                        largest differences (observed − expected): 11 (−0.0510), 00 (+0.0500), 01 (+0.0010)
                        expected:""");
        assertThatThrownBy(() -> assertThat(SHIFTED_P).hellingerFidelityAtLeast(BELL, 0.999))
                .hasMessageStartingWith("""
                        Expecting the probabilities to have Hellinger fidelity at least 0.999 to the expected distribution
                        but it is 0.9964
                        largest differences""");
    }

    @Test
    void goodnessOfFitFailureShowsStatisticLevelAndContributions() {
        assertThatThrownBy(() -> assertThat(SHIFTED).fitsDistribution(Map.of("00", 0.5, "01", 0.001, "11", 0.499)))
                .hasMessage("""
                        Expecting the histogram to fit the expected distribution (Pearson χ² goodness of fit, 10000 shots)
                        but X² = 100.1 with 2 degrees of freedom gives p = 1.83e-22, at or below the level 0.001
                        (family-wise α 0.001 / 1 statistical check so far in this run)
                        largest contributions: 11 (observed 4490, expected 4990.0, adds 50.1), 00 (observed 5500, expected 5000.0, adds 50)
                        expected counts:
                          {
                            00: 5000.0
                            01: 10.0
                            11: 4990.0
                          }
                        observed counts:
                          {
                            00: 5500
                            01: 10
                            11: 4490
                          }""");
        CheckRecord record = run.checks().get(0);
        assertThat(record.kind()).isEqualTo(CheckKind.GOODNESS_OF_FIT);
        assertThat(record.passed()).isFalse();
        assertThat(record.statisticName()).isEqualTo("X²");
        assertThat(record.threshold()).isEqualTo("fails at p ≤ 0.001; detects TVD ≥ 0.0244 (power 0.9)");
        assertThat(record.explanation()).startsWith("Pearson's X² sums (observed − expected)² / expected over 3 bins; "
                + "if the expected distribution is true it follows χ² with 2 degrees of freedom, so p = 1.83e-22 is the "
                + "chance of a deviation at least this large from shot noise alone. The check fails when p ≤ 0.001 "
                + "(family-wise α 0.001 / 1 statistical check so far in this run), i.e. when X² ≥ 13.82.")
                .endsWith(" At 10000 shots and this level, the check detects a shift of the true distribution by a total"
                        + " variation distance of 0.0244 or more with probability 0.9, in the least favourable direction"
                        + " (IonQStatistics.detectableTvd); smaller shifts may pass.");
    }

    @Test
    void forbiddenOutcomesFailWhateverTheLevel() {
        assertThatThrownBy(() -> assertThat(SHIFTED).fitsDistribution(BELL))
                .hasMessage("""
                        Expecting the histogram to fit the expected distribution (Pearson χ² goodness of fit, 10000 shots)
                        but it has outcomes the expected distribution forbids (probability 0): 01 (10 shots)
                        expected counts:
                          {
                            00: 5000.0
                            11: 5000.0
                          }
                        observed counts:
                          {
                            00: 5500
                            01: 10
                            11: 4490
                          }""");
    }

    @Test
    void probabilitiesWithKnownShotsAreTestedAsRoundedCountsAndSaySo() {
        assertThatThrownBy(() -> assertThat(SHIFTED_P).withShots(10_000)
                .fitsDistribution(Map.of("00", 0.5, "01", 0.001, "11", 0.499)))
                .hasMessageContaining("adds 50)\n(counts are round(p × 10000 shots) from the probabilities)\nexpected counts:");
        assertThatThrownBy(() -> assertThat(SHIFTED_P).fitsDistribution(BELL))
                .hasMessage("""
                        Expecting the probabilities to have shot counts for a goodness-of-fit test,
                        but it is probabilities without a known shot count.
                        Use a histogram (assertThat(job).histogram()), or give the shots with withShots(n).""");
    }

    @Test
    void mergedBinsAreNamedInTheMessage() {
        // 3-qubit Grover: 25/32 on 101, 1/32 elsewhere; 80 shots make every other expected count 2.5
        Map<String, Double> grover = Map.of("000", 1 / 32.0, "001", 1 / 32.0, "010", 1 / 32.0, "011", 1 / 32.0,
                "100", 1 / 32.0, "101", 25 / 32.0, "110", 1 / 32.0, "111", 1 / 32.0);
        Histogram broken = Histogram.ofBitstrings(Map.of("000", 40, "101", 40));
        assertThatThrownBy(() -> assertThat(broken).fitsDistribution(grover))
                .hasMessageContaining("largest contributions: merged 7 outcomes (observed 40, expected 17.5, adds 28.93), "
                        + "101 (observed 40, expected 62.5, adds 8.1)\n(7 outcomes with expected count below 5 were merged into one bin)");
    }

    @Test
    void homogeneityOfTwoHistograms() {
        assertThatThrownBy(() -> assertThat(SHIFTED).isHomogeneousWith(Histogram.ofBitstrings(Map.of("00", 5_000, "11", 5_000))))
                .hasMessage("""
                        Expecting the histogram (10000 shots) and the other histogram (10000 shots) to come from the same distribution (two-sample χ² homogeneity test)
                        but X² = 61.22 with 2 degrees of freedom gives p = 5.09e-14, at or below the level 0.001
                        (family-wise α 0.001 / 1 statistical check so far in this run)
                        largest contributions: 11 (4490 vs 5000, adds 27.41), 00 (5500 vs 5000, adds 23.81), 01 (10 vs 0, adds 10)
                        other counts:
                          {
                            00: 5000
                            01: 0
                            11: 5000
                          }
                        actual counts:
                          {
                            00: 5500
                            01: 10
                            11: 4490
                          }""");
    }

    @Test
    void theLevelTightensAsTheRunsFamilyGrows() {
        Histogram fine = Histogram.ofBitstrings(Map.of("00", 5_060, "11", 4_940));
        assertThat(fine).fitsDistribution(BELL).fitsDistribution(BELL);
        assertThatThrownBy(() -> assertThat(SHIFTED).isHomogeneousWith(fine))
                .hasMessageContaining("at or below the level 0.0003333\n(family-wise α 0.001 / 3 statistical checks so far in this run)");
        assertThat(run.checks()).extracting(CheckRecord::level).containsExactly(0.001, 0.0005, 0.001 / 3);
    }

    @Test
    void jobNavigationFetchesResultsOnceThroughTheRegisteredSource() {
        Job job = TestJobs.completed(3, 10_000);
        AtomicInteger fetches = new AtomicInteger();
        run.run().registerResults(job.id(), new InMemoryResults(SHIFTED, SHIFTED_P, fetches));

        assertThat(job).isCompleted().histogram().containsOnlyOutcomes("000", "001", "011");
        assertThat(job).histogram().hasMostLikelyOutcome("000");
        assertThatThrownBy(() -> assertThat(job).probabilities().fitsDistribution(Map.of("000", 0.5, "011", 0.5)))
                .hasMessageStartingWith("Expecting the probabilities of job " + ID + " to fit the expected distribution "
                        + "(Pearson χ² goodness of fit, 10000 shots)\nbut it has outcomes the expected distribution forbids "
                        + "(probability 0): 001 (10 shots)");

        assertThat(fetches).hasValue(2);   // one histogram, one probabilities
        CheckRecord status = run.checks().get(0);   // isCompleted() is in the report too
        assertThat(status.kind()).isEqualTo(CheckKind.JOB_STATUS);
        assertThat(status.passed()).isTrue();
        assertThat(status.found()).isEqualTo("completed");
        CheckRecord first = run.checks().get(1);
        assertThat(first.jobId()).isEqualTo(ID);
        assertThat(first.backend()).isEqualTo("simulator");
        assertThat(first.observed()).containsOnlyKeys("000", "001", "011");   // the job's 3 qubits, not the 2 the states need
    }

    @Test
    void distributionFallsBackToProbabilitiesWhenTheHistogramCannotBeFetched() {
        Job job = TestJobs.completed(2, 10_000);
        run.run().registerResults(job.id(), new InMemoryResults(null, SHIFTED_P, new AtomicInteger()));
        assertThatThrownBy(() -> assertThat(job).distribution().fitsDistribution(Map.of("00", 0.5, "01", 0.001, "11", 0.499)))
                .hasMessageContaining("(counts are round(p × 10000 shots) from the probabilities; the histogram was not "
                        + "available: this job has no histogram)");
    }

    @Test
    void wideResultsKeepOnlyTheMostLikelyOutcomesInTheReport() {
        int k = 4096;
        long[] states = new long[k];
        double[] values = new double[k];
        for (int s = 0; s < k; s++) {
            states[s] = s;
            values[s] = s == 0 ? 0.5 : 0.5 / (k - 1);
        }
        Probabilities wide = Probabilities.of(states, values, 12);
        assertThat(wide).isCloseTo(wide, tvd(0.0));

        CheckRecord record = run.checks().get(0);
        assertThat(record.observed()).hasSize(ReportRecords.REPORTED_OUTCOMES).containsEntry("000000000000", 0.5);
        assertThat(record.reference()).hasSize(ReportRecords.REPORTED_OUTCOMES);
        assertThat(record.omittedOutcomes()).isEqualTo(k - ReportRecords.REPORTED_OUTCOMES);
        assertThat(record.omittedObserved()).isCloseTo((k - 256) * 0.5 / (k - 1), within(1e-12));
        assertThat(record.omittedReference()).isCloseTo(record.omittedObserved(), within(1e-12));
    }

    @Test
    void badExpectationsAreRejectedWithTheReason() {
        assertThatThrownBy(() -> assertThat(SHIFTED).fitsDistribution(Map.of("00", 0.5, "11", 0.4)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("The expected distribution is not valid: The probabilities sum to 0.9");
        assertThatThrownBy(() -> assertThat(SHIFTED).containsOnlyOutcomes("0x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Bitstring \"0x\" has 'x' at position 1; use only 0 and 1, qubit 0 rightmost");
        assertThatThrownBy(() -> tvd(1.5)).hasMessage("A TVD tolerance must be from 0 to 1, but was 1.5");
    }

    private static void assertDiff(Throwable error, String actual, String expected) {
        AssertionFailedError failed = (AssertionFailedError) error;
        assertThat(failed.getActual().getStringRepresentation()).isEqualTo(actual);
        assertThat(failed.getExpected().getStringRepresentation()).isEqualTo(expected);
    }

    /** Results held in memory; {@code histogram == null} behaves like a backend that offers none. */
    private record InMemoryResults(Histogram histogram, Probabilities probabilities, AtomicInteger fetches)
            implements ResultSource {
        @Override
        public Probabilities probabilities(Job job) {
            fetches.incrementAndGet();
            return probabilities;
        }

        @Override
        public Histogram histogram(Job job) {
            fetches.incrementAndGet();
            if (histogram == null) {
                throw new IllegalStateException("this job has no histogram");
            }
            return histogram;
        }
    }

}
