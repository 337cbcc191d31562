package io.github.ionqci.client.settings;

import static io.github.ionqci.client.settings.SettingKind.BOOLEAN;
import static io.github.ionqci.client.settings.SettingKind.CHOICE;
import static io.github.ionqci.client.settings.SettingKind.DURATION;
import static io.github.ionqci.client.settings.SettingKind.INTEGER;
import static io.github.ionqci.client.settings.SettingKind.NUMBER;
import static io.github.ionqci.client.settings.SettingKind.SIZE;
import static io.github.ionqci.client.settings.SettingKind.TEXT;

import io.github.ionqci.client.IonQProperties;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every {@code ionq.*} setting that the client, the JUnit extension, the Maven plugin or the emulator
 * reads, with the kind of value it takes. An {@code ionq.*} property that is not here is read by
 * nothing, so the entry points warn about it and suggest the closest real name.
 *
 * <pre>{@code
 * KnownSettings.suggestion("ionq.await.timout");          // Optional[ionq.await.timeout]
 * KnownSettings.unknown(System.getProperties().stringPropertyNames(), "system property")
 *         .forEach(log::warn);  // "… ionq.await.timout … did you mean ionq.await.timeout?"
 * }</pre>
 *
 * <p>A new setting is added here in the same commit as the code that reads it (a test checks that the
 * configuration docs name every one).
 */
public final class KnownSettings {

    private static final Map<String, Setting> ALL = known();

    private static Map<String, Setting> known() {
        Map<String, Setting> all = new LinkedHashMap<>();
        // shared: client, extension, plugin
        add(all, IonQProperties.API_KEY, TEXT);
        add(all, IonQProperties.BASE_URL, TEXT);
        add(all, IonQProperties.AWAIT_TIMEOUT, DURATION);
        add(all, IonQProperties.AWAIT_POLL_INTERVAL, DURATION);
        add(all, IonQProperties.EMULATOR, BOOLEAN);
        add(all, IonQProperties.JOBS_FILE, TEXT);
        add(all, IonQProperties.CONNECT_GIVE_UP_AFTER, DURATION);
        add(all, IonQProperties.CANCEL_ON_ABORT, BOOLEAN);
        add(all, IonQProperties.HTTP_REQUEST_TIMEOUT, DURATION);
        add(all, IonQProperties.HTTP_MAX_RESPONSE_SIZE, SIZE);
        add(all, IonQProperties.HTTP_MAX_RESULT_SIZE, SIZE);
        // JUnit extension
        add(all, "ionq.stats.alpha", NUMBER);
        add(all, "ionq.stats.family-size", INTEGER);
        add(all, "ionq.baselines.dir", TEXT);
        add(all, "ionq.baselines.update", BOOLEAN);
        add(all, "ionq.ci", BOOLEAN);
        add(all, "ionq.reports.dir", TEXT);
        // Maven plugin
        add(all, "ionq.skip", BOOLEAN);
        add(all, "ionq.output-directory", TEXT);
        add(all, "ionq.server-id", TEXT);
        add(all, "ionq.jobs", TEXT);
        add(all, "ionq.await.max-poll-interval", DURATION);
        add(all, "ionq.await.progress-interval", DURATION);
        add(all, "ionq.await.fail-on-canceled", BOOLEAN);
        add(all, "ionq.await.fail-on-timeout", BOOLEAN);
        add(all, "ionq.await.fail-on-not-found", BOOLEAN);
        add(all, IonQProperties.AWAIT_ALLOW_EMPTY, BOOLEAN);
        add(all, "ionq.download-results", BOOLEAN);
        add(all, "ionq.circuits", TEXT);
        add(all, "ionq.submit.backend", TEXT);
        add(all, "ionq.submit.shots", INTEGER);
        add(all, "ionq.submit.noise", TEXT);
        add(all, "ionq.submit.noise-seed", INTEGER);
        add(all, "ionq.submit.force", BOOLEAN);
        add(all, IonQProperties.MAX_COST, NUMBER);
        add(all, "ionq.session.max-jobs", INTEGER);
        add(all, "ionq.session.max-cost", NUMBER);
        add(all, "ionq.session.max-minutes", INTEGER);
        add(all, "ionq.await.cancel-given-jobs", BOOLEAN);
        add(all, "ionq.await.report-cost", BOOLEAN);
        add(all, "ionq.emulator.port", INTEGER);
        add(all, "ionq.emulator.api-key", TEXT);
        add(all, "ionq.emulator.export-api-key", BOOLEAN);
        add(all, "ionq.emulator.jobs", TEXT);
        add(all, "ionq.emulator.queueing", DURATION);
        add(all, "ionq.emulator.job-duration", DURATION);
        choice(all, "ionq.emulator.results-form", "artifact", "url");
        choice(all, IonQProperties.EMULATOR_NOISE_PER, "submitted", "native");
        // emulator (simulator tuning)
        add(all, "ionq.emulator.simulator.threads", INTEGER);
        add(all, "ionq.emulator.simulator.localBits", INTEGER);
        return java.util.Collections.unmodifiableMap(all);
    }

