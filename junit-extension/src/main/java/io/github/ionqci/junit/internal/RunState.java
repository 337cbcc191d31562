package io.github.ionqci.junit.internal;

import io.github.ionqci.client.IonQClient;
import io.github.ionqci.client.IonQConfig;
import io.github.ionqci.client.IonQConfigurationException;
import io.github.ionqci.client.IonQMissingApiKeyException;
import io.github.ionqci.client.IonQProperties;
import io.github.ionqci.client.job.Job;
import io.github.ionqci.client.result.Histogram;
import io.github.ionqci.client.result.Probabilities;
import io.github.ionqci.emulator.IonQEmulator;
import io.github.ionqci.emulator.NoiseAccounting;
import io.github.ionqci.emulator.ResultForm;
import io.github.ionqci.junit.run.IonQRun;
import io.github.ionqci.junit.run.JobResults;
import io.github.ionqci.junit.run.RunConfiguration;
import io.github.ionqci.junit.run.TestIdentity;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The extension's part of an {@link IonQRun}: the embedded emulator (started on first need), one
 * {@link Connection} per endpoint (each with its job cache), the jobs files, and the threads that await
 * a class's jobs in the background. The run creates it on first use and closes it when the run ends:
 * the background threads stop, then the emulator.
 */
final class RunState implements AutoCloseable {

