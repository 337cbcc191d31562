package io.github.ionqci.junit.assertions;

import static io.github.ionqci.junit.assertions.IonQAssertions.assertThat;

import io.github.ionqci.client.result.Bitstrings;
import io.github.ionqci.client.result.Histogram;
import io.github.ionqci.client.result.Probabilities;
import io.github.ionqci.junit.run.IonQRun;
import io.github.ionqci.junit.run.RunConfiguration;
import io.github.ionqci.junit.run.StatisticalFamily;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Calibration and power of {@code fitsDistribution} on seeded multinomial samples.
 *
 * <ul>
 *   <li>Calibration: sampling the expected distribution itself over 1,000 seeds, the check must fail no
 *       more often than a Binomial(1000, α) count allows (its upper tail beyond the bound has probability
 *       below 1e-4) at the default α = 0.001; and the same checks' p-values must fall at or below 0.05
 *       within both Binomial(1000, 0.05) bounds, where there is resolution to see a miscalibration either way.</li>
 *   <li>Power: moving 5 % of the probability mass (TVD 0.05) and sampling 10,000 shots, the check must
 *       reject in at least 99 % of 200 seeds at α = 0.001.</li>
 * </ul>
 *
 * <p>Each sample is checked as the first statistical check of a fresh run, so it is decided at α itself.
 */
class GoodnessOfFitCalibrationTest {

    private static final int SEEDS = 1_000;
    private static final double TAIL = 1e-4;

    static Object[][] truths() {
        return new Object[][] {
                {"Bell", bitstrings(Map.of(0L, 0.5, 3L, 0.5), 2), 2_000},
                {"Ry(2π/3)", bitstrings(Map.of(0L, 0.25, 1L, 0.75), 1), 2_000},
                // 100 shots: the seven 1/32 outcomes (E = 3.1) are merged into one bin
                {"Grover n=3", grover(), 100},
                {"uniform over 16", uniform(16), 2_000},
        };
    }

    @ParameterizedTest(name = "{0}, {2} shots")
    @MethodSource("truths")
    void acceptsTheTrueDistributionAtItsFalseAlarmRate(String name, Map<String, Double> truth, int shots) {
        Probabilities expected = Probabilities.ofBitstrings(truth);
        int failed = 0;
        int belowFivePercent = 0;
        for (int seed = 1; seed <= SEEDS; seed++) {
            Histogram sample = sample(expected, shots, new SplittableRandom(seed));
            IonQRun run = IonQRun.create(RunConfiguration.NONE);
            if (fails(run, sample, truth)) {
                failed++;
            }
            // the p-value the assertion used, to measure the rate at α = 0.05 from the same samples
            if (run.report().checks().get(0).pValue() <= 0.05) {
                belowFivePercent++;
            }
        }
        report(name, shots, StatisticalFamily.DEFAULT_ALPHA, failed);
        report(name, shots, 0.05, belowFivePercent);
        assertThat(failed).as("failed checks of %s over %d seeds at the default α", name, SEEDS)
                .isLessThanOrEqualTo(binomialUpperBound(SEEDS, StatisticalFamily.DEFAULT_ALPHA, TAIL));
        // at α = 0.05 there is resolution to see miscalibration both ways: neither liberal nor grossly conservative
        assertThat(belowFivePercent).as("p ≤ 0.05 for %s over %d seeds", name, SEEDS)
                .isBetween(binomialLowerBound(SEEDS, 0.05, TAIL), binomialUpperBound(SEEDS, 0.05, TAIL));
    }

    private static void report(String name, int shots, double alpha, int falseAlarms) {
        System.out.printf("calibration %-16s %5d shots α=%-5s false alarms %3d of %d (Binomial bound %d..%d)%n",
                name, shots, alpha, falseAlarms, SEEDS, binomialLowerBound(SEEDS, alpha, TAIL),
                binomialUpperBound(SEEDS, alpha, TAIL));
    }

    static Object[][] shifts() {
        Map<String, Double> shiftedUniform = new LinkedHashMap<>();
        for (int s = 0; s < 16; s++) {
            shiftedUniform.put(Bitstrings.of(s, 4), 1 / 16.0 + (s < 8 ? 0.00625 : -0.00625));
        }
        Map<String, Double> shiftedGrover = new LinkedHashMap<>();
        grover().forEach((k, v) -> shiftedGrover.put(k, k.equals("101") ? v - 0.05 : v + 0.05 / 7));
        return new Object[][] {
                {"Bell", Map.of("00", 0.5, "11", 0.5), Map.of("00", 0.55, "11", 0.45)},
                {"Ry(2π/3)", Map.of("0", 0.25, "1", 0.75), Map.of("0", 0.30, "1", 0.70)},
                {"Grover n=3", grover(), shiftedGrover},
                {"uniform over 16", uniform(16), shiftedUniform},
        };
    }

