package io.github.ionqci.junit.internal;

import io.github.ionqci.client.IonQClient;
import io.github.ionqci.client.IonQConfig;
import io.github.ionqci.client.IonQConfigurationException;
import io.github.ionqci.client.IonQMissingApiKeyException;
import io.github.ionqci.client.job.Job;
import io.github.ionqci.client.result.Histogram;
import io.github.ionqci.client.result.Probabilities;
import io.github.ionqci.emulator.IonQEmulator;
import io.github.ionqci.junit.assertions.ResultSource;
import io.github.ionqci.junit.assertions.ResultSources;
import io.github.ionqci.junit.report.CheckRecord;
import io.github.ionqci.junit.report.IonQReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Everything the extension shares across a test run, kept in the root context's store: the embedded
 * emulator (started on first need), one {@link Connection} per endpoint, the jobs files. Closed by
 * JUnit when the run ends: writes the HTML report, forgets the run's checks and result sources, then
 * stops the emulator.
 *
 * <p>Implements both {@link AutoCloseable} (JUnit 5.13+ and 6) and the deprecated
 * {@code CloseableResource} (JUnit before 5.13); JUnit closes it once either way.
 */
@SuppressWarnings("deprecation")
public final class RunState implements AutoCloseable, ExtensionContext.Store.CloseableResource {

    private static final AtomicInteger THREADS = new AtomicInteger();

    private final RunConfiguration config;
    private final Map<Object, Connection> connections = new ConcurrentHashMap<>();
    private final Map<Path, JobsFile> jobsFiles = new ConcurrentHashMap<>();
    private final Set<String> registeredJobs = ConcurrentHashMap.newKeySet();
    private final ExecutorService background = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "ionq-await-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });
    private IonQEmulator emulator;
    private boolean closed;

    private RunState(RunConfiguration config) {
        this.config = config;
    }

    /**
     * @param context any context of the run
     * @return the run's state, created on first use
     */
    static RunState of(ExtensionContext context) {
        ExtensionContext root = context.getRoot();
        return Stores.getOrCompute(root.getStore(Stores.NAMESPACE), RunState.class, key -> {
            RunConfiguration.useConfigurationParameters(root::getConfigurationParameter); // for current()
            return new RunState(RunConfiguration.of(root));
        });
    }

    RunConfiguration config() {
        return config;
    }

    /**
     * @return the embedded emulator, started on the first call of the run
     */
    synchronized IonQEmulator emulator() {
        if (closed) {
            throw new IllegalStateException("The test run has ended; the embedded IonQ emulator is stopped.");
        }
        if (emulator == null) {
            emulator = IonQEmulator.start();
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
     * Tells the assertions where an injected job's results come from: the connection that fetched it,
     * so {@code assertThat(job).probabilities()} uses the same client and the same once-per-run cache.
     * Forgotten when the run ends.
     *
     * @param job        an injected job
     * @param connection the connection it came from
     */
    void registerResults(Job job, Connection connection) {
        ResultSources.register(job.id(), new ConnectionResults(connection));
        registeredJobs.add(job.id());
    }

    /**
     * @param explicit the builder's jobs file, or null
     * @return the jobs file: explicit, else {@code ionq.jobs.file}, else {@code target/ionq/jobs.json}
     */
    JobsFile jobsFile(Path explicit) {
        Path path = explicit != null ? explicit
                : config.setting(RunConfiguration.JOBS_FILE).map(Path::of).orElse(Path.of("target", "ionq", "jobs.json"));
        Path absolute = projectDirectory().resolve(path).normalize();
        return jobsFiles.computeIfAbsent(absolute, JobsFile::new);
    }

    /** @return where the HTML report goes: {@code ionq.reports.dir}, else {@code target/ionq-reports} */
    Path reportsDirectory() {
        Path path = config.setting(RunConfiguration.REPORTS_DIR).map(Path::of).orElse(Path.of("target", "ionq-reports"));
        return projectDirectory().resolve(path).normalize();
    }

    /** @return the directory relative paths are resolved against: Maven's {@code basedir}, else the working directory */
    static Path projectDirectory() {
        return CurrentTest.defaultProjectDir().toAbsolutePath();
    }

    @Override
    public void close() {
        List<RuntimeException> problems = new ArrayList<>();
        IonQEmulator stopping;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            stopping = emulator;
        }
        background.shutdownNow();
        try {
            List<CheckRecord> checks = IonQReport.checks();
            Path page = IonQReport.writeTo(reportsDirectory());
            if (!checks.isEmpty()) {
                long failed = checks.stream().filter(check -> !check.passed()).count();
                // Printed, not logged: the one line a user looks for at the end of a test run.
                System.out.println("[ionq] " + checks.size() + " distribution checks, " + failed
                        + " failed. Report: " + page.toAbsolutePath().toUri());
            }
        } catch (RuntimeException e) {
            problems.add(e);
        } finally {
            IonQReport.reset();
            registeredJobs.forEach(ResultSources::unregister);
            RunConfiguration.clearConfigurationParameters();
        }
        if (stopping != null) {
            try {
                stopping.close();
            } catch (RuntimeException e) {
                problems.add(e);
            }
        }
        if (!problems.isEmpty()) {
            RuntimeException first = problems.get(0);
            problems.stream().skip(1).forEach(first::addSuppressed);
            throw first;
        }
    }

    /** Results of the jobs of one connection: probabilities unsharpened (samples, not a plurality vote). */
    private record ConnectionResults(Connection connection) implements ResultSource {
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
