package io.github.ionqci.junit.internal;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads the assertions' settings ({@code ionq.stats.alpha}, {@code ionq.baselines.update}, …): a system
 * property first, then a JUnit configuration parameter when the extension has installed a hook for
 * them ({@link #useConfigurationParameters(Function)}), e.g. from {@code junit-platform.properties}.
 *
 * <pre>{@code
 * ConfigLookup.useConfigurationParameters(context::getConfigurationParameter);  // in the extension
 * Optional<String> alpha = ConfigLookup.get("ionq.stats.alpha");
 * }</pre>
 */
public final class ConfigLookup {

    private static volatile Function<String, Optional<String>> configurationParameters = key -> Optional.empty();
    private static volatile Function<String, String> environment = System::getenv;

    private ConfigLookup() {
    }

    /**
     * @param lookup JUnit's configuration parameters, such as {@code ExtensionContext::getConfigurationParameter}
     */
    public static void useConfigurationParameters(Function<String, Optional<String>> lookup) {
        configurationParameters = Objects.requireNonNull(lookup, "lookup");
    }

    /** Stops reading JUnit configuration parameters. */
    public static void clearConfigurationParameters() {
        configurationParameters = key -> Optional.empty();
    }

    /**
     * Replaces the environment (for tests of behaviour that depends on, say, {@code CI}).
     *
     * @param lookup variable name to value, or null when unset; null restores {@link System#getenv(String)}
     */
    public static void useEnvironment(Function<String, String> lookup) {
        environment = lookup == null ? System::getenv : lookup;
    }

    /**
     * @param key a property name, such as {@code ionq.stats.alpha}
     * @return the system property, else the JUnit configuration parameter; blank counts as unset
     */
    public static Optional<String> get(String key) {
        String property = System.getProperty(key);
        if (property != null && !property.isBlank()) {
            return Optional.of(property.trim());
        }
        return configurationParameters.apply(key).map(String::trim).filter(value -> !value.isEmpty());
    }

    /**
     * @param key a property name
     * @return whether it is set to {@code true} (case-insensitive)
     */
    public static boolean isTrue(String key) {
        return get(key).map(Boolean::parseBoolean).orElse(false);
    }

    /**
     * @param name an environment variable
     * @return its value, if set and not blank
     */
    public static Optional<String> environment(String name) {
        String value = environment.apply(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }
}
