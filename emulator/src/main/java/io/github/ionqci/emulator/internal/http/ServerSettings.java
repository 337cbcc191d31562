package io.github.ionqci.emulator.internal.http;

import java.time.Duration;
import java.util.Objects;

/**
 * How much the server serves at once and how long it waits.
 *
 * @param maxConnections connections served at once; one more is answered 503 and closed
 * @param requestTimeout how long a request (line, headers and body) may take to arrive once its first byte has,
 *                       and how long a response may take to be taken by the client
 * @param idleTimeout    how long a kept-alive connection may wait for its next request
 */
public record ServerSettings(int maxConnections, Duration requestTimeout, Duration idleTimeout) {

    /** Connections served at once by default. */
    public static final int MAX_CONNECTIONS = 256;

    /**
     * Checks the settings.
     *
     * @param maxConnections connections served at once, at least 1
     * @param requestTimeout the request deadline, positive
     * @param idleTimeout    the idle deadline, positive
     */
    public ServerSettings {
        if (maxConnections < 1) {
            throw new IllegalArgumentException("maxConnections must be at least 1, got " + maxConnections);
        }
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        if (requestTimeout.isNegative() || requestTimeout.isZero() || idleTimeout.isNegative()
                || idleTimeout.isZero()) {
            throw new IllegalArgumentException("the timeouts must be positive, got " + requestTimeout + " and "
                    + idleTimeout);
        }
    }

    /**
     * @param requestTimeout the request deadline
     * @return {@value #MAX_CONNECTIONS} connections, that deadline, and 30 s for an idle connection
     */
    public static ServerSettings of(Duration requestTimeout) {
        return new ServerSettings(MAX_CONNECTIONS, requestTimeout, Duration.ofSeconds(30));
    }
}
