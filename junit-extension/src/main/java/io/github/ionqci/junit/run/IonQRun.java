package io.github.ionqci.junit.run;

import io.github.ionqci.client.job.Job;
import io.github.ionqci.client.result.Histogram;
import io.github.ionqci.client.result.Probabilities;
import io.github.ionqci.junit.report.CheckRecord;
import io.github.ionqci.junit.report.IonQReport;
import io.github.ionqci.junit.report.Numbers;
import io.github.ionqci.junit.report.ReportDirectory;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;

/**
 * One test run: a JUnit launcher session (a Maven Surefire or Failsafe phase, an IDE run, one
 * {@code EngineTestKit} execution). It owns everything the run shares: its settings, its
 * {@linkplain #family() statistical family}, its {@linkplain #report() report}, the registry of where
 * each job's results come from, the recorded baselines, and the extension's connections, job cache and
 * emulator ({@linkplain #part parts}). Nothing of it is static: two runs in one JVM never see each
 * other, and each starts its statistical family at j = 1.
 *
 * <p>The extension keeps the run in the root {@link ExtensionContext.Store} under {@link #NAMESPACE};
 * JUnit closes it when the launcher session ends, and closing writes the report and stops the emulator.
 *
 * <p><b>The one lookup.</b> Assertions find their run through the test running on the current thread:
 * the extension {@linkplain #enter(TestIdentity) enters} each test before it runs and leaves it after.
 * A bare {@code assertThat(job)} takes {@link #current()}; the assertion chain it starts keeps that run,
 * even when a later step runs on another thread. Outside any test of the extension, each assertion chain
 * is a run of its own (its first statistical check is decided at α / 1, and no report is written).
 *
 * <pre>{@code
 * try (IonQRun run = IonQRun.create(RunConfiguration.system());
 *      IonQRun.Scope scope = run.enter(new TestIdentity(MyTest.class, "bell", null, TestIdentity.defaultProjectDir()))) {
 *     run.registerResults(job.id(), ResultSource.of(client));
 *     assertThat(job).histogram().fitsDistribution(Map.of("00", 0.5, "11", 0.5));   // decided in run.family()
 *     run.report().checks();                                                         // the check, recorded
 * }
 * }</pre>
 *
 * <p>Implements both {@link AutoCloseable} (JUnit 5.13+ and 6) and the deprecated
 * {@code CloseableResource} (JUnit before 5.13); JUnit closes it once either way.
 */
@SuppressWarnings("deprecation")
public final class IonQRun implements AutoCloseable, ExtensionContext.Store.CloseableResource {

    /** The extension's namespace in JUnit's stores. */
    public static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create("io.github.ionqci.junit");

    /** The one lookup: the test running on this thread, entered by the extension. */
    private static final ThreadLocal<Scope> CURRENT = new ThreadLocal<>();

    private final RunConfiguration settings;
    private final boolean publishes;
    private final PrintStream console;
    private final Instant started = Instant.now();
    private final StatisticalFamily family;
    private final IonQReport report = new IonQReport();
    private final ConcurrentMap<String, JobResults> results = new ConcurrentHashMap<>();
    private final ConcurrentMap<Class<?>, AutoCloseable> parts = new ConcurrentHashMap<>();
    private final List<String> baselines = new CopyOnWriteArrayList<>();
    private boolean closed;

