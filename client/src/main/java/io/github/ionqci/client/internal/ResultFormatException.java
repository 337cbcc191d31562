package io.github.ionqci.client.internal;

/** A result body that is not a valid result; the message is a noun phrase saying what was received. */
public final class ResultFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * @param problem what was received, such as {@code "a probability of -0.5 for state 3"}
     */
    public ResultFormatException(String problem) {
        super(problem, null, false, false);
    }
}
