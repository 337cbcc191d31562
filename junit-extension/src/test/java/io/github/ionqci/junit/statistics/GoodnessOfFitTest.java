package io.github.ionqci.junit.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.ionqci.client.result.Histogram;
import io.github.ionqci.client.result.Probabilities;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Expected values from scipy.stats.chisquare and power_divergence(lambda_="log-likelihood"). */
class GoodnessOfFitTest {

    private static final Probabilities BELL = Probabilities.ofBitstrings(Map.of("00", 0.5, "11", 0.5));

    @Test
    void pearsonOnABellState() {
        Histogram observed = Histogram.ofBitstrings(Map.of("00", 5_060, "11", 4_940));
        GoodnessOfFitResult fit = GoodnessOfFit.test(observed, BELL, GoodnessOfFit.Method.PEARSON);
        assertThat(fit.statistic()).isCloseTo(1.44, within(1e-12));
        assertThat(fit.degreesOfFreedom()).isEqualTo(1);
        assertThat(fit.pValue()).isCloseTo(0.23013934044341314, within(1e-12));
        assertThat(fit.shots()).isEqualTo(10_000);
        assertThat(fit.mergedOutcomes()).isZero();
        assertThat(fit.rejectsAt(0.001)).isFalse();
    }

    @Test
    void gTestOnABellState() {
        Histogram observed = Histogram.ofBitstrings(Map.of("00", 5_060, "11", 4_940));
        GoodnessOfFitResult fit = GoodnessOfFit.test(observed, BELL, GoodnessOfFit.Method.G);
        assertThat(fit.statistic()).isCloseTo(1.4400345619908137, within(1e-10));
        assertThat(fit.pValue()).isCloseTo(0.2301337476447561, within(1e-10));
    }

    @Test
    void sixBinsPearsonAndG() {
        long[] states = {0, 1, 2, 3, 4, 5};
        Histogram observed = Histogram.of(states.clone(), new long[] {30, 14, 34, 45, 57, 20}, 3);
        Probabilities expected = Probabilities.of(states.clone(), new double[] {0.1, 0.1, 0.15, 0.2, 0.3, 0.15}, 3);

        GoodnessOfFitResult pearson = GoodnessOfFit.test(observed, expected, GoodnessOfFit.Method.PEARSON);
        assertThat(pearson.statistic()).isCloseTo(11.441666666666666, within(1e-10));
        assertThat(pearson.degreesOfFreedom()).isEqualTo(5);
        assertThat(pearson.pValue()).isCloseTo(0.04329313031580497, within(1e-12));
        assertThat(pearson.largestContributions(2)).extracting(GoodnessOfFitResult.Bin::states)
                .containsExactly(List.of(0L), List.of(5L));

        GoodnessOfFitResult g = GoodnessOfFit.test(observed, expected, GoodnessOfFit.Method.G);
        assertThat(g.statistic()).isCloseTo(11.386535101644927, within(1e-10));
        assertThat(g.pValue()).isCloseTo(0.044232459933502784, within(1e-12));
    }

    @Test
    void sparseBinsAreMergedIntoOne() {
        // Grover n=3, t=1: marked state 5 at 25/32, the seven others at 1/32; 100 shots gives E = 3.125 each
        long[] states = {0, 1, 2, 3, 4, 5, 6, 7};
        double[] p = new double[8];
        java.util.Arrays.fill(p, 1.0 / 32);
        p[5] = 25.0 / 32;
        Histogram observed = Histogram.of(new long[] {0, 2, 5, 7}, new long[] {6, 9, 80, 5}, 3);

        GoodnessOfFitResult fit = GoodnessOfFit.test(observed, Probabilities.of(states, p, 3),
                GoodnessOfFit.Method.PEARSON);

        assertThat(fit.mergedOutcomes()).isEqualTo(7);
        assertThat(fit.bins()).hasSize(2);
        assertThat(fit.bins().get(1).states()).containsExactlyInAnyOrder(0L, 1L, 2L, 3L, 4L, 6L, 7L);
        assertThat(fit.bins().get(1).observed()).isEqualTo(20);
        assertThat(fit.bins().get(1).expected()).isCloseTo(21.875, within(1e-12));
        // scipy.stats.chisquare([80, 20], [78.125, 21.875])
        assertThat(fit.statistic()).isCloseTo(0.20571428571428574, within(1e-12));
        assertThat(fit.pValue()).isCloseTo(0.6501474440948544, within(1e-12));
    }

    @Test
    void aPoolStillBelowFiveTakesTheNextSmallestBin() {
        Histogram observed = Histogram.of(new long[] {0, 1, 2}, new long[] {5, 25, 70}, 2);
        Probabilities expected = Probabilities.of(new long[] {0, 1, 2}, new double[] {0.02, 0.30, 0.68}, 2);

        GoodnessOfFitResult fit = GoodnessOfFit.test(observed, expected, GoodnessOfFit.Method.PEARSON);

        assertThat(fit.bins()).extracting(GoodnessOfFitResult.Bin::states)
                .containsExactly(List.of(2L), List.of(0L, 1L));
        // scipy.stats.chisquare([70, 30], [68, 32])
        assertThat(fit.statistic()).isCloseTo(0.18382352941176472, within(1e-12));
        assertThat(fit.pValue()).isCloseTo(0.6681077437666942, within(1e-12));
    }

    @Test
    void anOutcomeThatIdealPhysicsForbidsFailsAtAnyLevel() {
        Histogram observed = Histogram.ofBitstrings(Map.of("00", 498, "01", 1, "11", 501));
        GoodnessOfFitResult fit = GoodnessOfFit.test(observed, BELL, GoodnessOfFit.Method.PEARSON);
        assertThat(fit.hasForbiddenOutcomes()).isTrue();
        assertThat(fit.forbidden()).containsExactly(new GoodnessOfFitResult.ForbiddenOutcome(1, 1));
        assertThat(fit.pValue()).isZero();
        assertThat(fit.statistic()).isInfinite();
        assertThat(fit.rejectsAt(1e-300)).isTrue();
    }

    @Test
    void aDeterministicExpectationLeavesNothingToTest() {
        Probabilities secret = Probabilities.ofBitstrings(Map.of("101", 1.0));
        GoodnessOfFitResult fit = GoodnessOfFit.test(Histogram.ofBitstrings(Map.of("101", 1000)), secret,
                GoodnessOfFit.Method.PEARSON);
        assertThat(fit.isTestable()).isFalse();
        assertThat(fit.degreesOfFreedom()).isZero();
        assertThat(fit.pValue()).isEqualTo(1.0);
    }

    @Test
    void unobservedExpectedOutcomesCountAsZero() {
        Histogram observed = Histogram.ofBitstrings(Map.of("00", 1000));
        GoodnessOfFitResult fit = GoodnessOfFit.test(observed, BELL, GoodnessOfFit.Method.PEARSON);
        assertThat(fit.statistic()).isCloseTo(1000.0, within(1e-9));
        assertThat(fit.pValue()).isLessThan(1e-200);
    }
}