    private final IonQRun run;
    private final RunConfiguration config;
    private final AtomicInteger threads = new AtomicInteger();
    private final Map<Object, Connection> connections = new ConcurrentHashMap<>();
    private final Map<Path, JobsFile> jobsFiles = new ConcurrentHashMap<>();
    private final ExecutorService background = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "ionq-await-" + threads.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });
    private IonQEmulator emulator;
    private boolean closed;

    private RunState(IonQRun run) {
        this.run = run;
        this.config = run.settings();
    }

    /**
     * @param context any context of the run
     * @return the extension's part of the run, created on first use
     */
    static RunState of(ExtensionContext context) {
        return IonQRun.of(context).part(RunState.class, RunState::new);
    }

    IonQRun run() {
        return run;
    }

    RunConfiguration config() {
        return config;
    }

    /**
     * @return the embedded emulator, started on the first call of the run, with noise channels where
     *         {@code ionq.emulator.noise-per} says (after each submitted gate unless it says {@code native}) and the
     *         results form {@code ionq.emulator.results-form} names (else the emulator's default)
     * @throws ExtensionConfigurationException if either setting names none of its words
     */
    synchronized IonQEmulator emulator() {
        if (closed) {
            throw new IllegalStateException("The test run has ended; the embedded IonQ emulator is stopped.");
        }
        if (emulator == null) {
            IonQEmulator.Builder builder = IonQEmulator.builder().noisePer(config.choice(IonQProperties.EMULATOR_NOISE_PER)
                    .map(NoiseAccounting::parse).orElse(NoiseAccounting.SUBMITTED));
            config.choice(ResultForm.PROPERTY).map(ResultForm::parse).ifPresent(builder::resultForm);
            emulator = builder.start();
        }
        return emulator;
    }

    /**
     * @param settings what the extension instance was told
     * @return the connection those settings (and the configuration) point at
     */
    Connection connection(ExtensionSettings settings) {
        if (settings.client() != null) {
            return connections.computeIfAbsent(new Identity(settings.client()), key -> new Connection(
                    settings.client(), "the client given to IonQExtension.builder().client(...)", background));
        }
        if (settings.config() != null) {
            return connections.computeIfAbsent(new Identity(settings.config()),
                    key -> new Connection(IonQClient.create(settings.config()), settings.config().baseUrl().toString(),
                            background));
        }
        if (settings.usesEmulator(config)) {
            return connections.computeIfAbsent("emulator", key -> {
                IonQEmulator started = emulator();
                IonQClient client = IonQClient.create(IonQConfig.builder()
                        .baseUrl(started.baseUrl())
                        .apiKey(started.apiKey())
                        .fromEnvironment()
                        .lookup(config::junitParameterOrNull)
                        .build());
                return new Connection(client, "the embedded IonQ emulator at " + started.baseUrl(), background);
            });
        }
        return connections.computeIfAbsent("configuration", key -> {
            IonQConfig configuration = configuration();
            return new Connection(IonQClient.create(configuration), configuration.baseUrl().toString(), background);
        });
    }

    private IonQConfig configuration() {
        try {
            return IonQConfig.builder().fromEnvironment().lookup(config::junitParameterOrNull).build();
        } catch (IonQMissingApiKeyException e) {
            throw new ExtensionConfigurationException("No IonQ API key is set, so @IonQJob cannot fetch jobs."
                    + " Set the system property ionq.api-key, the environment variable IONQ_API_KEY, or"
                    + " ionq.api-key=<key> in src/test/resources/junit-platform.properties; or run against the"
                    + " embedded emulator with @IonQTest(emulator = true) or -Dionq.emulator=true.", e);
        } catch (IonQConfigurationException e) {
            throw new ExtensionConfigurationException("The IonQ configuration is invalid: " + e.getMessage(), e);
        }
    }

    /**
     * Tells the run where an injected job's results come from: the connection that fetched it, so
     * {@code assertThat(job).probabilities()} uses the same client and the same once-per-run cache.
     * Forgotten when the run ends.
     *
     * @param job        an injected job
     * @param connection the connection it came from
     */
    void registerResults(Job job, Connection connection) {
        run.registerResults(job.id(), new ConnectionResults(connection));
    }

    /**
     * @param explicit the builder's jobs file, or null
     * @return the jobs file: explicit, else {@code ionq.jobs.file}, else {@code target/ionq/jobs.json}
     */
    JobsFile jobsFile(Path explicit) {
        Path path = explicit != null ? explicit
                : config.setting(RunConfiguration.JOBS_FILE).map(Path::of).orElse(Path.of("target", "ionq", "jobs.json"));
        Path absolute = run.projectDirectory().resolve(path).normalize();
        return jobsFiles.computeIfAbsent(absolute, JobsFile::new);
    }

    /** @return the directory relative paths are resolved against: Maven's {@code basedir}, else the working directory */
    static Path projectDirectory() {
        return TestIdentity.defaultProjectDir().toAbsolutePath();
    }

    /** Stops the background threads, then the emulator. */
    @Override
    public void close() {
        IonQEmulator stopping;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            stopping = emulator;
        }
        background.shutdownNow();
        cancelUnfinished();
        if (stopping != null) {
            stopping.close();
        }
    }

    /** @return whether jobs this run submitted are canceled when it gives up on them ({@code ionq.cancel-on-abort}) */
    boolean cancelOnAbort() {
        return !config.setting(IonQProperties.CANCEL_ON_ABORT).map("false"::equalsIgnoreCase).orElse(false);
    }

    /**
     * Cancels, unless {@code ionq.cancel-on-abort} is false, the jobs this run submitted and left unfinished,
     * and lists them on the run's console. Jobs named by id are never canceled.
     */
    private void cancelUnfinished() {
        if (!cancelOnAbort()) {
            return;
        }
        for (Connection connection : connections.values()) {
            List<String> lines;
            try {
                lines = connection.cancelUnfinished();
            } catch (RuntimeException e) {
                run.announce("Could not cancel the unfinished jobs this run submitted to " + connection.description()
                        + " (" + e.getMessage() + "); cancel them in the IonQ console");
                continue;
            }
            if (!lines.isEmpty()) {
                run.announce("The run ended with " + lines.size() + (lines.size() == 1 ? " job" : " jobs")
                        + " it submitted unfinished at " + connection.description()
                        + "; canceling (ionq.cancel-on-abort=false keeps them running):");
                lines.forEach(line -> run.announce("  - " + line));
            }
        }
    }

    /** Results of the jobs of one connection: probabilities unsharpened (samples, not a plurality vote). */
    private record ConnectionResults(Connection connection) implements JobResults {
        @Override
        public Probabilities probabilities(Job job) {
            return connection.probabilities(job);
        }

        @Override
        public Histogram histogram(Job job) {
            return connection.histogram(job);
        }

        @Override
        public String toString() {
            return "results from " + connection.description();
        }
    }

    /** A key that compares by identity: the same client or config object. */
    private record Identity(Object value) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Identity that && that.value == value;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(value);
        }

        @Override
        public String toString() {
            return value.getClass().getSimpleName() + "@" + Integer.toHexString(hashCode());
        }
    }
}
