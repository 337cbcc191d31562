package io.github.ionqci.emulator.internal.http;

import java.io.IOException;

/**
 * A request the server cannot read as HTTP/1.1: the status to answer with and a message saying what is
 * wrong and what to send instead. The connection is closed after the answer, since the request's framing
 * can no longer be trusted.
 */
public final class HttpProtocolException extends IOException {

    private static final long serialVersionUID = 1L;

    /** The status to answer with. */
    private final int status;

    /**
     * @param status  the status to answer with (400, 408, 413, 414, 417, 431, 501, 505)
     * @param message what is wrong, for the error body
     */
    public HttpProtocolException(int status, String message) {
        super(message);
        this.status = status;
    }

    /** @return the status to answer with */
    public int status() {
        return status;
    }
}
