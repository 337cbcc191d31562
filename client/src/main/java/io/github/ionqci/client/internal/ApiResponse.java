package io.github.ionqci.client.internal;

import java.net.http.HttpHeaders;
import java.time.Duration;

/**
 * A final HTTP response (after any retries).
 *
 * @param status   the HTTP status
 * @param headers  the response headers
 * @param body     the body, possibly empty
 * @param attempts how many attempts were made
 * @param elapsed  how long all attempts took
 * @param cut      whether the body is only the beginning of a longer (error) body
 */
public record ApiResponse(int status, HttpHeaders headers, byte[] body, int attempts, Duration elapsed, boolean cut) {

    /**
     * Keeps the body non-null: the JDK hands a proxy's refusal of a {@code CONNECT} over with no body at all.
     *
     * @param status   the HTTP status
     * @param headers  the response headers
     * @param body     the body, possibly empty or null
     * @param attempts how many attempts were made
     * @param elapsed  how long all attempts took
     * @param cut      whether the body is only the beginning of a longer (error) body
     */
    public ApiResponse {
        body = body == null ? new byte[0] : body;
    }

    /**
     * A response whose body is whole.
     *
     * @param status   the HTTP status
     * @param headers  the response headers
     * @param body     the body
     * @param attempts how many attempts were made
     * @param elapsed  how long all attempts took
     */
    public ApiResponse(int status, HttpHeaders headers, byte[] body, int attempts, Duration elapsed) {
        this(status, headers, body, attempts, elapsed, false);
    }

    /** @return whether the status is 2xx */
    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    /** @return the {@code x-request-id} header, or null */
    public String requestId() {
        return headers.firstValue("x-request-id").orElse(null);
    }

    /** @return the Content-Type header, or null */
    public String contentType() {
        return headers.firstValue("content-type").orElse(null);
    }
}
