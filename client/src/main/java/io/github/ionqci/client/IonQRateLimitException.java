package io.github.ionqci.client;

import java.time.Duration;

/**
 * HTTP 429 after the retries the configuration allows: IonQ is rate-limiting the API key. Slow
 * down (fewer parallel builds, a longer poll interval) or ask IonQ for a higher limit.
 */
public class IonQRateLimitException extends IonQException {

    private static final long serialVersionUID = 1L;

    /** The last {@code Retry-After} IonQ sent, or null. */
    private final Duration retryAfter;

    /**
     * @param message    the full message, saying what to do
     * @param jobId      the job concerned, or null
     * @param error      IonQ's {@code error} field, or null
     * @param requestId  the {@code x-request-id} response header, or null
     * @param retryAfter the last {@code Retry-After} IonQ sent, or null
     */
    public IonQRateLimitException(String message, String jobId, String error, String requestId, Duration retryAfter) {
        super(message, jobId, 429, error, requestId, null);
        this.retryAfter = retryAfter;
    }

    /** @return the last {@code Retry-After} IonQ sent, or null when it sent none */
    public Duration retryAfter() {
        return retryAfter;
    }
}
