package io.github.ionqci.maven.internal;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Decides when a progress line is due: the first report, then at most one per interval, so that a wait
 * on a thousand jobs prints a line every few seconds rather than one per poll per job.
 */
public final class ProgressThrottle {

    private final long intervalNanos;
    private final LongSupplier nanoTime;
    private long lastNanos;
    private boolean first = true;

    /**
     * @param interval the minimum time between two lines
     * @param nanoTime the clock, {@code System::nanoTime} outside tests
     */
    public ProgressThrottle(Duration interval, LongSupplier nanoTime) {
        this.intervalNanos = interval.toNanos();
        this.nanoTime = nanoTime;
    }

    /** @return whether a line should be printed now; if so, the interval starts again */
    public synchronized boolean due() {
        long now = nanoTime.getAsLong();
        if (first || now - lastNanos >= intervalNanos) {
            first = false;
            lastNanos = now;
            return true;
        }
        return false;
    }
}
