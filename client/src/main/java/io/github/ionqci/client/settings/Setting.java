package io.github.ionqci.client.settings;

import java.util.List;
import java.util.Objects;

/**
 * One {@code ionq.*} setting that some entry point reads.
 *
 * <pre>{@code
 * Setting emulator = KnownSettings.find("ionq.emulator").orElseThrow();
 * emulator.check("yes");   // IonQConfigurationException: ionq.emulator = "yes" is neither true nor false …
 * }</pre>
 *
 * @param name    the property name, such as {@code ionq.await.timeout}
 * @param kind    the values it accepts
 * @param choices for a {@link SettingKind#CHOICE}, its words in lower case (such as {@code submitted},
 *                {@code native}); empty for every other kind
 */
public record Setting(String name, SettingKind kind, List<String> choices) {

    /**
     * @param name    the property name
     * @param kind    the values it accepts
     * @param choices the words of a {@link SettingKind#CHOICE}, empty for other kinds
     * @throws IllegalArgumentException if a choice setting has no words, or another kind has some
     */
    public Setting {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        choices = List.copyOf(choices);
        if ((kind == SettingKind.CHOICE) == choices.isEmpty()) {
            throw new IllegalArgumentException(name + ": a " + kind + " setting " + (choices.isEmpty()
                    ? "needs its list of words" : "takes no list of words"));
        }
    }

    /**
     * A setting whose values are not a list of words.
     *
     * @param name the property name
     * @param kind the values it accepts (not {@link SettingKind#CHOICE})
     */
    public Setting(String name, SettingKind kind) {
        this(name, kind, List.of());
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
            case CHOICE -> SettingsParser.parseChoice(name, value, choices);
            default -> {
            }
        }
    }
}
