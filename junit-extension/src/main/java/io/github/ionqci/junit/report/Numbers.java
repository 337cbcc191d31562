package io.github.ionqci.junit.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * Formats numbers the same way in assertion messages and the report.
 *
 * <pre>{@code
 * Numbers.number(0.23013934);   // "0.2301"
 * Numbers.number(1.52e-23);     // "1.52e-23"
 * Numbers.probability(0.5);     // "0.5000"
 * }</pre>
 */
public final class Numbers {

    private Numbers() {
    }

    /**
     * @param value any number
     * @return 4 significant digits without trailing zeros from 0.0001 to 100000, else {@code 1.52e-23} form;
     *         {@code ∞} for infinity, {@code n/a} for NaN
     */
    public static String number(double value) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "∞" : "-∞";
        }
        if (value == 0) {
            return "0";
        }
        double magnitude = Math.abs(value);
        if (magnitude >= 1e-4 && magnitude < 1e5) {
            return new BigDecimal(value).round(new MathContext(4)).stripTrailingZeros().toPlainString();
        }
        return String.format(Locale.ROOT, "%.2e", value);
    }

    /**
     * @param value a probability
     * @return it with four decimals, such as {@code 0.5000}
     */
    public static String probability(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }

    /**
     * @param value an expected count
     * @return it with one decimal, such as {@code 5000.0}
     */
    public static String expectedCount(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
