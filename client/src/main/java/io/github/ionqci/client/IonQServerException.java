package io.github.ionqci.client;

/**
 * IonQ failed to answer: HTTP 5xx (502, 503, 504, 520 to 529 and others) or a Cloudflare 409 on a read, after the retries the configuration allows. Retry later; see https://status.ionq.co.
 */
public class IonQServerException extends IonQException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message    the full message, saying what to do
     * @param jobId      the job concerned, or null
     * @param statusCode the HTTP status, or 0 when no response was received
     * @param error      IonQ's {@code error} field, or null
     * @param requestId  the {@code x-request-id} response header, or null
     * @param cause      the underlying failure, or null
     */
    public IonQServerException(String message, String jobId, int statusCode, String error, String requestId, Throwable cause) {
        super(message, jobId, statusCode, error, requestId, cause);
    }
}
