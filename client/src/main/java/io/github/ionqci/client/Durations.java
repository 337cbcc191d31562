package io.github.ionqci.client;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the durations of the configuration: {@code 500ms}, {@code 30s}, {@code 10m}, {@code 2h},
 * {@code 1d}, combinations such as {@code 1m30s}, and ISO-8601 such as {@code PT10M}.
 *
 * <pre>{@code
 * Duration timeout = Durations.parse("10m");    // PT10M
 * Duration poll = Durations.parse("1.5s");      // PT1.5S
 * }</pre>
 */
public final class Durations {

    /** The longest duration accepted: the most nanoseconds a {@code long} holds, so no caller's arithmetic wraps. */
    public static final Duration MAX = Duration.ofNanos(Long.MAX_VALUE);

    private static final long MAX_DAYS = MAX.toDays();

    private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m|h|d)");

    private Durations() {
    }

    /**
     * @param text a duration such as {@code 30s}, {@code 10m}, {@code 500ms} or {@code PT10M}
     * @return the duration; never negative, never longer than {@link #MAX}
     * @throws IllegalArgumentException if the text is not a duration, saying which forms are accepted, or is
     *                                  longer than {@link #MAX} (such as {@code 213504d})
     */
    public static Duration parse(String text) {
        if (text == null || text.isBlank()) {
            throw invalid(text);
        }
        String trimmed = text.strip().toLowerCase(Locale.ROOT).replace(" ", "");
        if (trimmed.startsWith("p")) {
            try {
                Duration iso = Duration.parse(trimmed.toUpperCase(Locale.ROOT));
                if (iso.isNegative()) {
                    throw invalid(text);
                }
                if (iso.compareTo(MAX) > 0) {
                    throw tooLong(text);
                }
                return iso;
            } catch (DateTimeParseException e) {
                if (e.getCause() instanceof ArithmeticException) {
                    throw tooLong(text);
                }
                throw invalid(text);
            }
        }
        Matcher matcher = PART.matcher(trimmed);
        int position = 0;
        Duration total = Duration.ZERO;
        while (position < trimmed.length()) {
            if (!matcher.find(position) || matcher.start() != position) {
                throw invalid(text);
            }
            BigDecimal nanos = toNanos(new BigDecimal(matcher.group(1)), matcher.group(2));
            if (nanos.compareTo(BigDecimal.valueOf(MAX.toNanos())) > 0) {
                throw tooLong(text);
            }
            total = total.plus(Duration.ofNanos(nanos.longValue()));
            if (total.compareTo(MAX) > 0) {
                throw tooLong(text);
            }
            position = matcher.end();
        }
        return total;
    }

    /**
     * @param duration a duration
     * @return it written the short way this class parses, such as {@code 1m30s} or {@code 250ms}
     */
    public static String format(Duration duration) {
        if (duration.isZero()) {
            return "0s";
        }
        StringBuilder text = new StringBuilder();
        long hours = duration.toHours();
        if (hours > 0) {
            text.append(hours).append('h');
        }
        if (duration.toMinutesPart() > 0) {
            text.append(duration.toMinutesPart()).append('m');
        }
        int seconds = duration.toSecondsPart();
        int millis = duration.toMillisPart();
        if (seconds > 0 && millis > 0 && hours == 0 && duration.toMinutesPart() == 0) {
            text.append(BigDecimal.valueOf(duration.toMillis()).movePointLeft(3).stripTrailingZeros().toPlainString())
                    .append('s');
        } else {
            if (seconds > 0) {
                text.append(seconds).append('s');
            }
            if (millis > 0) {
                text.append(millis).append("ms");
            }
        }
        return text.length() == 0 ? duration.toNanos() + "ns" : text.toString();
    }

    private static BigDecimal toNanos(BigDecimal amount, String unit) {
        BigDecimal millis;
        switch (unit) {
            case "ms":
                millis = amount;
                break;
            case "s":
                millis = amount.movePointRight(3);
                break;
            case "m":
                millis = amount.multiply(BigDecimal.valueOf(60_000));
                break;
            case "h":
                millis = amount.multiply(BigDecimal.valueOf(3_600_000));
                break;
            default:
                millis = amount.multiply(BigDecimal.valueOf(86_400_000));
                break;
        }
        return millis.movePointRight(6).setScale(0, java.math.RoundingMode.DOWN);
    }

    private static IllegalArgumentException tooLong(String text) {
        return new IllegalArgumentException("\"" + text + "\" is longer than the longest duration supported, "
                + MAX_DAYS + "d (about 292 years, the most nanoseconds a long holds): give a shorter one");
    }

    private static IllegalArgumentException invalid(String text) {
        return new IllegalArgumentException("\"" + text + "\" is not a duration: write a number and a unit"
                + " (500ms, 30s, 10m, 2h, 1d, or combined as 1m30s) or ISO-8601 (PT10M)");
    }
}
