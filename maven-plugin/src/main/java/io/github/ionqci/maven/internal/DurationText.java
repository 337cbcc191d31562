package io.github.ionqci.maven.internal;

import java.time.Duration;

/** Short human durations for logs and tables: {@code 850ms}, {@code 4.2s}, {@code 3m05s}, {@code 1h02m}. */
public final class DurationText {

    private DurationText() {
    }

    /**
     * @param duration a duration, or null
     * @return its short form, or {@code -} for null
     */
    public static String of(Duration duration) {
        if (duration == null) {
            return "-";
        }
        long millis = Math.max(0, duration.toMillis());
        if (millis < 1_000) {
            return millis + "ms";
        }
        if (millis < 60_000) {
            return String.format(java.util.Locale.ROOT, "%.1fs", millis / 1000.0);
        }
        long seconds = millis / 1000;
        if (seconds < 3600) {
            return String.format(java.util.Locale.ROOT, "%dm%02ds", seconds / 60, seconds % 60);
        }
        return String.format(java.util.Locale.ROOT, "%dh%02dm", seconds / 3600, (seconds % 3600) / 60);
    }
}
