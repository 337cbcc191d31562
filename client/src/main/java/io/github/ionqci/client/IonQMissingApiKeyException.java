package io.github.ionqci.client;

/**
 * No API key is set. Thrown by {@link IonQConfig.Builder#build()}, {@link ApiKey#of(String)} and
 * {@link IonQClient#create(IonQConfig)}; its message says how to set a key for the client alone. Each
 * entry point catches this type (never compares message text) and says how to set a key in its own
 * terms.
 *
 * <pre>{@code
 * try {
 *     config = IonQConfig.builder().fromEnvironment().build();
 * } catch (IonQMissingApiKeyException e) {
 *     throw new IllegalStateException("No key: set IONQ_API_KEY in the CI secrets", e);
 * }
 * }</pre>
 */
public class IonQMissingApiKeyException extends IonQConfigurationException {

    private static final long serialVersionUID = 1L;

    /** With the client's message: set {@code ionq.api-key} or {@code IONQ_API_KEY}. */
    public IonQMissingApiKeyException() {
        super(IonQProperties.missingApiKeyMessage());
    }
}
