package io.github.ionqci.client;

/**
 * No HTTP response: the connection failed, was reset or timed out, after the retries the configuration allows (a job submission is never retried once it may have reached IonQ).
 */
public class IonQConnectionException extends IonQException {

    private static final long serialVersionUID = 1L;

    /** Whether a connection was made but the answer came too slowly (see {@link #slowAnswer()}). */
    private final boolean slowAnswer;

    /**
     * @param message    the full message, saying what to do
     * @param jobId      the job concerned, or null
     * @param statusCode the HTTP status, or 0 when no response was received
     * @param error      IonQ's {@code error} field, or null
     * @param requestId  the {@code x-request-id} response header, or null
     * @param cause      the underlying failure, or null
     */
    public IonQConnectionException(String message, String jobId, int statusCode, String error, String requestId, Throwable cause) {
        this(message, jobId, statusCode, error, requestId, cause, false);
    }

    /**
     * @param message    the full message, saying what to do
     * @param jobId      the job concerned, or null
     * @param statusCode the HTTP status, or 0 when no response was received
     * @param error      IonQ's {@code error} field, or null
     * @param requestId  the {@code x-request-id} response header, or null
     * @param cause      the underlying failure, or null
     * @param slowAnswer whether the connection was made and only the answer did not come in time
     */
    public IonQConnectionException(String message, String jobId, int statusCode, String error, String requestId,
                                   Throwable cause, boolean slowAnswer) {
        super(message, jobId, statusCode, error, requestId, cause);
        this.slowAnswer = slowAnswer;
    }

    /**
     * @return whether the server was reached and only its answer was too slow (as opposed to a connection that
     *         could not be made: refused, DNS, TLS, proxy)
     */
    public boolean slowAnswer() {
        return slowAnswer;
    }
}
