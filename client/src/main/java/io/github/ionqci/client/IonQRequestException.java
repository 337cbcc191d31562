package io.github.ionqci.client;

/**
 * IonQ rejected the request as invalid: HTTP 400, 409 (on a write), 413 or another 4xx. The message carries IonQ's explanation.
 */
public class IonQRequestException extends IonQException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message    the full message, saying what to do
     * @param jobId      the job concerned, or null
     * @param statusCode the HTTP status, or 0 when no response was received
     * @param error      IonQ's {@code error} field, or null
     * @param requestId  the {@code x-request-id} response header, or null
     * @param cause      the underlying failure, or null
     */
    public IonQRequestException(String message, String jobId, int statusCode, String error, String requestId, Throwable cause) {
        super(message, jobId, statusCode, error, requestId, cause);
    }
}
