package io.github.ionqci.client.settings;

import java.util.Objects;

/**
 * One {@code ionq.*} setting that some entry point reads.
 *
 * <pre>{@code
 * Setting emulator = KnownSettings.find("ionq.emulator").orElseThrow();
 * emulator.check("yes");   // IonQConfigurationException: ionq.emulator = "yes" is neither true nor false …
 * }</pre>
 *
 * @param name the property name, such as {@code ionq.await.timeout}
 * @param kind the values it accepts
 */
public record Setting(String name, SettingKind kind) {

    /**
     * @param name the property name
     * @param kind the values it accepts
     */
    public Setting {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }

    /**
     * Checks a value the way every entry point reads it.
     *
     * @param value the configured text; null or blank counts as unset and passes
     * @throws io.github.ionqci.client.IonQConfigurationException if the value is not of this setting's kind
     */
    public void check(String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        switch (kind) {
            case BOOLEAN -> SettingsParser.parseBoolean(name, value);
            case DURATION -> SettingsParser.parseDuration(name, value);
            case INTEGER -> SettingsParser.parseInt(name, value);
            case NUMBER -> SettingsParser.parseNumber(name, value);
            case SIZE -> SettingsParser.parseSize(name, value);
            default -> {
            }
        }
    }
}
