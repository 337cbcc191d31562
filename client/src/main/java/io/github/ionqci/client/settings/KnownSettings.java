package io.github.ionqci.client.settings;

import static io.github.ionqci.client.settings.SettingKind.BOOLEAN;
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

    private static final Map<String, Setting> ALL = new LinkedHashMap<>();

    static {
        // shared: client, extension, plugin
        add(IonQProperties.API_KEY, TEXT);
        add(IonQProperties.BASE_URL, TEXT);
        add(IonQProperties.AWAIT_TIMEOUT, DURATION);
        add(IonQProperties.AWAIT_POLL_INTERVAL, DURATION);
        add(IonQProperties.EMULATOR, BOOLEAN);
        add(IonQProperties.JOBS_FILE, TEXT);
        add(IonQProperties.HTTP_REQUEST_TIMEOUT, DURATION);
        add(IonQProperties.HTTP_MAX_RESPONSE_SIZE, SIZE);
        add(IonQProperties.HTTP_MAX_RESULT_SIZE, SIZE);
        // JUnit extension
        add("ionq.stats.alpha", NUMBER);
        add("ionq.stats.family-size", INTEGER);
        add("ionq.baselines.dir", TEXT);
        add("ionq.baselines.update", BOOLEAN);
        add("ionq.ci", BOOLEAN);
        add("ionq.reports.dir", TEXT);
        // Maven plugin
        add("ionq.skip", BOOLEAN);
        add("ionq.output-directory", TEXT);
        add("ionq.server-id", TEXT);
        add("ionq.jobs", TEXT);
        add("ionq.await.max-poll-interval", DURATION);
        add("ionq.await.progress-interval", DURATION);
        add("ionq.await.fail-on-canceled", BOOLEAN);
        add("ionq.await.fail-on-timeout", BOOLEAN);
        add("ionq.await.fail-on-not-found", BOOLEAN);
        add(IonQProperties.AWAIT_ALLOW_EMPTY, BOOLEAN);
        add("ionq.download-results", BOOLEAN);
        add("ionq.circuits", TEXT);
        add("ionq.submit.backend", TEXT);
        add("ionq.submit.shots", INTEGER);
        add("ionq.submit.noise", TEXT);
        add("ionq.submit.noise-seed", INTEGER);
        add("ionq.submit.force", BOOLEAN);
        add("ionq.emulator.port", INTEGER);
        add("ionq.emulator.api-key", TEXT);
        add("ionq.emulator.export-api-key", BOOLEAN);
        add("ionq.emulator.jobs", TEXT);
        add("ionq.emulator.queueing", DURATION);
        add("ionq.emulator.job-duration", DURATION);
        add("ionq.emulator.results-form", TEXT);
        // emulator (simulator tuning)
        add("ionq.emulator.simulator.threads", INTEGER);
        add("ionq.emulator.simulator.localBits", INTEGER);
    }

    private KnownSettings() {
    }

    private static void add(String name, SettingKind kind) {
        ALL.put(name, new Setting(name, kind));
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
