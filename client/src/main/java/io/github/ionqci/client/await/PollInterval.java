package io.github.ionqci.client.await;

import io.github.ionqci.client.Durations;
import io.github.ionqci.client.IonQConfig;
import java.time.Duration;
import java.util.Objects;

/**
 * How often an awaiter polls: a first interval that grows by a factor each round up to a maximum.
 * The awaiter also shortens or lengthens a round to the end of the jobs' {@code predicted_wait_time_ms},
 * within these bounds.
 *
 * <pre>{@code
 * PollInterval.growing(Duration.ofSeconds(1), 1.5, Duration.ofSeconds(30));   // 1s, 1.5s, 2.25s, … 30s
 * PollInterval.fixed(Duration.ofMillis(200));
 * PollInterval.of(config);                             // the configuration's: the one place it is built
 * PollInterval.of(config, Duration.ofMillis(200));     // a different first interval, growth and cap from config
 * }</pre>
 *
 * @param initial the first interval
 * @param factor  the growth from one round to the next, at least 1
 * @param max     the longest interval
 */
public record PollInterval(Duration initial, double factor, Duration max) {

    /**
     * @param initial the first interval, positive
     * @param factor  the growth, from 1 to 100
     * @param max     the longest interval, at least {@code initial}
     */
    public PollInterval {
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(max, "max");
        if (initial.isNegative() || initial.isZero()) {
            throw new IllegalArgumentException("The first poll interval must be positive, but was " + initial);
        }
        if (!(factor >= 1.0) || factor > 100) {
            throw new IllegalArgumentException("The poll interval's growth must be from 1 to 100, but was " + factor);
        }
        if (max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("The longest poll interval (" + Durations.format(max)
                    + ") is shorter than the first (" + Durations.format(initial) + ")");
        }
    }

    /**
     * @param initial the first interval
     * @param factor  the growth each round
     * @param max     the longest interval
     * @return a growing interval
     */
    public static PollInterval growing(Duration initial, double factor, Duration max) {
        return new PollInterval(initial, factor, max);
    }

    /**
     * The schedule a configuration asks for; every awaiter and entry point builds it here.
     *
     * @param config a configuration
     * @return its first interval, growth and longest interval
     */
    public static PollInterval of(IonQConfig config) {
        return of(config, config.pollInterval());
    }

    /**
     * @param config a configuration, for the growth and the longest interval
     * @param first  the first interval (such as one annotation's); the longest is raised to it when shorter
     * @return the schedule
     */
    public static PollInterval of(IonQConfig config, Duration first) {
        Duration max = config.maxPollInterval();
        return new PollInterval(first, config.pollGrowth(), first.compareTo(max) > 0 ? first : max);
    }

    /**
     * @param interval the interval
     * @return an interval that never changes (predicted waits may still lengthen a round up to it)
     */
    public static PollInterval fixed(Duration interval) {
        return new PollInterval(interval, 1.0, interval);
    }

    /**
     * @param round the round just done, from 1
     * @return the interval after it: {@code min(max, initial × factor^(round − 1))}
     */
    public Duration after(int round) {
        double nanos = initial.toNanos() * Math.pow(factor, Math.max(0, round - 1));
        return nanos >= max.toNanos() ? max : Duration.ofNanos((long) nanos);
    }

    @Override
    public String toString() {
        return Durations.format(initial) + (factor == 1.0 ? "" : " x" + factor + " to " + Durations.format(max));
    }
}
