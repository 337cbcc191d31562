package io.github.ionqci.junit.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.ionqci.client.result.Histogram;
import io.github.ionqci.client.result.Probabilities;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link IonQStatistics#shotsToDetect}: the shots it returns give, by simulation of the real check
 * ({@link GoodnessOfFit} Pearson at α), the requested power against the least favourable shift.
 */
class ShotPlanningTest {

    private static final int REPETITIONS = 2_000;

    static Stream<Arguments> distributions() {
        Map<String, Double> grover = new HashMap<>();
        for (int s = 0; s < 8; s++) {
            grover.put(String.format("%3s", Integer.toBinaryString(s)).replace(' ', '0'), s == 5 ? 121.0 / 128 : 1.0 / 128);
        }
        Map<String, Double> skewed = new HashMap<>();
        double[] weights = {0.3, 0.2, 0.15, 0.1, 0.08, 0.06, 0.04, 0.03, 0.02, 0.01, 0.005, 0.005};
        for (int s = 0; s < weights.length; s++) {
            skewed.put(String.format("%4s", Integer.toBinaryString(s)).replace(' ', '0'), weights[s]);
        }
        return Stream.of(
                Arguments.of("Bell", Map.of("00", 0.5, "11", 0.5), 0.05, 0.01, 0.8),
                Arguments.of("uniform over 4", Map.of("00", 0.25, "01", 0.25, "10", 0.25, "11", 0.25), 0.05, 0.001, 0.9),
                Arguments.of("Grover-3 (t = 2)", grover, 0.03, 0.01, 0.8),
                Arguments.of("skewed over 12", skewed, 0.04, 0.001, 0.9));
    }

    @ParameterizedTest(name = "{0}: TVD {2}, α {3}, power {4}")
    @MethodSource("distributions")
    void simulatedPowerAtTheReturnedShotsIsTheRequestedPower(String name, Map<String, Double> expected, double tvd,
                                                             double alpha, double power) {
        Probabilities p = Probabilities.ofBitstrings(expected);
        long shots = IonQStatistics.shotsToDetect(expected, tvd, alpha, power);
        Probabilities shifted = IonQStatistics.leastFavourableShift(p, shots, tvd);
        assertThat(Distances.totalVariation(p, shifted)).isCloseTo(tvd, within(1e-12));

        SplittableRandom rng = new SplittableRandom(name.hashCode());
        int rejected = 0;
        for (int r = 0; r < REPETITIONS; r++) {
            if (GoodnessOfFit.test(sample(shifted, shots, rng), p, GoodnessOfFit.Method.PEARSON).pValue() < alpha) {
                rejected++;
            }
        }
        double simulated = rejected / (double) REPETITIONS;
        System.out.printf("shotsToDetect %s: TVD %.2f α %s power %.2f → %d shots; simulated power %.4f%n", name, tvd,
                alpha, power, shots, simulated);
        assertThat(simulated).isCloseTo(power, within(0.03));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("distributions")
    void halvingTheShiftRoughlyQuadruplesTheShots(String name, Map<String, Double> expected, double tvd, double alpha,
                                                  double power) {
        long shots = IonQStatistics.shotsToDetect(expected, tvd, alpha, power);
        long halved = IonQStatistics.shotsToDetect(expected, tvd / 2, alpha, power);
        System.out.printf("%s: TVD %.3f → %d shots, TVD %.3f → %d shots (×%.2f)%n", name, tvd, shots, tvd / 2, halved,
                halved / (double) shots);
        assertThat(halved / (double) shots).isBetween(3.5, 4.5);
    }

    @Test
    void detectableTvdInvertsShotsToDetect() {
        Map<String, Double> bell = Map.of("00", 0.5, "11", 0.5);
        long shots = IonQStatistics.shotsToDetect(bell, 0.05, 0.001, 0.9);
        assertThat(IonQStatistics.detectableTvd(bell, shots, 0.001, 0.9)).isCloseTo(0.05, within(0.0005));
        assertThat(IonQStatistics.detectableTvd(bell, shots * 4, 0.001, 0.9)).isCloseTo(0.025, within(0.0005));
    }

    @Test
    void noncentralSurvivalMatchesASimulatedSumOfShiftedNormals() {
        SplittableRandom rng = new SplittableRandom(99);
        double[] means = {1.0, -2.0, 0.5};   // λ = 5.25, df = 3
        double x = 9.0;
        int n = 400_000;
        int above = 0;
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (double m : means) {
                double z = m + gaussian(rng);
                s += z * z;
            }
            if (s > x) {
                above++;
            }
        }
        assertThat(NoncentralChiSquared.survival(x, 3, 5.25)).isCloseTo(above / (double) n, within(0.003));
        assertThat(NoncentralChiSquared.survival(x, 3, 0)).isEqualTo(ChiSquared.survival(x, 3));
        // scipy.stats.ncx2.sf (scipy 1.17.1) at the same points
        assertThat(NoncentralChiSquared.survival(x, 3, 5.25)).isCloseTo(0.37469655746677344, within(1e-12));
        assertThat(NoncentralChiSquared.survival(ChiSquared.criticalValue(0.05, 1), 1, 7.849))
                .isCloseTo(0.8000069694454764, within(1e-12));
        assertThat(NoncentralChiSquared.survival(ChiSquared.criticalValue(0.001, 7), 7, 30.0))
                .isCloseTo(0.8699317328132702, within(1e-12));
        assertThat(NoncentralChiSquared.survival(100, 50, 40)).isCloseTo(0.25665990427186947, within(1e-12));
    }

    @Test
    void aDeterministicExpectationCannotBePlanned() {
        assertThatThrownBy(() -> IonQStatistics.shotsToDetect(Map.of("0", 1.0), 0.1, 0.01, 0.9))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("containsOnlyOutcomes");
    }

    private static double gaussian(SplittableRandom rng) {
        double u = rng.nextDouble();
        double v = rng.nextDouble();
        return Math.sqrt(-2 * Math.log1p(-u)) * Math.cos(2 * Math.PI * v);
    }

    /** n shots from p, as a histogram. */
    static Histogram sample(Probabilities p, long n, SplittableRandom rng) {
        double[] cumulative = new double[p.size()];
        double sum = 0;
        for (int i = 0; i < p.size(); i++) {
            sum += p.probabilityAt(i);
            cumulative[i] = sum;
        }
        long[] counts = new long[p.size()];
        for (long s = 0; s < n; s++) {
            double u = rng.nextDouble() * sum;
            int i = java.util.Arrays.binarySearch(cumulative, u);
            counts[i >= 0 ? i : Math.min(-i - 1, counts.length - 1)]++;
        }
        long[] states = new long[p.size()];
        for (int i = 0; i < states.length; i++) {
            states[i] = p.state(i);
        }
        return Histogram.of(states, counts, p.qubits());
    }
}
