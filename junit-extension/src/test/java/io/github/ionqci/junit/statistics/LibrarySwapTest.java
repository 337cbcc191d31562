package io.github.ionqci.junit.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.ionqci.client.result.Histogram;
import io.github.ionqci.client.result.Probabilities;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The swap of the hand-written incomplete gamma functions for Apache Commons Statistics changes no
 * figure the extension reports. The expected values in this class were printed by the replaced
 * implementation (the project's own {@code Gamma} series / continued fraction, commit f39b34e) on
 * the same arguments, before it was deleted; the tolerance is relative.
 */
class LibrarySwapTest {

    @ParameterizedTest(name = "χ²({1}) at {0}: survival {2}, cdf {3}")
    @CsvSource({
            "0.5, 1, 0.47950012218695826, 0.5204998778130417",
            "3.841458820694124, 1, 0.04999999999999963, 0.9500000000000004",
            "100, 1, 1.5239706048320878E-23, 1.0",
            "1, 2, 0.6065306597126412, 0.3934693402873588",
            "7.81, 3, 0.0501060563500055, 0.9498939436499945",
            "16.2662361962381, 3, 0.0010000000000000037, 0.999",
            "30, 10, 8.566412107752837E-4, 0.9991433587892247",
            "2.5, 10, 0.9908757207816049, 0.00912427921839509",
            "150, 100, 9.039320423540099E-4, 0.9990960679576459",
            "80, 100, 0.9296649333406051, 0.07033506665939498",
            "1100, 1000, 0.014614408126295187, 0.9853855918737048",
            "1200, 1000, 1.2255942330622801E-5, 0.9999877440576693",
            "0.01, 4, 0.9999875415886458, 1.2458411354274828E-5",
            "60, 4, 2.9008631203404E-12, 0.9999999999970991",
            "400, 7, 2.385271081112303E-82, 1.0",
            "1005000, 1000000, 2.076780094670338E-4, 0.9997923219905329",
    })
    void survivalAndCdfAgreeWithTheReplacedImplementation(double x, double df, double oldSurvival, double oldCdf) {
        assertThat(ChiSquared.survival(x, df) / oldSurvival).isCloseTo(1.0, within(1e-9));
        assertThat(ChiSquared.cdf(x, df) / oldCdf).isCloseTo(1.0, within(1e-9));
    }

    @ParameterizedTest(name = "χ²({1}) critical value at α={0}: {2}")
    @CsvSource({
            "0.05, 1, 3.841458820694129",
            "0.001, 3, 16.266236196238196",
            "0.001, 15, 37.69729821835256",
            "1e-6, 40, 97.65295741506179",
            "0.01, 1000, 1106.9689943522292",
    })
    void criticalValuesAgreeWithTheReplacedImplementation(double alpha, double df, double oldCritical) {
        assertThat(ChiSquared.criticalValue(alpha, df)).isCloseTo(oldCritical, within(oldCritical * 1e-11));
    }

    /** The library's test on the pooled bins gives the statistic the per-bin contributions add up to. */
    @Test
    void goodnessOfFitStatisticIsTheSumOfTheReportedContributions() {
        Histogram observed = Histogram.ofBitstrings(Map.of("000", 480, "111", 505, "001", 4, "010", 6, "100", 5));
        Probabilities expected = Probabilities.ofBitstrings(Map.of("000", 0.49, "111", 0.49, "001", 0.01,
                "010", 0.005, "100", 0.005));
        for (GoodnessOfFit.Method method : GoodnessOfFit.Method.values()) {
            GoodnessOfFitResult fit = GoodnessOfFit.test(observed, expected, method);
            double sum = fit.bins().stream().mapToDouble(GoodnessOfFitResult.Bin::contribution).sum();
            assertThat(fit.statistic()).as(method.label()).isCloseTo(sum, within(1e-9 * Math.max(1, sum)));
            assertThat(fit.pValue()).isCloseTo(ChiSquared.survival(sum, fit.degreesOfFreedom()), within(1e-12));
        }
    }
}
