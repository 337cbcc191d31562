package io.github.ionqci.junit.assertions;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Numbers printed with the precision a tolerance needs: {@code 0.9453125 ± 1e-9}, not {@code 0.9453 ± 0.0000}.
 */
final class Precision {

    private static final int MIN_DECIMALS = 4;
    private static final int MAX_DECIMALS = 15;

    private Precision() {
    }

    /**
     * @param value     a value compared within {@code tolerance}
     * @param tolerance the tolerance, zero or more
     * @return the value with one decimal more than the tolerance's first significant digit (at least 4),
     *         trailing zeros removed
     */
    static String value(double value, double tolerance) {
        int decimals = MIN_DECIMALS;
        if (tolerance > 0 && Double.isFinite(tolerance)) {
            decimals = Math.max(MIN_DECIMALS, (int) -Math.floor(Math.log10(tolerance)) + 1);
        }
        decimals = Math.min(MAX_DECIMALS, decimals);
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        String text = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_EVEN).stripTrailingZeros()
                .toPlainString();
        return text.equals("-0") ? "0" : text;
    }

    /** @return the tolerance itself: plain down to 0.001, else like {@code 1e-9} */
    static String tolerance(double tolerance) {
        if (tolerance == 0 || tolerance >= 1e-3) {
            return BigDecimal.valueOf(tolerance).stripTrailingZeros().toPlainString();
        }
        String text = String.format(Locale.ROOT, "%.3g", tolerance);   // 1.00e-09
        String[] parts = text.split("e");
        String mantissa = new BigDecimal(parts[0]).stripTrailingZeros().toPlainString();
        return mantissa + "e" + Integer.parseInt(parts[1]);
    }
}
