package io.github.ionqci.client.cost;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An amount of money as IonQ states it.
 *
 * <pre>{@code
 * Amount a = new Amount(new BigDecimal("24.83"), "usd");
 * a.text();   // "24.83 usd"
 * }</pre>
 *
 * @param value the amount
 * @param unit  the currency code, such as {@code usd}, or {@code credit} for organizations billed in credits
 */
public record Amount(BigDecimal value, String unit) {

    /**
     * Requires both parts.
     *
     * @param value the amount
     * @param unit the currency code, such as {@code usd}, or {@code credit} for organizations billed in credits
     */
    public Amount {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
    }

    /** @return the amount and unit, such as {@code 24.83 usd} (at least two decimals) */
    public String text() {
        return format(value) + " " + unit;
    }

    /**
     * @param value an amount
     * @return it as plain text with at least two decimals, such as {@code 1.60}
     */
    public static String format(BigDecimal value) {
        return (value.scale() < 2 ? value.setScale(2) : value).toPlainString();
    }
}
