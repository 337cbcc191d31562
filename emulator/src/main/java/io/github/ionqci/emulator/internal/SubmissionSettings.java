package io.github.ionqci.emulator.internal;

import io.github.ionqci.emulator.RateCard;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

/** How submitted jobs behave: queueing, running time, limits and forced failures. Thread-safe. */
public final class SubmissionSettings {

    /** Default gate limit of one job, all circuits together (IonQ's published multi-circuit limit). */
    public static final int DEFAULT_MAX_GATES = io.github.ionqci.emulator.circuit.BackendRules.DEFAULT_MAX_GATES;

    private Duration queueing = Duration.ZERO;
    private Duration running = Duration.ZERO;
    private int maxGates = DEFAULT_MAX_GATES;
    private final Deque<String[]> forcedFailures = new ArrayDeque<>();
    private RateCard rateCard = RateCard.defaults();
    private final boolean noisePerNativeGate;

    /** Noise channels after each submitted gate. */
    public SubmissionSettings() {
        this(false);
    }

    /** @param noisePerNativeGate whether noise channels follow each compiled native gate (fixed; not reset) */
    public SubmissionSettings(boolean noisePerNativeGate) {
        this.noisePerNativeGate = noisePerNativeGate;
    }

    /** @return whether noise channels follow each compiled native gate rather than each submitted gate */
    public boolean noisePerNativeGate() {
        return noisePerNativeGate;
    }

    /** @param rateCard the prices estimates and costs are computed with */
    public synchronized void rateCard(RateCard rateCard) {
        this.rateCard = java.util.Objects.requireNonNull(rateCard, "rateCard");
    }

    /** @return the prices estimates and costs are computed with */
    public synchronized RateCard rateCard() {
        return rateCard;
    }

    /** @param queueing time a new job spends in {@code submitted} and {@code ready}, split in half */
    public synchronized void queueing(Duration queueing) {
        this.queueing = nonNegative(queueing, "queueing");
    }

    /** @param running least time a new job spends in {@code started} */
    public synchronized void running(Duration running) {
        this.running = nonNegative(running, "job duration");
    }

    /** @param maxGates the gate limit of one job */
    public synchronized void maxGates(int maxGates) {
        if (maxGates < 1) {
            throw new IllegalArgumentException("the gate limit must be at least 1, got " + maxGates);
        }
        this.maxGates = maxGates;
    }

    /** @return the gate limit of one job */
    public synchronized int maxGates() {
        return maxGates;
    }

    /** @return the lifecycle of a job submitted now */
    public synchronized Lifecycle lifecycle() {
        Duration half = queueing.dividedBy(2);
        return new Lifecycle(half, queueing.minus(half), running);
    }

    /** @return the queueing time */
    public synchronized Duration queueing() {
        return queueing;
    }

    /**
     * @param code    failure code
     * @param message failure message
     * @param count   how many of the next submissions fail so
     */
    public synchronized void forceFailure(String code, String message, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1, got " + count);
        }
        for (int i = 0; i < count; i++) {
            forcedFailures.add(new String[] {code, message});
        }
    }

    /** @return the forced failure for the submission being made ({code, message}), or null */
    public synchronized String[] takeForcedFailure() {
        return forcedFailures.poll();
    }

    /** Back to defaults. */
    public synchronized void reset() {
        queueing = Duration.ZERO;
        running = Duration.ZERO;
        maxGates = DEFAULT_MAX_GATES;
        forcedFailures.clear();
        rateCard = RateCard.defaults();
    }

    private static Duration nonNegative(Duration d, String what) {
        if (d == null || d.isNegative()) {
            throw new IllegalArgumentException(what + " must be zero or positive, got " + d);
        }
        return d;
    }
}
