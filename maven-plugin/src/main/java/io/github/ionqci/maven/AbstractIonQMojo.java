package io.github.ionqci.maven;

import io.github.ionqci.client.IonQConfigurationException;
import io.github.ionqci.client.settings.KnownSettings;
import io.github.ionqci.client.settings.SettingsParser;
import io.github.ionqci.maven.internal.ApiKeyLookup;
import io.github.ionqci.maven.internal.ConfigurationProblem;
import java.io.File;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.eclipse.aether.RepositorySystemSession;

/**
 * What every {@code ionq:} goal shares: the {@code ionq.skip} switch, the build context, where its files
 * go, and the one rule for errors.
 *
 * <p>The rule: a {@code MojoFailureException} ("BUILD FAILURE") means the quantum work itself did not
 * pass: a job failed, was canceled, timed out or does not exist. A {@code MojoExecutionException}
 * ("BUILD ERROR") means the build could not do its work: a configuration mistake (no key, a bad jobs
 * file, a bad duration) or an infrastructure problem (IonQ unreachable, a rejected request). The first
 * is a verdict on the code under test; the second is something to fix in the build or its environment.
 */
abstract class AbstractIonQMojo extends AbstractMojo {

    /** The build session. */
    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    protected MavenSession session;

    /** The project being built. */
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    /** This goal's execution, for its name in log lines. */
    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    protected MojoExecution mojoExecution;

    /** Skips every {@code ionq:} goal; each one says that it skipped. */
    @Parameter(property = "ionq.skip", defaultValue = "false")
    protected boolean skip;

    /** Where the goals write the jobs file's default location, reports and downloaded results. */
    @Parameter(property = "ionq.output-directory", defaultValue = "${project.build.directory}/ionq")
    protected File outputDirectory;

    /** Marks, in the build session, that the {@code ionq.*} properties were checked (once per build). */
    private static final String SETTINGS_CHECKED = AbstractIonQMojo.class.getName() + ".settingsChecked";

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        try {
            checkSettings();
            if (skip) {
                getLog().info("Skipping ionq:" + mojoExecution.getGoal() + " because ionq.skip = true");
                return;
            }
            run();
        } catch (ConfigurationProblem | IonQConfigurationException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }

    /**
     * Reads every {@code ionq.*} user ({@code -D}) and system property the way the client does: a known
     * setting with a value of the wrong kind ({@code -Dionq.emulator=yes}) stops the build; an unknown name
     * ({@code -Dionq.await.timout=1m}) is warned about once per build, with the closest real name.
     *
     * @throws IonQConfigurationException if a known setting's value cannot be read
     */
    private void checkSettings() {
        Properties user = session.getUserProperties();
        Properties system = session.getSystemProperties();
        Set<String> systemOnly = new TreeSet<>(system.stringPropertyNames());
        systemOnly.removeAll(user.stringPropertyNames());   // Maven copies -D values into the system properties too
        List<String> warnings = new ArrayList<>();
        checkSettings(user, user.stringPropertyNames(), "Maven user property (-D)", warnings);
        checkSettings(system, systemOnly, "system property", warnings);
        if (!warnings.isEmpty() && firstInThisBuild()) {
            warnings.forEach(getLog()::warn);
        }
    }

    private static void checkSettings(Properties properties, Set<String> names, String kind, List<String> warnings) {
        for (String name : names) {
            KnownSettings.find(name).ifPresent(setting -> setting.check(properties.getProperty(name)));
        }
        warnings.addAll(KnownSettings.unknown(names, kind));
    }

    private boolean firstInThisBuild() {
        RepositorySystemSession repositorySession = session.getRepositorySession();
        return repositorySession == null || repositorySession.getData().set(SETTINGS_CHECKED, null, Boolean.TRUE);
    }

    /**
     * Does the goal's work.
     *
     * @throws MojoExecutionException on a configuration or infrastructure problem
     * @throws MojoFailureException   when the quantum work did not pass
     */
    protected abstract void run() throws MojoExecutionException, MojoFailureException;

    /** @return the goal as users type it, such as {@code ionq:await-jobs} */
    protected String goal() {
        return "ionq:" + mojoExecution.getGoal();
    }

    /**
     * Looks a property up the way Maven resolves {@code ${name}}: user properties ({@code -D}), the
     * session's system properties, then this project's properties (such as the ones
     * {@code ionq:emulator-start} sets). Never the live JVM system properties, which the modules of a
     * parallel build share.
     *
     * @param name the property name
     * @return its value, or null
     */
    protected String property(String name) {
        String value = session.getUserProperties().getProperty(name);
        if (value == null) {
            value = session.getSystemProperties().getProperty(name);
        }
        if (value == null && project != null) {
            value = project.getProperties().getProperty(name);
        }
        return value;
    }

    /**
     * Finds the API key the build is configured with (property, environment, settings.xml).
     *
     * @param decrypter Maven's settings decrypter
     * @param serverId  the settings.xml server id
     * @return the key and where it came from, or empty
     * @throws ConfigurationProblem if a configured key is unusable
     */
    protected Optional<ApiKeyLookup.Found> findApiKey(SettingsDecrypter decrypter, String serverId) {
        return ApiKeyLookup.find(this::property, System.getenv(), session.getSettings(), decrypter, serverId);
    }

    /**
     * @param value    the configured text, such as {@code 10m}
     * @param property the property that holds it, for the error message
     * @return the duration
     * @throws IonQConfigurationException if the text is not a duration
     */
    protected static Duration duration(String value, String property) {
        return SettingsParser.parseDuration(property, value);
    }

    /**
     * @param file a configured file, possibly relative
     * @return it resolved against the project's base directory
     */
    protected File resolve(File file) {
        return file.isAbsolute() || project == null ? file : new File(project.getBasedir(), file.getPath());
    }
}
