package io.github.ionqci.client;

import java.util.Objects;

/**
 * An IonQ API key. Its {@link #toString()} never shows the key, so it is safe to log a config or
 * a client that holds one.
 *
 * <pre>{@code
 * ApiKey key = ApiKey.of(System.getenv("IONQ_API_KEY"));
 * System.out.println(key);   // ApiKey[redacted]
 * }</pre>
 */
public final class ApiKey {

    private final String value;

    private ApiKey(String value) {
        this.value = value;
    }

    /**
     * @param value the key as IonQ shows it; surrounding whitespace is removed
     * @return the key
     * @throws IonQConfigurationException if the key is blank or holds a character an HTTP header cannot carry
     */
    public static ApiKey of(String value) {
        if (value == null || value.isBlank()) {
            throw new IonQMissingApiKeyException();
        }
        String trimmed = value.strip();
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (c <= 0x20 || c >= 0x7f) {
                throw new IonQConfigurationException("The IonQ API key has a character that cannot be sent in an"
                        + " HTTP header (position " + (i + 1) + " of " + trimmed.length() + ", code "
                        + (int) c + "): copy the key again from https://cloud.ionq.com without spaces or line breaks");
            }
        }
        return new ApiKey(trimmed);
    }

    /**
     * Returns the key itself, for the {@code Authorization} header. Never log or print it.
     *
     * @return the key
     */
    public String reveal() {
        return value;
    }

    /** @return the value of the {@code Authorization} header: {@code apiKey <key>} */
    public String authorizationHeader() {
        return "apiKey " + value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ApiKey && ((ApiKey) other).value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    /** @return {@code ApiKey[redacted]}: never the key */
    @Override
    public String toString() {
        return "ApiKey[redacted]";
    }
}
