package io.github.ionqci.junit.internal;

import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/** Checks job ids before they are used, so a typo gets a clear message instead of a 404 or a bad URL. */
final class JobIds {

    /** An example id for messages. */
    static final String EXAMPLE = "e1a09d90-b2ba-4ea5-9fd7-4bfc14eac524";

    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private JobIds() {
    }

    static boolean isJobId(String text) {
        return UUID.matcher(text).matches();
    }

    /**
     * @param id     a candidate id
     * @param origin where it came from, such as {@code @IonQJob("${bell}") on parameter 'job' of ...}
     * @return the id
     * @throws ExtensionConfigurationException when it is not a UUID
     */
    static String requireJobId(String id, String origin) {
        if (!isJobId(id)) {
            throw new ExtensionConfigurationException("\"" + id + "\" from " + origin + " is not an IonQ job id:"
                    + " job ids are UUIDs such as " + EXAMPLE + ". To use a name from the jobs file, write"
                    + " @IonQJob(name = \"" + id + "\").");
        }
        return id.toLowerCase(Locale.ROOT);
    }
}
