package io.github.ionqci.client;

/**
 * IonQ refused the API key: HTTP 401 (the key is missing, wrong or revoked) or 403 (the key is not authorised for this project or resource).
 */
public class IonQAuthenticationException extends IonQException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message    the full message, saying what to do
     * @param jobId      the job concerned, or null
     * @param statusCode the HTTP status, or 0 when no response was received
     * @param error      IonQ's {@code error} field, or null
     * @param requestId  the {@code x-request-id} response header, or null
     * @param cause      the underlying failure, or null
     */
    public IonQAuthenticationException(String message, String jobId, int statusCode, String error, String requestId, Throwable cause) {
        super(message, jobId, statusCode, error, requestId, cause);
    }
}
