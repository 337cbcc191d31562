package io.github.ionqci.client;

/**
 * Any failure talking to IonQ. The message says what failed, for which job, what IonQ answered
 * and what to do; the accessors give the same facts to code.
 *
 * <pre>{@code
 * try {
 *     client.getJob(id);
 * } catch (IonQNotFoundException e) {
 *     System.err.println(e.getMessage());   // names the job, HTTP 404, IonQ's message, x-request-id
 * }
 * }</pre>
 */
public class IonQException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The job concerned, or null. */
    private final String jobId;
    /** The HTTP status, or 0 when no response was received. */
    private final int statusCode;
    /** IonQ's {@code error} field, or null. */
    private final String error;
    /** The {@code x-request-id} response header, or null. */
    private final String requestId;

    /**
     * @param message    the full message, saying what to do
     * @param jobId      the job concerned, or null
     * @param statusCode the HTTP status, or 0 when no response was received
     * @param error      IonQ's {@code error} field, or null
     * @param requestId  the {@code x-request-id} response header, or null
     * @param cause      the underlying failure, or null
     */
    public IonQException(String message, String jobId, int statusCode, String error, String requestId,
                         Throwable cause) {
        super(message, cause);
        this.jobId = jobId;
        this.statusCode = statusCode;
        this.error = error;
        this.requestId = requestId;
    }

    /**
     * @param message the full message, saying what to do
     */
    public IonQException(String message) {
        this(message, null, 0, null, null, null);
    }

    /** @return the job concerned, or null when the failure concerns no single job */
    public String jobId() {
        return jobId;
    }

    /** @return the HTTP status, or 0 when no HTTP response was received */
    public int statusCode() {
        return statusCode;
    }

    /** @return IonQ's {@code error} field (such as {@code "Not Found Error"}), or null */
    public String error() {
        return error;
    }

    /** @return the {@code x-request-id} of the response, to quote to IonQ support, or null */
    public String requestId() {
        return requestId;
    }
}
