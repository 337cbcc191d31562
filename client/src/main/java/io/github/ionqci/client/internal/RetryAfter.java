package io.github.ionqci.client.internal;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Parses the {@code Retry-After} header: delay seconds (integer or decimal) or an HTTP-date. */
public final class RetryAfter {

    private RetryAfter() {
    }

    /**
     * @param value the header value, or null
     * @return the delay it asks for (zero when the date has passed), or null when absent or unreadable
     */
    public static Duration parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            double seconds = Double.parseDouble(v);
            if (!Double.isFinite(seconds) || seconds < 0) {
                return null;
            }
            return Duration.ofMillis((long) Math.min(seconds * 1000, Long.MAX_VALUE / 2.0));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration until = Duration.between(java.time.Instant.now(), at.toInstant());
                return until.isNegative() ? Duration.ZERO : until;
            } catch (DateTimeParseException notDate) {
                return null;
            }
        }
    }
}