    private IonQRun(RunConfiguration settings, boolean publishes, PrintStream console) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.publishes = publishes;
        this.console = Objects.requireNonNull(console, "console");
        this.family = new StatisticalFamily(settings);
    }

    /**
     * A run of your own, for assertions outside the extension. It writes no report when closed.
     *
     * @param settings where settings are read
     * @return a new run
     */
    public static IonQRun create(RunConfiguration settings) {
        return new IonQRun(settings, false, System.out);
    }

    /**
     * Like {@link #create(RunConfiguration)}, printing what it tells the user (such as recorded baselines)
     * to {@code console}.
     *
     * @param settings where settings are read
     * @param console  where its console lines go
     * @return a new run
     */
    public static IonQRun create(RunConfiguration settings, PrintStream console) {
        return new IonQRun(settings, false, console);
    }

    /**
     * The run of a JUnit launcher session: kept in the root context's store, created on first use (which
     * also warns about unknown {@code ionq.*} settings), closed by JUnit at the end of the session, when
     * it publishes its report.
     *
     * @param context any context of the session
     * @return its run
     */
    public static IonQRun of(ExtensionContext context) {
        ExtensionContext root = context.getRoot();
        return root.getStore(NAMESPACE).getOrComputeIfAbsent(IonQRun.class, key -> {
            RunConfiguration settings = RunConfiguration.of(root);
            UnknownSettings.warn(System.getProperties().stringPropertyNames(), System.err);
            return new IonQRun(settings, true, System.out);
        }, IonQRun.class);
    }

    /**
     * The one documented lookup: the run and test the extension entered on this thread.
     *
     * @return the current scope, if a test of the extension is running on this thread
     */
    public static Optional<Scope> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /**
     * @return the run of the test on this thread, else a new run of its own (for one assertion chain)
     */
    public static IonQRun currentOrDetached() {
        Scope scope = CURRENT.get();
        return scope != null ? scope.run() : create(RunConfiguration.system());
    }

    /**
     * Makes a test of this run the current one on this thread, until the scope is closed.
     *
     * @param test the test
     * @return the scope; close it when the test ends (on the same thread)
     */
    public Scope enter(TestIdentity test) {
        return enter(test, null);
    }

    /**
     * Like {@link #enter(TestIdentity)}, with what converts parameterized-test arguments into jobs.
     *
     * @param test      the test, or null for a scope that is the run's only
     * @param arguments converts {@code @IonQJob} arguments for this test, or null
     * @return the scope
     */
    public Scope enter(TestIdentity test, ArgumentJobs arguments) {
        Scope scope = new Scope(this, test, arguments, CURRENT.get());
        CURRENT.set(scope);
        return scope;
    }

    /** @return the run's settings */
    public RunConfiguration settings() {
        return settings;
    }

    /** @return the run's statistical family */
    public StatisticalFamily family() {
        return family;
    }

    /** @return the run's report */
    public IonQReport report() {
        return report;
    }

    /**
     * Registers (or replaces) where one job's results come from. Each kind of result is fetched once.
     *
     * @param jobId  the job's id
     * @param source where its results come from
     */
    public void registerResults(String jobId, JobResults source) {
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(source, "source");
        results.put(jobId, source instanceof CachingResults caching ? caching : new CachingResults(source));
    }

    /**
     * @param jobId a job's id
     * @return where its results come from, if registered in this run
     */
    public Optional<JobResults> results(String jobId) {
        return jobId == null ? Optional.empty() : Optional.ofNullable(results.get(jobId));
    }

    /**
     * A part of the run that the extension keeps (its connections, job cache and emulator), created on
     * first use and closed with the run.
     *
     * @param type   the part's class, its key
     * @param create makes it
     * @param <T>    its type
     * @return the part
     * @throws IllegalStateException after the run has ended
     */
    public <T extends AutoCloseable> T part(Class<T> type, Function<IonQRun, T> create) {
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("The IonQ test run has ended; its connections and emulator are closed.");
            }
        }
        return type.cast(parts.computeIfAbsent(type, key -> create.apply(this)));
    }

    /** @return the directory relative paths are resolved against: Maven's {@code basedir}, else the working directory */
    public Path projectDirectory() {
        return TestIdentity.defaultProjectDir().toAbsolutePath();
    }

    /** @return where the report goes: {@code ionq.reports.dir}, else {@code target/ionq-reports} */
    public Path reportsDirectory() {
        Path path = settings.setting(RunConfiguration.REPORTS_DIR).map(Path::of).orElse(Path.of("target", "ionq-reports"));
        return projectDirectory().resolve(path).normalize();
    }

    /**
     * Tells the user, on the console at once and again when the run ends, that a baseline file was
     * written and must be committed.
     *
     * @param file      the baseline, as shown to the user
     * @param rewritten true when it replaced an earlier baseline on request, false when it is new
     */
    public void baselineWritten(Path file, boolean rewritten) {
        String line = (rewritten ? "Baseline rewritten: " : "Baseline recorded: ") + file;
        baselines.add(line);
        console.println("[ionq] " + line + " (commit it; later runs are compared with it)");
    }

    /**
     * Prints one line on the run's console, prefixed {@code [ionq]}: for what a user must see even with logging
     * quiet, such as the jobs the run canceled when it ended.
     *
     * <pre>{@code
     * run.announce("The run ended with 1 job it submitted unfinished; canceling");
     * }</pre>
     *
     * @param line the line, without the prefix
     */
    public void announce(String line) {
        console.println("[ionq] " + line);
    }

        /** @return every baseline this run recorded or rewrote, as told on the console */
    public List<String> baselinesWritten() {
        return List.copyOf(baselines);
    }

    /**
     * Ends the run: publishes the report (for the extension's runs), tells which baselines to commit,
     * closes the parts (stopping the emulator), and forgets the registered results.
     */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        List<RuntimeException> problems = new ArrayList<>();
        if (publishes) {
            try {
                publish();
            } catch (RuntimeException e) {
                problems.add(e);
            }
        }
        for (AutoCloseable part : parts.values()) {
            try {
                part.close();
            } catch (RuntimeException e) {
                problems.add(e);
            } catch (Exception e) {
                problems.add(new IllegalStateException("Closing " + part + " failed: " + e.getMessage(), e));
            }
        }
        parts.clear();
        results.clear();
        if (!problems.isEmpty()) {
            RuntimeException first = problems.get(0);
            problems.stream().skip(1).forEach(first::addSuppressed);
            throw first;
        }
    }

    private void publish() {
        ReportDirectory.Published published = ReportDirectory.publish(reportsDirectory(), report, started);
        List<CheckRecord> checks = report.checks();
        if (!checks.isEmpty()) {
            long failed = checks.stream().filter(check -> !check.passed()).count();
            String others = published.runs() > 1
                    ? " (with the " + (published.runs() - 1) + " earlier " + (published.runs() == 2 ? "run" : "runs")
                    + " it keeps: " + published.checks() + " checks, " + published.failed() + " failed; this run alone: "
                    + published.page().toAbsolutePath().toUri() + ")"
                    : "";
            // Printed, not logged: the one line a user looks for at the end of a test run.
            console.println("[ionq] " + checks.size() + " distribution checks, " + failed + " failed. Report: "
                    + published.index().toAbsolutePath().toUri() + others);
            List<CheckRecord> underpowered = checks.stream().filter(CheckRecord::underpowered).toList();
            if (!underpowered.isEmpty()) {
                console.println("[ionq] " + underpowered.size() + (underpowered.size() == 1 ? " check is" : " checks are")
                        + " underpowered (tolerance below the TVD its shots detect at power " + CheckRecord.REPORTED_POWER
                        + "; raise the shots or widen the tolerance; a warning, not a failure):");
                underpowered.forEach(check -> console.println("[ionq]   " + check.test() + ": " + check.title()
                        + ", tolerance " + Numbers.number(check.declaredTvd()) + " < detectable TVD "
                        + Numbers.number(check.detectableTvd()) + " at " + check.observedShots() + " shots"));
            }
        }
        if (!baselines.isEmpty()) {
            console.println("[ionq] " + baselines.size() + (baselines.size() == 1 ? " baseline was" : " baselines were")
                    + " written in this run; commit " + (baselines.size() == 1 ? "it" : "them") + ":");
            baselines.forEach(line -> console.println("[ionq]   " + line));
        }
    }

    @Override
    public String toString() {
        return "IonQRun(started " + started + ", " + report.checks().size() + " checks)";
    }

    /** Converts a parameterized test's argument (an id, a {@code ${property}} or a job name) into a job. */
    @FunctionalInterface
    public interface ArgumentJobs {
        /**
         * @param argument        the argument
         * @param parameter       the {@code @IonQJob} parameter it is for
         * @param conversionError makes JUnit's argument-conversion error from a message
         * @return the value to pass
         */
        Object convert(Object argument, ParameterContext parameter, Function<String, RuntimeException> conversionError);
    }

    /**
     * A test of a run, current on one thread from {@link IonQRun#enter} until {@link #close()}.
     */
    public static final class Scope implements AutoCloseable {
        private final IonQRun run;
        private final TestIdentity test;
        private final ArgumentJobs arguments;
        private final Scope previous;
        private final Thread thread = Thread.currentThread();

        private Scope(IonQRun run, TestIdentity test, ArgumentJobs arguments, Scope previous) {
            this.run = Objects.requireNonNull(run, "run");
            this.test = test;
            this.arguments = arguments;
            this.previous = previous;
        }

        /** @return the run */
        public IonQRun run() {
            return run;
        }

        /** @return the test, if the scope is a test's */
        public Optional<TestIdentity> test() {
            return Optional.ofNullable(test);
        }

        /** @return what converts {@code @IonQJob} arguments of this test, if the extension runs it */
        public Optional<ArgumentJobs> arguments() {
            return Optional.ofNullable(arguments);
        }

        /** Makes the scope that was current before this one current again (on the thread that entered it). */
        @Override
        public void close() {
            if (Thread.currentThread() == thread && CURRENT.get() == this) {
                if (previous == null) {
                    CURRENT.remove();
                } else {
                    CURRENT.set(previous);
                }
            }
        }
    }

    /** Remembers the results it has fetched, by job id. */
    private static final class CachingResults implements JobResults {
        private final JobResults delegate;
        private final ConcurrentMap<String, Probabilities> probabilities =
                new ConcurrentHashMap<>();
        private final ConcurrentMap<String, Histogram> histograms =
                new ConcurrentHashMap<>();

        CachingResults(JobResults delegate) {
            this.delegate = delegate;
        }

        @Override
        public Probabilities probabilities(Job job) {
            return probabilities.computeIfAbsent(job.id(), id -> delegate.probabilities(job));
        }

        @Override
        public Histogram histogram(Job job) {
            return histograms.computeIfAbsent(job.id(), id -> delegate.histogram(job));
        }

        @Override
        public String toString() {
            return "cached " + delegate;
        }
    }
}
