package io.github.ionqci.client;

import java.util.List;
import java.util.Optional;

/**
 * IonQ rejected the request as invalid: HTTP 400, 409 (on a write), 413 or another 4xx. The message carries IonQ's explanation.
 */
public class IonQRequestException extends IonQException {

    private static final long serialVersionUID = 1L;

    /** IonQ's {@code validation} of a 400: which keys are wrong, and where. */
    private final Validation validation;

    /**
     * The {@code validation} object of IonQ's 400 body.
     *
     * <pre>{@code
     * catch (IonQRequestException e) {
     *     e.validation().ifPresent(v -> log.warn("fix " + v.keys() + " in the " + v.source()));
     * }
     * }</pre>
     *
     * @param keys   the offending keys, e.g. {@code ["shots"]}
     * @param source where they are: {@code body}, {@code params} or {@code query}, or null
     * @serial exclude
     */
    public record Validation(List<String> keys, String source) implements java.io.Serializable {
        /**
         * Copies the keys.
         *
         * @param keys   the offending keys, e.g. {@code ["shots"]}
         * @param source where they are: {@code body}, {@code params} or {@code query}, or null
         */
        public Validation {
            keys = keys == null ? List.of() : List.copyOf(keys);
        }
    }

    /**
     * @param message    the full message, saying what to do
     * @param jobId      the job concerned, or null
     * @param statusCode the HTTP status, or 0 when no response was received
     * @param error      IonQ's {@code error} field, or null
     * @param requestId  the {@code x-request-id} response header, or null
     * @param cause      the underlying failure, or null
     */
    public IonQRequestException(String message, String jobId, int statusCode, String error, String requestId, Throwable cause) {
        this(message, jobId, statusCode, error, requestId, null, cause);
    }

    /**
     * @param message    the full message, saying what to do
     * @param jobId      the job concerned, or null
     * @param statusCode the HTTP status
     * @param error      IonQ's {@code error} field, or null
     * @param requestId  the {@code x-request-id} response header, or null
     * @param validation IonQ's {@code validation}, or null
     * @param cause      the underlying failure, or null
     */
    public IonQRequestException(String message, String jobId, int statusCode, String error, String requestId,
                                Validation validation, Throwable cause) {
        super(message, jobId, statusCode, error, requestId, cause);
        this.validation = validation;
    }

    /** @return IonQ's {@code validation} ({@code keys}, {@code source}) when the error body had one */
    public Optional<Validation> validation() {
        return Optional.ofNullable(validation);
    }
}
