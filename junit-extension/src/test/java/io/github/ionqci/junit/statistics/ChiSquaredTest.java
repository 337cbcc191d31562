package io.github.ionqci.junit.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Known values: the tables' critical values and p-values computed with mpmath at 40 digits
 * ({@code gammainc(df/2, x/2, inf, regularized=True)}), which scipy.stats.chi2.sf agrees with.
 */
class ChiSquaredTest {

    @ParameterizedTest(name = "Q(x={0}, df={1}) = {2}")
    @CsvSource({
            "3.841458820694124, 1, 0.050000000000000057",
            "29.588298445074, 10, 0.0010000000000001575",
            "0.5, 3, 0.91889141165467586",
            "0.001, 1, 0.97477287936996039",
            "900, 1000, 0.98928276190871026",
            // tiny p-values keep their relative accuracy
            "100, 1, 1.5239706048321052e-23",
            "1000, 2, 7.1245764067412855e-218",
            "1500, 1000, 1.0454640385979657e-22",
            "5000, 100, 9.7127890541548205e-983",   // below double range: 0
            // a million degrees of freedom, both sides of the mean
            "1005000, 1000000, 0.00020767800946703003",
            "995000, 1000000, 0.99980067214036425",
    })
    void survivalMatchesHighPrecisionValues(double x, double df, double expected) {
        double p = ChiSquared.survival(x, df);
        if (expected < Double.MIN_NORMAL) {
            assertThat(p).isZero();
        } else {
            assertThat(p / expected).as("relative accuracy").isCloseTo(1.0, within(1e-10));
        }
    }

    @Test
    void twoDegreesOfFreedomIsExactlyExponential() {
        for (double x : new double[] {0.1, 1, 7.5, 40, 300}) {
            assertThat(ChiSquared.survival(x, 2) / Math.exp(-x / 2)).isCloseTo(1.0, within(1e-13));
        }
    }

    @Test
    void survivalAndCdfAddToOne() {
        for (double df : new double[] {1, 2, 3, 17, 250, 40_000}) {
            for (double x : new double[] {0.2 * df, df, 1.5 * df}) {
                assertThat(ChiSquared.survival(x, df) + ChiSquared.cdf(x, df)).isCloseTo(1.0, within(1e-12));
            }
        }
    }

    @ParameterizedTest(name = "χ²({1}) critical value at α={0} is {2}")
    @CsvSource({
            "0.05, 1, 3.8414588206941285",
            "0.001, 1, 10.827566170662733",
            "0.001, 3, 16.26623619623813",
            "0.001, 10, 29.58829844507442",
            "1e-6, 2, 27.631021115928547",
            "0.05, 100, 124.34211340400408",
            "1e-10, 1000, 1311.303008280607",
    })
    void criticalValuesMatchTables(double alpha, double df, double expected) {
        assertThat(ChiSquared.criticalValue(alpha, df)).isCloseTo(expected, within(expected * 1e-10));
    }

    @Test
    void edgeValues() {
        assertThat(ChiSquared.survival(0, 4)).isEqualTo(1.0);
        assertThat(ChiSquared.survival(Double.POSITIVE_INFINITY, 4)).isEqualTo(0.0);
    }

    @Test
    void badArgumentsAreRejectedWithTheReason() {
        assertThatThrownBy(() -> ChiSquared.survival(-1, 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A χ² statistic must be zero or more, but was -1.0");
        assertThatThrownBy(() -> ChiSquared.survival(1, 0))
                .hasMessage("Degrees of freedom must be positive and finite, but was 0.0");
        assertThatThrownBy(() -> ChiSquared.criticalValue(1.5, 3))
                .hasMessage("alpha must be between 0 and 1 (exclusive), but was 1.5");
    }
}
