package io.github.ionqci.junit.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * Warns about {@code ionq.*} settings that no part of ionq-ci reads, naming the closest real one, so
 * {@code -Dionq.await.timout=1ms} does not go unnoticed. Read when a run starts: system properties
 * (which include the Maven user properties Surefire and Failsafe hand to the tests) and the entries of
 * {@code junit-platform.properties}.
 *
 * <pre>{@code
 * UnknownSettings.warn(System.getProperties().stringPropertyNames(), System.err);
 * // [ionq] WARNING: ionq.await.timout (system property) is not an ionq-ci setting; did you mean ionq.await.timeout?
 * }</pre>
 */
final class UnknownSettings {

    /** Every {@code ionq.*} name a module reads: client, extension, Maven plugin, emulator. */
    static final Set<String> KNOWN = Set.of(
            "ionq.api-key", "ionq.base-url", "ionq.emulator", "ionq.await.timeout", "ionq.await.poll-interval",
            "ionq.await.max-poll-interval", "ionq.await.progress-interval", "ionq.await.fail-on-timeout",
            "ionq.await.fail-on-canceled", "ionq.await.fail-on-not-found",
            RunConfiguration.JOBS_FILE, RunConfiguration.REPORTS_DIR, "ionq.baselines.dir", "ionq.baselines.update",
            "ionq.ci", StatisticalFamily.ALPHA_PROPERTY, StatisticalFamily.FAMILY_SIZE_PROPERTY,
            "ionq.skip", "ionq.jobs", "ionq.circuits", "ionq.download-results", "ionq.output-directory",
            "ionq.server-id", "ionq.submit.backend", "ionq.submit.force", "ionq.submit.noise",
            "ionq.submit.noise-seed", "ionq.submit.shots", "ionq.emulator.api-key", "ionq.emulator.export-api-key",
            "ionq.emulator.job-duration", "ionq.emulator.jobs", "ionq.emulator.port", "ionq.emulator.queueing");

    /** Families of names read by prefix (result properties the plugin sets per job, simulator tuning). */
    private static final List<String> KNOWN_PREFIXES = List.of("ionq.result.", "ionq.emulator.simulator.");

    private UnknownSettings() {
    }

    /**
     * @param systemProperties the names of the system properties
     * @param out              where warnings go
     * @return the warnings printed
     */
    static List<String> warn(Collection<String> systemProperties, PrintStream out) {
        List<String> warnings = new ArrayList<>();
        for (String name : new TreeSet<>(systemProperties)) {
            check(name, "system property", warnings);
        }
        for (String name : platformProperties()) {
            check(name, "junit-platform.properties", warnings);
        }
        warnings.forEach(out::println);
        return warnings;
    }

    private static void check(String name, String where, List<String> warnings) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("ionq.") || KNOWN.contains(name)
                || KNOWN_PREFIXES.stream().anyMatch(lower::startsWith)) {
            return;
        }
        warnings.add("[ionq] WARNING: " + name + " (" + where + ") is not an ionq-ci setting and is ignored;"
                + " did you mean " + closest(name) + "? The settings are listed in docs/configuration.md.");
    }

    /** @return the known name with the smallest edit distance to {@code name} */
    static String closest(String name) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String known : new TreeSet<>(KNOWN)) {
            int distance = distance(name.toLowerCase(Locale.ROOT), known);
            if (distance < bestDistance) {
                best = known;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
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