    private KnownSettings() {
    }

    private static void add(Map<String, Setting> all, String name, SettingKind kind) {
        all.put(name, new Setting(name, kind));
    }

    private static void choice(Map<String, Setting> all, String name, String... choices) {
        all.put(name, new Setting(name, CHOICE, List.of(choices)));
    }

    /** @return every known setting, in a stable order */
    public static List<Setting> all() {
        return List.copyOf(ALL.values());
    }

    /**
     * @param name a property name
     * @return the setting of that name, if any entry point reads it
     */
    public static Optional<Setting> find(String name) {
        return Optional.ofNullable(ALL.get(name));
    }

    /**
     * Reads the value of a setting that takes one word of a list, by the one rule every entry point uses.
     *
     * <pre>{@code
     * String per = KnownSettings.choice("ionq.emulator.noise-per", " Native ");   // "native"
     * KnownSettings.choice("ionq.emulator.noise-per", "nativ");
     * // IonQConfigurationException: ionq.emulator.noise-per = "nativ" is not one of its values: set
     * //     ionq.emulator.noise-per=submitted or ionq.emulator.noise-per=native
     * }</pre>
     *
     * @param name  a known setting of kind {@link SettingKind#CHOICE}
     * @param value its configured text
     * @return the word it names, in lower case as listed
     * @throws io.github.ionqci.client.IonQConfigurationException if the text is none of the setting's words
     * @throws IllegalArgumentException if {@code name} is not a known setting of that kind (a programming error)
     */
    public static String choice(String name, String value) {
        Setting setting = ALL.get(name);
        if (setting == null || setting.kind() != CHOICE) {
            throw new IllegalArgumentException(name + " is not a known setting with a list of values");
        }
        return SettingsParser.parseChoice(name, value, setting.choices());
    }

    /**
     * @param name a property name that is not a known setting, such as {@code ionq.await.timout}
     * @return the known setting it most likely means, if one is close enough (a few letters apart)
     */
    public static Optional<String> suggestion(String name) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String known : ALL.keySet()) {
            int distance = distance(name, known);
            if (distance < bestDistance) {
                best = known;
                bestDistance = distance;
            }
        }
        int allowed = Math.max(2, name.length() / 4);
        return bestDistance <= allowed ? Optional.ofNullable(best) : Optional.empty();
    }

    /**
     * Checks property names for {@code ionq.*} names that no entry point reads. Values are never shown
     * (one of them may be a key).
     *
     * @param names property names, of any prefix (others are ignored)
     * @param kind  what they are, for the message, such as {@code "system property"} or {@code "Maven user property"}
     * @return one warning per unknown {@code ionq.*} name, naming the closest real setting when there is one
     */
    public static List<String> unknown(Collection<String> names, String kind) {
        List<String> warnings = new ArrayList<>();
        names.stream().filter(n -> n.startsWith("ionq.") && !ALL.containsKey(n)).sorted().forEach(name -> {
            String hint = suggestion(name).map(s -> "did you mean " + s + "?")
                    .orElse("see docs/configuration.md for the settings there are.");
            warnings.add("The " + kind + " " + name + " is not an ionq-ci setting, so nothing reads it: " + hint);
        });
        return warnings;
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
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
