package io.github.ionqci.junit.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.ionqci.client.result.Histogram;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Expected values from scipy.stats.chi2_contingency(table, correction=False). */
class HomogeneityTest {

    @Test
    void twoByFourTable() {
        Histogram first = Histogram.of(new long[] {0, 1, 2, 3}, new long[] {120, 80, 50, 250}, 2);
        Histogram second = Histogram.of(new long[] {0, 1, 2, 3}, new long[] {100, 110, 60, 230}, 2);

        HomogeneityResult result = Homogeneity.test(first, second);

        assertThat(result.statistic()).isCloseTo(8.297448165869218, within(1e-10));
        assertThat(result.degreesOfFreedom()).isEqualTo(3);
        assertThat(result.pValue()).isCloseTo(0.040248167869456446, within(1e-12));
        assertThat(result.largestContributions(1).get(0).states()).containsExactly(1L);
    }

    @Test
    void differentShotCountsAndOutcomesSeenInOnlyOneSample() {
        // the 2x2 table [[48, 52], [30, 70]] plus an outcome neither saw (ignored)
        Histogram first = Histogram.of(new long[] {0, 3}, new long[] {48, 52}, 2);
        Histogram second = Histogram.of(new long[] {0, 3}, new long[] {30, 70}, 2);
        HomogeneityResult result = Homogeneity.test(first, second);
        assertThat(result.statistic()).isCloseTo(6.809583858764187, within(1e-10));
        assertThat(result.pValue()).isCloseTo(0.00906698927556383, within(1e-12));
    }

    @Test
    void sparseColumnsArePooled() {
        Histogram first = Histogram.of(new long[] {0, 1, 2, 3}, new long[] {300, 200, 4, 3}, 2);
        Histogram second = Histogram.of(new long[] {0, 1, 2, 3}, new long[] {280, 215, 2, 5}, 2);

        HomogeneityResult result = Homogeneity.test(first, second);

        assertThat(result.mergedOutcomes()).isEqualTo(2);
        assertThat(result.bins()).extracting(HomogeneityResult.Bin::states)
                .containsExactly(List.of(0L), List.of(1L), List.of(2L, 3L));
        // chi2_contingency([[300, 200, 7], [280, 215, 7]], correction=False)
        assertThat(result.statistic()).isCloseTo(1.2070764811486094, within(1e-10));
        assertThat(result.degreesOfFreedom()).isEqualTo(2);
        assertThat(result.pValue()).isCloseTo(0.5468732397740577, within(1e-12));
    }

    @Test
    void identicalDeterministicSamplesHaveNothingToTest() {
        Histogram one = Histogram.of(new long[] {5}, new long[] {100}, 3);
        HomogeneityResult result = Homogeneity.test(one, Histogram.of(new long[] {5}, new long[] {400}, 3));
        assertThat(result.isTestable()).isFalse();
        assertThat(result.pValue()).isEqualTo(1.0);
    }

    @Test
    void disjointSupportsAreRejected() {
        Histogram zeros = Histogram.of(new long[] {0}, new long[] {500}, 1);
        Histogram ones = Histogram.of(new long[] {1}, new long[] {500}, 1);
        HomogeneityResult result = Homogeneity.test(zeros, ones);
        assertThat(result.statistic()).isCloseTo(1000.0, within(1e-9));
        assertThat(result.rejectsAt(1e-100)).isTrue();
    }
}
