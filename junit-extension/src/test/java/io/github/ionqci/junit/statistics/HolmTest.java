package io.github.ionqci.junit.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class HolmTest {

    @Test
    void stepsDownUntilTheFirstNonRejection() {
        double[] p = {0.01, 0.04, 0.03, 0.005};
        // sorted 0.005 ≤ 0.05/4, 0.01 ≤ 0.05/3, 0.03 > 0.05/2: stop
        assertThat(Holm.rejections(p, 0.05)).containsExactly(true, false, false, true);
    }

    @Test
    void adjustedPValuesAreMonotoneAndCapped() {
        double[] adjusted = Holm.adjustedPValues(new double[] {0.01, 0.04, 0.03, 0.005, 0.9});
        // sorted: 0.005·5=0.025, 0.01·4=0.04, 0.03·3=0.09, 0.04·2=0.08→0.09 (monotone), 0.9·1=0.9
        assertThat(adjusted[3]).isCloseTo(0.025, within(1e-15));
        assertThat(adjusted[0]).isCloseTo(0.04, within(1e-15));
        assertThat(adjusted[2]).isCloseTo(0.09, within(1e-15));
        assertThat(adjusted[1]).isCloseTo(0.09, within(1e-15));
        assertThat(adjusted[4]).isCloseTo(0.9, within(1e-15));
    }

    @Test
    void rejectsEverythingBonferroniRejectsAndMore() {
        double[] p = {0.0001, 0.011, 0.012, 0.013};
        // Bonferroni at 0.05/4 = 0.0125 rejects three; Holm also rejects 0.013 ≤ 0.05/1
        assertThat(Holm.rejections(p, 0.05)).containsExactly(true, true, true, true);
        assertThat(Holm.mostConservativeLevel(4, 0.05)).isEqualTo(0.0125);
    }

    @Test
    void anEmptyFamilyRejectsNothing() {
        assertThat(Holm.rejections(new double[0], 0.001)).isEmpty();
    }
}
