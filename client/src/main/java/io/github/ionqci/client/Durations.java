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

    private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m|h|d)");

    private Durations() {
    }

    /**
     * @param text a duration such as {@code 30s}, {@code 10m}, {@code 500ms} or {@code PT10M}
     * @return the duration; never negative
     * @throws IllegalArgumentException if the text is not a duration, saying which forms are accepted
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
                return iso;
            } catch (DateTimeParseException e) {
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
            total = total.plus(toDuration(new BigDecimal(matcher.group(1)), matcher.group(2)));
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

    private static Duration toDuration(BigDecimal amount, String unit) {
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
        return Duration.ofNanos(millis.movePointRight(6).longValue());
    }

    private static IllegalArgumentException invalid(String text) {
        return new IllegalArgumentException("\"" + text + "\" is not a duration: write a number and a unit"
                + " (500ms, 30s, 10m, 2h, 1d, or combined as 1m30s) or ISO-8601 (PT10M)");
    }
}
