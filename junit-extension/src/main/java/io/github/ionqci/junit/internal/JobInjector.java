package io.github.ionqci.junit.internal;

import io.github.ionqci.client.Durations;
import io.github.ionqci.client.IonQClient;
import io.github.ionqci.client.IonQException;
import io.github.ionqci.client.JobId;
import io.github.ionqci.client.await.AwaitOutcome;
import io.github.ionqci.client.await.AwaitedJob;
import io.github.ionqci.client.job.Job;
import io.github.ionqci.client.result.Histogram;
import io.github.ionqci.client.result.Probabilities;
import io.github.ionqci.emulator.IonQEmulator;
import io.github.ionqci.junit.IonQJob;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import java.util.function.Function;
import org.junit.platform.commons.support.AnnotationSupport;
import org.opentest4j.AssertionFailedError;

/**
 * Turns one {@code @IonQJob} into the value to inject: resolves the id, awaits the job through the
 * run's cache, and converts it to the declared type.
 *
 * <p>Problems with the test's set-up (no job named, unknown name, bad placeholder, wrong type, malformed
 * id, job not found, no API key) are {@link ExtensionConfigurationException}s. A job that did not
 * finish in time, or that has no results to inject, is an {@link AssertionFailedError}: the test fails.
 * A failed or canceled job is injected as it is, for the test to assert on.
 */
public final class JobInjector {

    /** The types {@code @IonQJob} can inject. */
    static final Set<Class<?>> INJECTABLE = Set.of(Job.class, Probabilities.class, Histogram.class);

    private final ExtensionContext context;
    private final RunState run;
    private final ExtensionSettings settings;
    private final Class<?> testClass;

    private JobInjector(ExtensionContext context, ExtensionSettings settings) {
        this.context = context;
        this.run = RunState.of(context);
        this.settings = settings;
        this.testClass = context.getRequiredTestClass();
    }

    /**
     * @param context  the context to inject in
     * @param settings the extension's settings for that context
     * @return an injector for the context's test class
     */
    public static JobInjector of(ExtensionContext context, ExtensionSettings settings) {
        return new JobInjector(context, settings);
    }

    /**
     * Injects the job an annotated parameter asks for.
     *
     * @param parameter the parameter
     * @param index     its position
     * @param annotation its annotation
     * @return the value to pass
     */
    public Object injectParameter(Parameter parameter, int index, IonQJob annotation) {
        return inject(InjectionPoint.of(parameter, index, annotation), null);
    }

    /**
     * Converts a {@code @ParameterizedTest} argument (an id, a {@code ${property}} or a job name) into the
     * job for an {@code @IonQJob} parameter that names no job itself. A test failure (a job that timed
     * out) is kept for the test to throw when it is about to run.
     *
     * @param argument        the argument
     * @param parameter       the parameter
     * @param conversionError makes JUnit's argument-conversion error from a message (this class does not
     *                        name it, so the extension works without {@code junit-jupiter-params})
     * @return the value to pass
     */
    public Object convertArgument(Object argument, ParameterContext parameter,
                                  Function<String, RuntimeException> conversionError) {
        IonQJob annotation = parameter.findAnnotation(IonQJob.class).orElseThrow(() ->
                conversionError.apply("Only @IonQJob parameters take their job from the argument"));
        InjectionPoint point = InjectionPoint.of(parameter.getParameter(), parameter.getIndex(), annotation);
        if (!point.takesArgument()) {
            throw conversionError.apply("@IonQJob on " + point + " names its job itself, but the"
                    + " parameterized test also supplies an argument for it: remove the id from @IonQJob, or move"
                    + " the parameter after the ones the argument source fills.");
        }
        if (!(argument instanceof CharSequence text)) {
            throw conversionError.apply("@IonQJob on " + point + " takes the job id, ${property} or job"
                    + " name from the argument, which must be a String; got "
                    + (argument == null ? "null" : argument.getClass().getName() + " " + argument) + ".");
        }
        try {
            return inject(point, new JobSource.Argument(text.toString().trim()));
        } catch (AssertionError failure) {
            PendingFailures.record(context, failure);
            return null;
        }
    }

