package io.github.ionqci.client;

/**
 * IonQ answered with something the client cannot use: a body that is not the expected JSON, an invalid result (negative, NaN, not summing to 1), missing results, or a result URL on another origin (refused, so the API key never leaves for it).
 */
public class IonQResponseException extends IonQException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message    the full message, saying what to do
     * @param jobId      the job concerned, or null
     * @param statusCode the HTTP status, or 0 when no response was received
     * @param error      IonQ's {@code error} field, or null
     * @param requestId  the {@code x-request-id} response header, or null
     * @param cause      the underlying failure, or null
     */
    public IonQResponseException(String message, String jobId, int statusCode, String error, String requestId, Throwable cause) {
        super(message, jobId, statusCode, error, requestId, cause);
    }
}
