package io.github.ionqci.client;

/**
 * HTTP 404: the job (or its results) does not exist for this API key: a wrong id, or a job of another project.
 */
public class IonQNotFoundException extends IonQException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message    the full message, saying what to do
     * @param jobId      the job concerned, or null
     * @param statusCode the HTTP status, or 0 when no response was received
     * @param error      IonQ's {@code error} field, or null
     * @param requestId  the {@code x-request-id} response header, or null
     * @param cause      the underlying failure, or null
     */
    public IonQNotFoundException(String message, String jobId, int statusCode, String error, String requestId, Throwable cause) {
        super(message, jobId, statusCode, error, requestId, cause);
    }
}
