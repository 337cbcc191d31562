package io.github.ionqci.client.internal;

import java.net.http.HttpTimeoutException;
import java.time.Duration;

/** An HTTP exchange, headers and body, did not finish within its time: the connection was abandoned. */
final class ExchangeTimeoutException extends HttpTimeoutException {

    private static final long serialVersionUID = 1L;

    private final boolean headersArrived;
    private final long bodyBytes;

    /**
     * @param timeout        the time the exchange had
     * @param headersArrived whether the headers had arrived (the body was the slow part)
     * @param bodyBytes      how many body bytes had arrived
     */
    ExchangeTimeoutException(Duration timeout, boolean headersArrived, long bodyBytes) {
        super(headersArrived
                ? "the body was still arriving after " + io.github.ionqci.client.Durations.format(timeout) + " ("
                        + bodyBytes + " bytes received)"
                : "no response headers within " + io.github.ionqci.client.Durations.format(timeout));
        this.headersArrived = headersArrived;
        this.bodyBytes = bodyBytes;
    }

    /** @return whether the headers had arrived before the time ran out */
    boolean headersArrived() {
        return headersArrived;
    }

    /** @return how many body bytes had arrived */
    long bodyBytes() {
        return bodyBytes;
    }
}
