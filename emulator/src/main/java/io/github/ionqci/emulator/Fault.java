package io.github.ionqci.emulator;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * A misbehaviour of the HTTP layer, injected with {@link Faults#add(Fault)}.
 *
 * <pre>{@code
 * emulator.faults().add(Fault.status(429).retryAfterSeconds(1)).onPath("/jobs").rate(0.2);
 * emulator.faults().add(Fault.htmlPage(502)).times(2);
 * emulator.faults().add(Fault.connectionReset()).onMethod("GET").times(3);
 * emulator.faults().add(Fault.latency(Duration.ofMillis(50)));
 * emulator.faults().add(Fault.truncatedBody()).onPath("/jobs/").times(1);
 * }</pre>
 */
public final class Fault {

    /** What the fault does. */
    public enum Kind {
        /** Answers with an HTTP status and IonQ's JSON error body. */
        STATUS,
        /** Answers with an HTTP status and an HTML page, as a proxy or CDN does. */
        HTML_PAGE,
        /** Closes the connection without any response. */
        CONNECTION_RESET,
        /** Waits, then handles the request normally (further faults may still apply). */
        LATENCY,
        /** Declares the real response's length, sends part of the body, closes the connection. */
        TRUNCATED_BODY
    }

    private final Kind kind;
    private final int status;
    private final String retryAfter;
    private final Duration delay;

    private Fault(Kind kind, int status, String retryAfter, Duration delay) {
        this.kind = kind;
        this.status = status;
        this.retryAfter = retryAfter;
        this.delay = delay;
    }

    /**
     * @param status an HTTP status such as 429, 500, 502, 503, 504 or 403
     * @return a fault that answers with that status and IonQ's error body
     */
    public static Fault status(int status) {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("HTTP status must be 100-599, got " + status);
        }
        return new Fault(Kind.STATUS, status, null, null);
    }

    /**
     * @param status an HTTP status, typically 502 or 503
     * @return a fault that answers with that status and an HTML body ({@code text/html})
     */
    public static Fault htmlPage(int status) {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("HTTP status must be 100-599, got " + status);
        }
        return new Fault(Kind.HTML_PAGE, status, null, null);
    }

    /** @return a fault that closes the connection without answering */
    public static Fault connectionReset() {
        return new Fault(Kind.CONNECTION_RESET, 0, null, null);
    }

    /**
     * @param delay how long to wait before answering
     * @return a fault that delays the answer
     */
    public static Fault latency(Duration delay) {
        if (delay == null || delay.isNegative()) {
            throw new IllegalArgumentException("latency must be zero or positive, got " + delay);
        }
        return new Fault(Kind.LATENCY, 0, null, delay);
    }

    /** @return a fault that sends the headers and half of the real body, then closes the connection */
    public static Fault truncatedBody() {
        return new Fault(Kind.TRUNCATED_BODY, 0, null, null);
    }

    /**
     * @param seconds the {@code Retry-After} value in seconds
     * @return a copy that sends it (for {@link #status} and {@link #htmlPage} faults)
     */
    public Fault retryAfterSeconds(long seconds) {
        if (seconds < 0) {
            throw new IllegalArgumentException("Retry-After seconds must be zero or positive, got " + seconds);
        }
        return new Fault(kind, status, Long.toString(seconds), delay);
    }

    /**
     * @param date the {@code Retry-After} date
     * @return a copy that sends it as an HTTP-date (RFC 1123)
     */
    public Fault retryAfterDate(ZonedDateTime date) {
        Objects.requireNonNull(date, "date");
        return new Fault(kind, status, DateTimeFormatter.RFC_1123_DATE_TIME.format(
                date.withZoneSameInstant(java.time.ZoneOffset.UTC)), delay);
    }

    /** @return what it does */
    public Kind kind() {
        return kind;
    }

    /** @return the HTTP status of a status or HTML fault, else 0 */
    public int statusCode() {
        return status;
    }

    /** @return the {@code Retry-After} header value, or null */
    public String retryAfter() {
        return retryAfter;
    }

    /** @return the delay of a latency fault, or null */
    public Duration delay() {
        return delay;
    }

    @Override
    public String toString() {
        switch (kind) {
            case STATUS: return "Fault.status(" + status + (retryAfter == null ? "" : ", Retry-After " + retryAfter) + ")";
            case HTML_PAGE: return "Fault.htmlPage(" + status + ")";
            case LATENCY: return "Fault.latency(" + delay + ")";
            default: return "Fault." + kind;
        }
    }
}
