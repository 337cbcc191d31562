package io.github.ionqci.junit.run;

import io.github.ionqci.client.IonQConfigurationException;
import io.github.ionqci.client.IonQProperties;
import io.github.ionqci.client.settings.KnownSettings;
import io.github.ionqci.client.settings.SettingsParser;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The one reader of ionq-ci settings, for the extension and for the assertions, baselines and
 * statistics alike: system property, then environment variable, then JUnit configuration parameter
 * ({@code junit-platform.properties} or the launcher's parameters). Blank values count as unset.
 *
 * <p>Settings with a documented environment variable ({@code ionq.api-key} → {@code IONQ_API_KEY},
 * {@code ionq.base-url}, {@code ionq.emulator}) use it; {@code ${placeholder}} names try the name
 * as given and its upper-snake form ({@code bell.job} → {@code BELL_JOB}).
 *
 * <p>Each {@link IonQRun} holds one; nothing here is shared between runs.
 *
 * <pre>{@code
 * RunConfiguration settings = RunConfiguration.of(System::getProperty, System::getenv, name -> Optional.empty());
 * Optional<String> alpha = settings.setting("ionq.stats.alpha");
 * boolean ci = settings.environment("CI").isPresent();
 * }</pre>
 */
public final class RunConfiguration {

    /** Whether to start the embedded emulator. */
    public static final String EMULATOR = IonQProperties.EMULATOR;
    /** The await timeout. */
    public static final String AWAIT_TIMEOUT = IonQProperties.AWAIT_TIMEOUT;
    /** The first poll interval. */
    public static final String POLL_INTERVAL = IonQProperties.AWAIT_POLL_INTERVAL;
    /** Where the jobs file is. */
    public static final String JOBS_FILE = "ionq.jobs.file";
    /** Where the HTML report goes. */
    public static final String REPORTS_DIR = "ionq.reports.dir";

    /** Looks nothing up: every setting unset. */
    public static final RunConfiguration NONE = new RunConfiguration(name -> null, name -> null, name -> Optional.empty());

    private final Function<String, String> systemProperties;
    private final Function<String, String> environment;
    private final Function<String, Optional<String>> junitParameters;

    RunConfiguration(Function<String, String> systemProperties, Function<String, String> environment,
                 Function<String, Optional<String>> junitParameters) {
        this.systemProperties = systemProperties;
        this.environment = environment;
        this.junitParameters = junitParameters;
    }

    /**
     * @param systemProperties system property lookup, null when unset
     * @param environment      environment variable lookup, null when unset
     * @param junitParameters  JUnit configuration parameter lookup
     * @return a configuration over those three sources
     */
    public static RunConfiguration of(Function<String, String> systemProperties, Function<String, String> environment,
                                      Function<String, Optional<String>> junitParameters) {
        return new RunConfiguration(systemProperties, environment, junitParameters);
    }

    /**
     * @param context any extension context of the run (configuration parameters are run-wide)
     * @return a lookup over system properties, the environment and the context's configuration
     */
    public static RunConfiguration of(ExtensionContext context) {
        return new RunConfiguration(System::getProperty, System::getenv, context::getConfigurationParameter);
    }

    /** @return a lookup over system properties and the environment only (no JUnit run to ask) */
    public static RunConfiguration system() {
        return new RunConfiguration(System::getProperty, System::getenv, name -> Optional.empty());
    }

    /**
     * A documented ionq-ci setting.
     *
     * @param name the property name, such as {@code ionq.await.timeout}
     * @return its value, if set anywhere
     */
    public Optional<String> setting(String name) {
        String value = nonBlank(systemProperties.apply(name));
        String variable = IonQProperties.environmentVariable(name);
        if (value == null && variable != null) {
            value = nonBlank(environment.apply(variable));
        }
        return value != null ? Optional.of(value) : junitParameter(name);
    }

    /**
     * A {@code ${name}} placeholder: system property, environment variable as named or in upper-snake
     * form, JUnit configuration parameter.
     *
     * @param name the name inside {@code ${...}}
     * @return its value, if set anywhere
     */
    public Optional<String> placeholder(String name) {
        String value = nonBlank(systemProperties.apply(name));
        if (value == null) {
            value = nonBlank(environment.apply(name));
        }
        if (value == null) {
            value = nonBlank(environment.apply(environmentName(name)));
        }
        return value != null ? Optional.of(value) : junitParameter(name);
    }

    /**
     * @param name a property name
     * @return whether the {@linkplain #setting(String) setting} is {@code true}, read by the client's one
     *         parser: {@code true} or {@code false} in any case, unset is false
     * @throws ExtensionConfigurationException if it is set to anything else, such as {@code yes}
     */
    public boolean isTrue(String name) {
        try {
            return setting(name).map(value -> SettingsParser.parseBoolean(name, value)).orElse(false);
        } catch (IonQConfigurationException e) {
            throw new ExtensionConfigurationException(e.getMessage() + " (as a system property, environment variable"
                    + " or in junit-platform.properties)", e);
        }
    }

    /**
     * @param name a setting that takes one word of a list, such as {@code ionq.emulator.noise-per}
     * @return the word the {@linkplain #setting(String) setting} names (lower case, as the client's
     *         {@link KnownSettings#choice} reads it), if set
     * @throws ExtensionConfigurationException if it is set to anything else, naming the words it may be
     */
    public Optional<String> choice(String name) {
        try {
            return setting(name).map(value -> KnownSettings.choice(name, value));
        } catch (IonQConfigurationException e) {
            throw new ExtensionConfigurationException(e.getMessage() + " (as a system property, environment variable"
                    + " or in junit-platform.properties)", e);
        }
    }

    /**
     * @param name an environment variable, such as {@code CI}
     * @return its value, if set and not blank
     */
    public Optional<String> environment(String name) {
        return Optional.ofNullable(nonBlank(environment.apply(name)));
    }

    /**
     * Only the JUnit configuration parameter, for plugging into {@code IonQConfig.builder().lookup(...)}
     * after its own system-property and environment lookups.
     *
     * @param name the property name
     * @return the value or null
     */
    public String junitParameterOrNull(String name) {
        return junitParameter(name).orElse(null);
    }

    /** @return whether {@code ionq.emulator} is {@code true} */
    public boolean emulatorRequested() {
        return isTrue(EMULATOR);
    }

    /**
     * @param name a property name such as {@code bell.job}
     * @return its environment form such as {@code BELL_JOB}
     */
    public static String environmentName(String name) {
        return name.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    private Optional<String> junitParameter(String name) {
        return junitParameters.apply(name).map(String::trim).filter(v -> !v.isEmpty());
    }

    private static String nonBlank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
