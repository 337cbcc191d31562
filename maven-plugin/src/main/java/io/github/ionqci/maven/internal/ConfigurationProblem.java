package io.github.ionqci.maven.internal;

/**
 * A mistake in the build's configuration (missing key, unreadable jobs file, bad duration…). Its message
 * says what is wrong and what to change; the mojos turn it into a {@code MojoExecutionException}.
 */
public final class ConfigurationProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message what is wrong and how to fix it */
    public ConfigurationProblem(String message) {
        super(message);
    }

    /**
     * @param message what is wrong and how to fix it
     * @param cause   the underlying error
     */
    public ConfigurationProblem(String message, Throwable cause) {
        super(message, cause);
    }
}
