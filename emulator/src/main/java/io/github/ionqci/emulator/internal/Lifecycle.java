package io.github.ionqci.emulator.internal;

import java.time.Duration;

/**
 * How long a job spends in each non-final status before reaching its final one.
 *
 * @param submitted time in {@code submitted}
 * @param ready     time in {@code ready} (queued)
 * @param running   time in {@code started}
 */
public record Lifecycle(Duration submitted, Duration ready, Duration running) {

    /** Rejects negative durations. */
    public Lifecycle {
        for (Duration d : new Duration[] {submitted, ready, running}) {
            if (d == null || d.isNegative()) {
                throw new IllegalArgumentException("lifecycle durations must be zero or positive, got " + d);
            }
        }
    }

    /** @return time from submission until the job starts running */
    public Duration queued() {
        return submitted.plus(ready);
    }

    /** @return time from submission until the job reaches its final status */
    public Duration total() {
        return queued().plus(running);
    }
}
