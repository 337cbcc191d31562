package io.github.ionqci.maven;

import io.github.ionqci.client.IonQProperties;
import io.github.ionqci.client.jobsfile.JobsFile;
import io.github.ionqci.client.settings.KnownSettings;
import io.github.ionqci.client.settings.SettingsParser;
import io.github.ionqci.emulator.EmulatorSeed;
import io.github.ionqci.emulator.IonQEmulator;
import io.github.ionqci.emulator.NoiseAccounting;
import io.github.ionqci.emulator.ResultForm;
import io.github.ionqci.maven.internal.ApiKeyLookup;
import io.github.ionqci.maven.internal.ConfigurationProblem;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Starts the embedded IonQ emulator for the rest of this project's build, usually around the
 * integration tests:
 *
 * <pre>{@code
 * <execution><id>emulator</id><goals><goal>emulator-start</goal><goal>emulator-stop</goal></goals></execution>
 * }</pre>
 *
 * <p>Its URL is exported as the project property {@code ionq.base-url} and its key as {@code ionq.api-key}
 * of this project only (never as JVM system properties, which every module of a parallel
 * {@code mvn -T 4} build would share), so later {@code ionq:} goals of the project use it. The same two
 * settings are appended as {@code -D} options to the project property {@code argLine}, which Surefire and
 * Failsafe read when they fork the test JVM (as they read JaCoCo's agent), so the JUnit extension in
 * that JVM finds this project's emulator with no configuration; a build that sets its own
 * {@code <argLine>} includes {@code @{argLine}} in it, or passes
 * {@code <systemPropertyVariables><ionq.base-url>${ionq.base-url}</ionq.base-url>…}. It listens on
 * loopback only. {@code ionq:emulator-stop} stops it; if the build fails before that, it is stopped when
 * the project's build ends (see {@link RunningEmulators}).
 */
@Mojo(name = "emulator-start", defaultPhase = LifecyclePhase.PRE_INTEGRATION_TEST, threadSafe = true)
public class EmulatorStartMojo extends AbstractIonQMojo {

    /**
     * {@code false} (or the environment variable {@code IONQ_EMULATOR=false}) leaves the emulator off, so the
     * same build runs against IonQ: {@code ${ionq.base-url}} and {@code ${ionq.api-key}} are then set empty, and
     * goals and tests fall back to {@code IONQ_BASE_URL}, {@code IONQ_API_KEY} and settings.xml.
     */
    @Parameter(property = "ionq.emulator")
    String emulator;

    /** The port to listen on; 0 picks a free one. */
    @Parameter(property = "ionq.emulator.port", defaultValue = "0")
    int emulatorPort;

    /**
     * The key the emulator accepts. By default a random one, exported as {@code ionq.api-key}; or, with
     * {@code exportApiKey} off, the key the build is configured with. It guards a loopback-only test
     * server, not an IonQ account (and, as a parameter, shows in {@code mvn -X} output).
     */
    @Parameter(property = "ionq.emulator.api-key")
    String emulatorApiKey;

    /**
     * Export the emulator's key as {@code ionq.api-key}. Turn off to let later goals and tests find their
     * key the way they do against IonQ ({@code IONQ_API_KEY}, settings.xml): the emulator then accepts
     * exactly that key, so the build proves it is configured right.
     */
    @Parameter(property = "ionq.emulator.export-api-key", defaultValue = "true")
    boolean exportApiKey;

    /** With {@code exportApiKey} off: the settings.xml server whose password is the key to accept. */
    @Parameter(property = "ionq.server-id", defaultValue = "ionq")
    String serverId;

    private final SettingsDecrypter decrypter;

    /** @param decrypter Maven's settings decrypter, to accept an encrypted settings.xml key */
    @Inject
    public EmulatorStartMojo(SettingsDecrypter decrypter) {
        this.decrypter = decrypter;
    }

    /**
     * A JSON file of jobs to put into the emulator at start, keyed by name (see the plugin guide); their
     * ids are written to the jobs file under those names.
     */
    @Parameter(property = "ionq.emulator.jobs")
    File emulatorJobs;

    /** How long each job submitted to the emulator ({@code POST /jobs}) stays queued; none by default. */
    @Parameter(property = "ionq.emulator.queueing")
    String emulatorQueueing;

    /** The least time each submitted job runs; by default as long as its simulation takes. */
    @Parameter(property = "ionq.emulator.job-duration")
    String emulatorJobDuration;

    /**
     * How the emulator's jobs point at their results: {@code artifact} (IonQ's September 2026 artifact descriptors,
     * the default) or {@code url} (the seed's {@code results.probabilities.url}).
     */
    @Parameter(property = ResultForm.PROPERTY)
    String emulatorResultsForm;

    /**
     * Where noisy simulations (a {@code noise} model, a QPU backend) put their error channels: {@code submitted}
     * (after each gate as submitted, the default) or {@code native} (after each gate of the circuit compiled to
     * the backend's native gates: a swap costs three two-qubit errors, an rz none).
     */
    @Parameter(property = IonQProperties.EMULATOR_NOISE_PER)
    String emulatorNoisePer;

    /** Where the ids of the seeded jobs are written (merged into what is there). */
    @Parameter(property = "ionq.jobs.file", defaultValue = "${project.build.directory}/ionq/jobs.json")
    File jobsFile;

    /** The project property Surefire and Failsafe read for the forked JVM's options. */
    static final String ARG_LINE = "argLine";

    @Override
    protected boolean skipsWithTests() {
        return true;
    }

    @Override
    protected void run() throws MojoExecutionException {
        if (!enabled()) {
            project.getProperties().setProperty(IonQProperties.BASE_URL, "");
            project.getProperties().setProperty(IonQProperties.API_KEY, "");
            getLog().info("Not starting the IonQ emulator because ionq.emulator = false: jobs and tests use "
                    + IonQProperties.BASE_URL_ENV + " (or " + IonQProperties.DEFAULT_BASE_URL + ") and the configured key");
            return;
        }
        List<EmulatorSeed.Entry> seeds = emulatorJobs == null ? List.of() : readSeeds(resolve(emulatorJobs).toPath());
        Duration queueing = emulatorQueueing == null ? null : duration(emulatorQueueing, "ionq.emulator.queueing");
        Duration jobDuration = emulatorJobDuration == null ? null : duration(emulatorJobDuration, "ionq.emulator.job-duration");
        String key = emulatorKey();
        ResultForm form = emulatorResultsForm == null || emulatorResultsForm.isBlank() ? ResultForm.ARTIFACT
                : ResultForm.parse(KnownSettings.choice(ResultForm.PROPERTY, emulatorResultsForm));
        NoiseAccounting noisePer = emulatorNoisePer == null || emulatorNoisePer.isBlank() ? NoiseAccounting.SUBMITTED
                : NoiseAccounting.parse(KnownSettings.choice(IonQProperties.EMULATOR_NOISE_PER, emulatorNoisePer));
        IonQEmulator emulator;
        try {
            emulator = IonQEmulator.builder().port(emulatorPort).apiKey(key).resultForm(form).noisePer(noisePer).start();
        } catch (RuntimeException e) {
            throw new MojoExecutionException("Could not start the IonQ emulator on port " + emulatorPort + ": "
                    + e.getMessage() + (emulatorPort != 0 ? " (use -Dionq.emulator.port=0 for a free port)" : ""), e);
        }
        RunningEmulators.Running replaced = RunningEmulators.remove(project);
        if (replaced != null) {
            getLog().warn("An IonQ emulator from an earlier ionq:emulator-start of this project was still"
                    + " running; stopping it.");
            RunningEmulators.stop(replaced);
        }
        if (queueing != null) {
            emulator.control().queueing(queueing);
        }
        if (jobDuration != null) {
            emulator.control().jobDuration(jobDuration);
        }
        Map<String, String> previous = new HashMap<>();
        export(IonQProperties.BASE_URL, emulator.baseUrl(), previous);
        if (exportApiKey) {
            export(IonQProperties.API_KEY, emulator.apiKey(), previous);
        }
        RunningEmulators.register(session, project, new RunningEmulators.Running(emulator, project, previous, getLog()));
        getLog().info("IonQ emulator listening at " + emulator.baseUrl() + " (exported as ${"
                + IonQProperties.BASE_URL + "}" + (exportApiKey ? " with its key as ${" + IonQProperties.API_KEY + "}" : "")
                + "; results form: " + form.name().toLowerCase(java.util.Locale.ROOT) + "; noise per "
                + noisePer.name().toLowerCase(java.util.Locale.ROOT) + " gate)");
        if (!seeds.isEmpty()) {
            seed(emulator, seeds);
        }
    }

    private boolean enabled() {
        if (emulator != null && !emulator.isBlank()) {
            return SettingsParser.parseBoolean(IonQProperties.EMULATOR, emulator);
        }
        String variable = System.getenv(IonQProperties.EMULATOR_ENV);
        return variable == null || variable.isBlank() || SettingsParser.parseBoolean(IonQProperties.EMULATOR_ENV, variable);
    }

    private String emulatorKey() {
        if (emulatorApiKey != null && !emulatorApiKey.isBlank()) {
            return emulatorApiKey.strip();
        }
        if (!exportApiKey) {
            Optional<ApiKeyLookup.Found> configured = findApiKey(decrypter, serverId);
            if (configured.isPresent()) {
                getLog().info("The emulator accepts the API key from " + configured.get().source());
                return configured.get().key().reveal();
            }
        }
        return "emulator-" + UUID.randomUUID();
    }

    private static List<EmulatorSeed.Entry> readSeeds(Path file) {
        try {
            return EmulatorSeed.read(file);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationProblem(e.getMessage() + " (ionq.emulator.jobs)", e);
        }
    }

    private void seed(IonQEmulator emulator, List<EmulatorSeed.Entry> seeds) {
        Path file = resolve(jobsFile).toPath();
        Map<String, String> ids = JobsFile.readIfExists(file).names();
        for (EmulatorSeed.Entry entry : seeds) {
            ids.put(entry.name(), emulator.jobs().add(entry.job()));
        }
        JobsFile.write(file, ids);
        getLog().info("Seeded " + seeds.size() + (seeds.size() == 1 ? " job" : " jobs") + " into the emulator ("
                + String.join(", ", seeds.stream().map(EmulatorSeed.Entry::name).toList()) + "); ids in " + file);
    }

    /**
     * Sets a project property, and appends it to the project's {@code argLine} for the forked test JVMs;
     * the values they replace are kept for {@link RunningEmulators#stop}.
     */
    private void export(String name, String value, Map<String, String> previous) {
        Properties properties = project.getProperties();
        previous.putIfAbsent(name, properties.getProperty(name));
        properties.setProperty(name, value);
        previous.putIfAbsent(ARG_LINE, properties.getProperty(ARG_LINE));
        String argLine = properties.getProperty(ARG_LINE, "").strip();
        properties.setProperty(ARG_LINE, (argLine.isEmpty() ? "" : argLine + " ") + "-D" + name + "=" + value);
    }
}
