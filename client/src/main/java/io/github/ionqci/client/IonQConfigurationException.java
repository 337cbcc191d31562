package io.github.ionqci.client;

/**
 * The configuration is missing or invalid: no API key, a base URL that is not https (plain http is
 * allowed for loopback hosts only), an unreadable duration. The message says which setting and how
 * to set it.
 */
public class IonQConfigurationException extends IonQException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what is wrong and how to fix it
     */
    public IonQConfigurationException(String message) {
        super(message);
    }

    /**
     * @param message what is wrong and how to fix it
     * @param cause   the underlying failure
     */
    public IonQConfigurationException(String message, Throwable cause) {
        super(message, null, 0, null, null, cause);
    }
}
