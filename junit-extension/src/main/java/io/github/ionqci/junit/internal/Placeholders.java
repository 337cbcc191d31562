package io.github.ionqci.junit.internal;

import io.github.ionqci.junit.run.RunConfiguration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/** Expands {@code ${name}} placeholders in {@code @IonQJob} values. */
final class Placeholders {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]*)}");

    private Placeholders() {
    }

    /**
     * @param text   the annotation value, such as {@code ${bell.job}}
     * @param config where to look names up
     * @param where  what the value belongs to, for the error message
     * @return the text with every placeholder replaced
     * @throws ExtensionConfigurationException when a placeholder is empty, unclosed or not set
     */
    static String expand(String text, RunConfiguration config, Object where) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder expanded = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1).trim();
            if (name.isEmpty()) {
                throw new ExtensionConfigurationException("\"" + text + "\" in " + where
                        + " has an empty placeholder ${}: name a property, as in ${bell.job}.");
            }
            String value = config.placeholder(name).orElseThrow(() -> new ExtensionConfigurationException(
                    "${" + name + "} in " + where + " is not set. Set it with -D" + name + "=<job id>, the"
                            + " environment variable " + RunConfiguration.environmentName(name) + ", or a line "
                            + name + "=<job id> in junit-platform.properties."));
            matcher.appendReplacement(expanded, Matcher.quoteReplacement(value.trim()));
        }
        matcher.appendTail(expanded);
        String result = expanded.toString();
        if (result.contains("${")) {
            throw new ExtensionConfigurationException("\"" + text + "\" in " + where
                    + " has an unclosed placeholder: write it as ${property.name}.");
        }
        return result;
    }

    static boolean hasPlaceholder(String text) {
        return text.contains("${");
    }
}