    /**
     * Injects the {@code @IonQJob} fields of an object (instance fields), or of a class (static fields,
     * when {@code instance} is null).
     *
     * @param type     the class whose fields (and inherited fields) to fill
     * @param instance the instance, or null for static fields
     */
    public void injectFields(Class<?> type, Object instance) {
        for (Field field : AnnotationSupport.findAnnotatedFields(type, IonQJob.class)) {
            boolean isStatic = Modifier.isStatic(field.getModifiers());
            if (isStatic != (instance == null)) {
                continue;
            }
            Object value = inject(InjectionPoint.of(field), null);
            try {
                field.setAccessible(true);
                field.set(instance, value);
            } catch (IllegalAccessException | RuntimeException e) {
                throw new ExtensionConfigurationException("Cannot set " + InjectionPoint.of(field)
                        + (Modifier.isFinal(field.getModifiers()) ? ": it is final; remove final." : ": " + e), e);
            }
        }
    }

    /** @return the embedded emulator of the run, started if needed */
    public IonQEmulator emulator() {
        if (!settings.usesEmulator(run.config())) {
            throw new ExtensionConfigurationException("No embedded IonQ emulator runs for " + testClass.getSimpleName()
                    + ": enable it with @IonQTest(emulator = true), IonQExtension.builder().emulator(true),"
                    + " or -Dionq.emulator=true (environment IONQ_EMULATOR=true).");
        }
        return run.emulator();
    }

    /** @return the client the extension uses for this class */
    public IonQClient client() {
        return run.connection(settings).client();
    }

    ExtensionSettings settings() {
        return settings;
    }

    RunState run() {
        return run;
    }

    /**
     * @param point  where the job goes
     * @param source which job; null to read it from the annotation
     * @return the job, or its probabilities or histogram
     */
    Object inject(InjectionPoint point, JobSource source) {
        requireInjectableType(point);
        JobSource which = source != null ? source : JobSource.of(point);
        ClassJobs.prefetchOnce(context, this);
        AwaitSettings await = awaitSettings(point);
        Connection connection = run.connection(settings);
        String origin = which + " on " + point;
        String id = resolveId(which, origin, connection);
        AwaitedJob awaited = connection.jobs().awaitAll(List.of(id), await).get(id);
        Job job = finishedJob(awaited, id, origin, connection, await);
        run.registerResults(job, connection);
        if (point.type() == Job.class) {
            return job;
        }
        if (!job.isCompleted()) {
            throw new AssertionFailedError("Job " + id + " (" + origin + ") is " + job.status()
                    + (job.failure() != null ? " (" + job.failure() + ")" : "") + ", so it has no "
                    + point.type().getSimpleName().toLowerCase(Locale.ROOT)
                    + " to inject. Declare the parameter as Job to assert on its status and failure instead.");
        }
        return point.type() == Probabilities.class ? connection.probabilities(job) : connection.histogram(job);
    }

    AwaitSettings awaitSettings(InjectionPoint point) {
        return AwaitSettings.resolve(point.annotation().timeout(), point.annotation().pollInterval(), settings,
                run.config(), "@IonQJob on " + point);
    }

    /**
     * @param source which job
     * @param origin the annotation and where it is, for messages
     * @param connection where to submit circuits
     * @return the job id
     */
    String resolveId(JobSource source, String origin, Connection connection) {
        if (source instanceof JobSource.Literal literal) {
            return literalId(Placeholders.expand(literal.text(), run.config(), origin), origin);
        }
        if (source instanceof JobSource.Named named) {
            return run.jobsFile(settings.jobsFile()).idOf(named.name(), origin);
        }
        if (source instanceof JobSource.Circuit circuit) {
            String payload = CircuitResources.job(circuit, testClass, origin).toJson();
            try {
                return connection.submit(payload);
            } catch (IonQException e) {
                throw new ExtensionConfigurationException("Submitting the circuit \"" + circuit.resource() + "\" ("
                        + origin + ") to " + connection.description() + " failed: " + e.getMessage(), e);
            }
        }
        String text = ((JobSource.Argument) source).text();
        String expanded = Placeholders.hasPlaceholder(text) ? Placeholders.expand(text, run.config(), origin) : text;
        if (JobId.looksLikeUuid(expanded)) {
            return JobId.require(expanded);
        }
        JobsFile jobsFile = run.jobsFile(settings.jobsFile());
        if (jobsFile.lists(expanded)) {
            return jobsFile.idOf(expanded, origin);
        }
        throw new ExtensionConfigurationException("\"" + expanded + "\" (" + origin + ") is neither an IonQ job id"
                + " (a UUID such as " + JobId.EXAMPLE + ") nor a job name in the jobs file, and "
                + jobsFile.describe() + ". Pass an id, a ${property} or a name the file lists.");
    }