    @ParameterizedTest(name = "rejects a 5 % shift: {0}")
    @ValueSource(ints = {0, 1, 2, 3})
    void rejectsAFivePercentShiftAtTenThousandShots(int index) {
        Object[] shift = shifts()[index];
        @SuppressWarnings("unchecked")
        Map<String, Double> expected = (Map<String, Double>) shift[1];
        @SuppressWarnings("unchecked")
        Map<String, Double> truth = (Map<String, Double>) shift[2];
        Probabilities shifted = Probabilities.ofBitstrings(truth);
        int seeds = 200;
        int rejected = 0;
        for (int seed = 1; seed <= seeds; seed++) {
            if (fails(IonQRun.create(RunConfiguration.NONE), sample(shifted, 10_000, new SplittableRandom(seed)), expected)) {
                rejected++;
            }
        }
        System.out.printf("power       %-16s 10000 shots α=0.001 rejected %3d of %d (TVD 0.05 shift)%n", shift[0], rejected, seeds);
        assertThat(rejected).as("rejections of a 5%% shift of %s", shift[0]).isGreaterThanOrEqualTo((int) Math.ceil(0.99 * seeds));
    }

    /** One check as the first statistical check of a fresh run. */
    private static boolean fails(IonQRun run, Histogram sample, Map<String, Double> expected) {
        try (IonQRun.Scope fresh = run.enter(null)) {
            assertThat(sample).fitsDistribution(expected);
            return false;
        } catch (AssertionError rejected) {
            return true;
        }
    }

    /** A multinomial sample: each shot draws a uniform number and finds its outcome in the cumulative distribution. */
    static Histogram sample(Probabilities p, int shots, SplittableRandom random) {
        int k = p.size();
        double[] cumulative = new double[k];
        double sum = 0;
        for (int i = 0; i < k; i++) {
            sum += p.probabilityAt(i);
            cumulative[i] = sum;
        }
        long[] counts = new long[k];
        for (int shot = 0; shot < shots; shot++) {
            double u = random.nextDouble() * sum;
            int lo = 0;
            int hi = k - 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (u < cumulative[mid]) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            counts[lo]++;
        }
        return Histogram.of(p.states(), counts, p.qubits());
    }

    /** @return the smallest c with P(Binomial(n, p) > c) ≤ tail */
    static int binomialUpperBound(int n, double p, double tail) {
        double[] pmf = binomialPmf(n, p);
        double above = 1.0;
        for (int c = 0; c <= n; c++) {
            above -= pmf[c];
            if (above <= tail) {
                return c;
            }
        }
        return n;
    }

    /** @return the largest c with P(Binomial(n, p) < c) ≤ tail */
    static int binomialLowerBound(int n, double p, double tail) {
        double[] pmf = binomialPmf(n, p);
        double below = 0;
        for (int c = 0; c <= n; c++) {
            if (below + pmf[c] > tail) {
                return c;
            }
            below += pmf[c];
        }
        return n;
    }

    private static double[] binomialPmf(int n, double p) {
        double[] pmf = new double[n + 1];
        for (int c = 0; c <= n; c++) {
            double log = logChoose(n, c) + c * Math.log(p) + (n - c) * Math.log1p(-p);
            pmf[c] = Math.exp(log);
        }
        return pmf;
    }

    private static double logChoose(int n, int c) {
        double log = 0;
        for (int i = 1; i <= c; i++) {
            log += Math.log(n - c + i) - Math.log(i);
        }
        return log;
    }

    private static Map<String, Double> grover() {
        Map<String, Double> p = new LinkedHashMap<>();
        for (int s = 0; s < 8; s++) {
            p.put(Bitstrings.of(s, 3), s == 5 ? 25 / 32.0 : 1 / 32.0);
        }
        return p;
    }

    private static Map<String, Double> uniform(int k) {
        Map<String, Double> p = new LinkedHashMap<>();
        int width = Integer.numberOfTrailingZeros(k);
        for (int s = 0; s < k; s++) {
            p.put(Bitstrings.of(s, width), 1.0 / k);
        }
        return p;
    }

    private static Map<String, Double> bitstrings(Map<Long, Double> byState, int width) {
        Map<String, Double> p = new LinkedHashMap<>();
        byState.forEach((state, value) -> p.put(Bitstrings.of(state, width), value));
        return p;
    }

}
