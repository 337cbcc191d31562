package io.github.ionqci.junit.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The table of reference/distribution-testing.md §4 (δ = 0.01), to its four decimals. */
class WeissmanTest {

    @ParameterizedTest(name = "k={0}: {1} at n=1000, {2} at n=10000")
    @CsvSource({"2, 0.0515, 0.0163", "4, 0.0602, 0.0190", "8, 0.0712, 0.0225", "16, 0.0886, 0.0280"})
    void matchesTheComputedTable(int k, double atThousand, double atTenThousand) {
        assertThat(Weissman.tvdBound(k, 1000, 0.01)).isCloseTo(atThousand, within(5e-5));
        assertThat(Weissman.tvdBound(k, 10_000, 0.01)).isCloseTo(atTenThousand, within(5e-5));
    }

    @Test
    void oneOutcomeNeedsNoMarginAndHugeAlphabetsStayFinite() {
        assertThat(Weissman.tvdBound(1, 100, 0.01)).isZero();
        assertThat(Weissman.tvdBound(1 << 20, 1_000_000_000L, 0.01)).isBetween(0.0, 1.0);
        assertThat(Weissman.tvdBound(1 << 20, 100, 0.01)).isEqualTo(1.0);
    }
}
