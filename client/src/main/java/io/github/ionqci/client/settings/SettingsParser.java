package io.github.ionqci.client.settings;

import io.github.ionqci.client.Durations;
import io.github.ionqci.client.IonQConfigurationException;
import java.time.Duration;
import java.util.Locale;

/**
 * The one reader of setting values, so {@code -Dionq.emulator=yes} or {@code ionq.await.timeout=ten}
 * fails with the same message in the client, the JUnit extension and the Maven plugin. Values are
 * trimmed; booleans are strictly {@code true} or {@code false} (any case).
 *
 * <pre>{@code
 * boolean emulator = SettingsParser.parseBoolean("ionq.emulator", System.getProperty("ionq.emulator", "false"));
 * Duration timeout = SettingsParser.parsePositiveDuration("ionq.await.timeout", "10m");
 * }</pre>
 */
public final class SettingsParser {

    private SettingsParser() {
    }

    /**
     * @param name  the setting, for the message
     * @param value its text
     * @return true or false
     * @throws IonQConfigurationException if the text is neither {@code true} nor {@code false}
     */
    public static boolean parseBoolean(String name, String value) {
        String text = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        if (text.equals("true")) {
            return true;
        }
        if (text.equals("false")) {
            return false;
        }
        throw new IonQConfigurationException(name + " = \"" + shown(value) + "\" is neither true nor false: set "
                + name + "=true or " + name + "=false");
    }

    /**
     * @param name    the setting, for the message
     * @param value   its text
     * @param choices the words it may be, in lower case
     * @return the word the text names (trimmed, in any letter case), as listed
     * @throws IonQConfigurationException if the text is none of them, naming the setting, the text and each word
     */
    public static String parseChoice(String name, String value, java.util.List<String> choices) {
        String text = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        if (choices.contains(text)) {
            return text;
        }
        StringBuilder ways = new StringBuilder();
        for (int i = 0; i < choices.size(); i++) {
            ways.append(i == 0 ? "" : i == choices.size() - 1 ? " or " : ", ")
                    .append(name).append('=').append(choices.get(i));
        }
        throw new IonQConfigurationException(name + " = \"" + shown(value) + "\" is not one of its values: set "
                + ways);
    }

    /**
     * @param name  the setting, for the message
     * @param value its text, such as {@code 30s}, {@code 10m}, {@code 500ms} or {@code PT10M}
     * @return the duration (zero allowed)
     * @throws IonQConfigurationException if the text is not a duration, saying which forms are accepted
     */
    public static Duration parseDuration(String name, String value) {
        try {
            return Durations.parse(value);
        } catch (IllegalArgumentException e) {
            throw new IonQConfigurationException(name + ": " + e.getMessage(), e);
        }
    }

    /**
     * @param name  the setting, for the message
     * @param value its text, such as {@code 16MiB}
     * @return the size in bytes, above zero
     * @throws IonQConfigurationException if the text is not a size, saying which forms are accepted
     */
    public static long parseSize(String name, String value) {
        try {
            return io.github.ionqci.client.internal.ByteSizes.parse(value);
        } catch (IllegalArgumentException e) {
            throw new IonQConfigurationException(name + ": " + e.getMessage());
        }
    }

    /**
     * @param name  the setting, for the message
     * @param value its text
     * @return the duration, above zero
     * @throws IonQConfigurationException if the text is not a duration or is zero
     */
    public static Duration parsePositiveDuration(String name, String value) {
        Duration parsed = parseDuration(name, value);
        if (parsed.isZero()) {
            throw new IonQConfigurationException(name + ": \"" + shown(value) + "\" is zero; give a positive"
                    + " duration such as 30s or 10m");
        }
        return parsed;
    }

    /**
     * @param name  the setting, for the message
     * @param value its text
     * @return the whole number
     * @throws IonQConfigurationException if the text is not a whole number
     */
    public static int parseInt(String name, String value) {
        try {
            return Integer.parseInt(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw new IonQConfigurationException(name + " = \"" + shown(value) + "\" is not a whole number: set it to"
                    + " a number such as 1000", e);
        }
    }

    /**
     * @param name  the setting, for the message
     * @param value its text
     * @return the number, finite
     * @throws IonQConfigurationException if the text is not a finite decimal number
     */
    public static double parseNumber(String name, String value) {
        try {
            double parsed = Double.parseDouble(value == null ? "" : value.strip());
            if (Double.isFinite(parsed)) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IonQConfigurationException(name + " = \"" + shown(value) + "\" is not a number: set it to a"
                + " decimal number such as 0.001");
    }

    private static String shown(String value) {
        if (value == null) {
            return "";
        }
        String cut = value.length() > 60 ? value.substring(0, 60) + "…" : value;
        return cut.replaceAll("\\p{Cntrl}", "?");
    }
}