    /**
     * @param circuit a circuit source
     * @return whether its job runs on a simulator (free), so it may be submitted before a test needs it
     */
    boolean isFreeToSubmit(JobSource.Circuit circuit) {
        return CircuitResources.job(circuit, testClass, circuit).backend().startsWith("simulator");
    }

    /**
     * @param text   an {@code @IonQJob("…")} value, placeholders expanded
     * @param origin the annotation and where it is, for messages
     * @return the id, by the client's one {@link JobId} rule
     * @throws ExtensionConfigurationException when it is not a valid id, or is a name the jobs file lists
     */
    private String literalId(String text, String origin) {
        String id;
        try {
            id = JobId.require(text, "\"" + text + "\" from " + origin);
        } catch (IllegalArgumentException e) {
            throw new ExtensionConfigurationException(e.getMessage() + ". To use a name from the jobs file, write"
                    + " @IonQJob(name = \"" + text + "\").", e);
        }
        JobsFile jobsFile = run.jobsFile(settings.jobsFile());
        if (!JobId.looksLikeUuid(id) && jobsFile.lists(id)) {
            throw new ExtensionConfigurationException("\"" + id + "\" from " + origin + " is not an IonQ job id but a"
                    + " name in " + jobsFile.path() + ": write @IonQJob(name = \"" + id + "\").");
        }
        return id;
    }

    private Job finishedJob(AwaitedJob awaited, String id, String origin, Connection connection, AwaitSettings await) {
        if (awaited == null) {
            throw new IllegalStateException("Job " + id + " (" + origin + ") was not awaited");
        }
        AwaitOutcome outcome = awaited.outcome();
        if (outcome == AwaitOutcome.NOT_FOUND) {
            throw new ExtensionConfigurationException("Job " + id + " (" + origin + ") was not found at "
                    + connection.description() + ". Check the id, and that the API key belongs to the project"
                    + " the job was submitted in." + (JobId.looksLikeUuid(id) ? "" : " If \"" + id + "\" is a job"
                    + " name, write @IonQJob(name = \"" + id + "\") and list it in the jobs file."));
        }
        if (outcome == AwaitOutcome.TIMED_OUT) {
            Job last = awaited.job();
            String status = last == null ? "no status received" : "last status '" + last.status() + "'";
            String predicted = last == null ? "" : last.predictedWait()
                    .map(w -> ", predicted wait " + Durations.format(w)).orElse(", no predicted wait");
            throw new AssertionFailedError("Job " + id + " did not finish within " + Durations.format(await.timeout()) + ": "
                    + status + predicted + ", waited " + Durations.format(awaited.elapsed()) + " (" + origin + ")."
                    + " Allow longer with @IonQJob(timeout = \"...\") or ionq.await.timeout, or check the job's queue.");
        }
        return awaited.job();
    }

    /**
     * @param point an injection point
     * @throws ExtensionConfigurationException when its type cannot be injected
     */
    static void requireInjectableType(InjectionPoint point) {
        if (!INJECTABLE.contains(point.type())) {
            throw new ExtensionConfigurationException("@IonQJob cannot inject a " + point.type().getName() + " into "
                    + point + ": declare it as Job (io.github.ionqci.client.job.Job), Probabilities or Histogram"
                    + " (io.github.ionqci.client.result).");
        }
    }

}
