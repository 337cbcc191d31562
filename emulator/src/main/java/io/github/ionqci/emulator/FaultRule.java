package io.github.ionqci.emulator;

import java.util.Locale;
import java.util.Objects;
import java.util.Random;

/**
 * Where and how often a {@link Fault} applies. By default: every request, every time, until removed.
 *
 * <pre>{@code
 * emulator.faults().add(Fault.status(503)).onPath("/jobs").onMethod("GET").rate(0.2).times(10);
 * }</pre>
 *
 * Paths may be given with or without the {@code /v0.4} prefix: {@code onPath("/jobs")} matches
 * {@code /v0.4/jobs/…}. Thread-safe.
 */
public final class FaultRule {

    private final Fault fault;
    private String pathPrefix;
    private String method;
    private double rate = 1.0;
    private int remaining = -1;
    private int fired;

    FaultRule(Fault fault) {
        this.fault = Objects.requireNonNull(fault, "fault");
    }

    /**
     * @param prefix a path prefix, such as {@code /jobs} or {@code /v0.4/jobs/}
     * @return this
     */
    public synchronized FaultRule onPath(String prefix) {
        if (prefix == null || !prefix.startsWith("/")) {
            throw new IllegalArgumentException("path prefix must start with '/', got " + prefix);
        }
        this.pathPrefix = prefix;
        return this;
    }

    /**
     * @param httpMethod {@code GET}, {@code POST}, …
     * @return this
     */
    public synchronized FaultRule onMethod(String httpMethod) {
        this.method = Objects.requireNonNull(httpMethod, "httpMethod").toUpperCase(Locale.ROOT);
        return this;
    }

    /**
     * @param probability the chance, 0 to 1, that a matching request gets the fault (drawn from the seedable
     *                    random of {@link Faults#seed(long)})
     * @return this
     */
    public synchronized FaultRule rate(double probability) {
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("rate must be between 0 and 1, got " + probability);
        }
        this.rate = probability;
        return this;
    }

    /**
     * @param count how many times the fault fires at most
     * @return this
     */
    public synchronized FaultRule times(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("times must be zero or positive, got " + count);
        }
        this.remaining = count;
        return this;
    }

    /** @return the fault */
    public Fault fault() {
        return fault;
    }

    /** @return how many times it has fired */
    public synchronized int fired() {
        return fired;
    }

    /** Decides, and counts, whether the fault fires for a request. */
    synchronized boolean fires(String httpMethod, String path, Random random) {
        if (remaining == 0) {
            return false;
        }
        if (method != null && !method.equals(httpMethod)) {
            return false;
        }
        if (pathPrefix != null && !matches(path)) {
            return false;
        }
        if (rate < 1.0 && random.nextDouble() >= rate) {
            return false;
        }
        if (remaining > 0) {
            remaining--;
        }
        fired++;
        return true;
    }

    private boolean matches(String path) {
        if (path.startsWith(pathPrefix)) {
            return true;
        }
        return path.startsWith(IonQEmulator.API_PREFIX) && path.substring(IonQEmulator.API_PREFIX.length())
                .startsWith(pathPrefix);
    }

    @Override
    public synchronized String toString() {
        return "FaultRule[" + fault + (pathPrefix == null ? "" : " on " + pathPrefix)
                + (method == null ? "" : " " + method) + ", rate " + rate
                + (remaining < 0 ? "" : ", " + remaining + " left") + "]";
    }
}
