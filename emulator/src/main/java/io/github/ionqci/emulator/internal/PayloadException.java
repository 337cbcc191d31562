package io.github.ionqci.emulator.internal;

import java.util.List;

/** A job payload that fails schema-level validation: answered with 400 and {@code validation.keys}. */
public final class PayloadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> keys;

    /**
     * @param message what is wrong and what to send instead
     * @param keys    the offending keys
     */
    public PayloadException(String message, List<String> keys) {
        super(message);
        this.keys = List.copyOf(keys);
    }

    /** @return the offending keys */
    public List<String> keys() {
        return keys;
    }

    /** @return the 400 reply */
    public HttpReply reply() {
        return ApiErrors.badRequest(getMessage(), "body", keys);
    }
}
