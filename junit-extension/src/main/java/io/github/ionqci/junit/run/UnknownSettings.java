package io.github.ionqci.junit.run;

import io.github.ionqci.client.settings.KnownSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * Warns, when a run starts, about {@code ionq.*} settings that no part of ionq-ci reads, naming the
 * closest real one, so {@code -Dionq.await.timout=1ms} does not go unnoticed. Which names are real,
 * and which is closest, is the client's one registry ({@link KnownSettings}); this class only says
 * where the extension looks: system properties (which include the Maven user properties Surefire and
 * Failsafe hand to the tests) and the entries of {@code junit-platform.properties}.
 *
 * <pre>{@code
 * UnknownSettings.warn(System.getProperties().stringPropertyNames(), System.err);
 * // [ionq] WARNING: The system property ionq.await.timout is not an ionq-ci setting, so nothing reads it: did you mean ionq.await.timeout?
 * }</pre>
 */
final class UnknownSettings {

    /** Names the Maven plugin writes per job ({@code ionq.result.<name>.…}) for builds to pass on; not settings. */
    private static final String RESULT_PROPERTIES = "ionq.result.";

    private UnknownSettings() {
    }

    /**
     * @param systemProperties the names of the system properties
     * @param out              where warnings go
     * @return the warnings printed
     */
    static List<String> warn(Collection<String> systemProperties, PrintStream out) {
        List<String> warnings = new ArrayList<>();
        warnings.addAll(KnownSettings.unknown(settingNames(systemProperties), "system property"));
        warnings.addAll(KnownSettings.unknown(settingNames(platformProperties()), "junit-platform.properties entry"));
        List<String> printed = warnings.stream().map(warning -> "[ionq] WARNING: " + warning).toList();
        printed.forEach(out::println);
        return printed;
    }

    private static Set<String> settingNames(Collection<String> names) {
        Set<String> settings = new TreeSet<>(names);
        settings.removeIf(name -> name.startsWith(RESULT_PROPERTIES));
        return settings;
    }

    private static Set<String> platformProperties() {
        Set<String> names = new TreeSet<>();
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        URL resource = loader == null ? null : loader.getResource("junit-platform.properties");
        if (resource == null) {
            return names;
        }
        Properties properties = new Properties();
        try (InputStream in = resource.openStream()) {
            properties.load(in);
        } catch (IOException e) {
            return names;   // JUnit itself reports an unreadable file
        }
        names.addAll(properties.stringPropertyNames());
        return names;
    }
}
