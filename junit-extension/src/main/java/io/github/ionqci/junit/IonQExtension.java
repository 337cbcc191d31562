package io.github.ionqci.junit;

import io.github.ionqci.client.IonQClient;
import io.github.ionqci.client.IonQConfig;
import io.github.ionqci.emulator.IonQEmulator;
import io.github.ionqci.junit.internal.AnnotationSettings;
import io.github.ionqci.junit.internal.ExtensionSettings;
import io.github.ionqci.junit.internal.InjectionPoint;
import io.github.ionqci.junit.internal.JobInjector;
import io.github.ionqci.junit.internal.PendingFailures;
import io.github.ionqci.junit.internal.TestIdentities;
import io.github.ionqci.junit.run.IonQRun;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.DynamicTestInvocationContext;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The JUnit Jupiter extension behind {@link IonQJob @IonQJob}: resolves job ids, awaits the jobs
 * (each once per run, a class's jobs together), and injects them into fields and parameters. It also
 * resolves parameters of type {@link IonQClient} (the client it uses) and {@link IonQEmulator} (the
 * embedded emulator's control API, when the class runs against it).
 *
 * <p>Register it declaratively with {@link IonQTest @IonQTest}, or programmatically:
 * <pre>{@code
 * class BellStateTest {
 *     @RegisterExtension
 *     static IonQExtension ionq = IonQExtension.builder()
 *             .emulator(true)
 *             .timeout(Duration.ofSeconds(30))
 *             .build();
 *
 *     @Test
 *     void entangles(@IonQJob(circuit = "circuits/bell.json", shots = 1000) Job job) {
 *         assertThat(job).isCompleted();
 *     }
 * }
 * }</pre>
 *
 * <p>Everything a run shares (settings, the emulator, clients, the job cache, the results of injected
 * jobs, the statistical family and the report) lives in one {@link IonQRun} in the root context's store
 * under the extension's namespace, shared by every class of the launcher session; JUnit closes it when
 * the session ends, which writes the HTML report to {@code target/ionq-reports}. While a test runs, the
 * extension makes it current on its thread ({@link IonQRun#current()}), which is how a bare
 * {@code assertThat(job)} finds its run.
 */
public final class IonQExtension implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback,
        ParameterResolver, InvocationInterceptor {

    private final ExtensionSettings explicit;

    /**
     * The declarative form, used by {@link IonQTest @IonQTest}: settings come from that annotation and
     * the configuration.
     */
    public IonQExtension() {
        this.explicit = null;
    }

    private IonQExtension(ExtensionSettings explicit) {
        this.explicit = explicit;
    }

    /**
     * @return a builder for {@code @RegisterExtension}
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        injector(context).injectFields(context.getRequiredTestClass(), null);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        JobInjector injector = injector(context);
        IonQRun.Scope scope = IonQRun.of(context).enter(TestIdentities.of(context), injector::convertArgument);
        context.getStore(IonQRun.NAMESPACE).put(this, new TestScope(scope));
        for (Object instance : context.getRequiredTestInstances().getAllInstances()) {
            injector.injectFields(instance.getClass(), instance);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        TestScope scope = context.getStore(IonQRun.NAMESPACE).remove(this, TestScope.class);
        if (scope != null) {
            scope.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        if (parameterContext.isAnnotated(IonQJob.class)) {
            return !InjectionPoint.takesArgument(parameterContext);
        }
        Class<?> type = parameterContext.getParameter().getType();
        return type == IonQClient.class || type == IonQEmulator.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        JobInjector injector = injector(extensionContext);
        Class<?> type = parameterContext.getParameter().getType();
        if (parameterContext.isAnnotated(IonQJob.class)) {
            try {
                return injector.injectParameter(parameterContext.getParameter(), parameterContext.getIndex(),
                        parameterContext.findAnnotation(IonQJob.class).orElseThrow());
            } catch (AssertionError failure) {
                PendingFailures.record(extensionContext, failure);   // fails the test when it is about to run
                return null;
            }
        }
        if (type == IonQClient.class) {
            return injector.client();
        }
        if (type == IonQEmulator.class) {
            return injector.emulator();
        }
        throw new ParameterResolutionException("IonQExtension cannot resolve " + parameterContext.getParameter());
    }

    @Override
    public ExtensionContextScope getTestInstantiationExtensionContextScope(ExtensionContext rootContext) {
        return ExtensionContextScope.TEST_METHOD;
    }

    @Override
    public <T> T interceptTestClassConstructor(Invocation<T> invocation,
            ReflectiveInvocationContext<Constructor<T>> invocationContext, ExtensionContext extensionContext)
            throws Throwable {
        failIfPending(invocation, extensionContext);
        return invocation.proceed();
    }

    @Override
    public void interceptBeforeAllMethod(Invocation<Void> invocation,
            ReflectiveInvocationContext<Method> invocationContext, ExtensionContext extensionContext) throws Throwable {
        failIfPending(invocation, extensionContext);
        invocation.proceed();
    }

    @Override
    public void interceptBeforeEachMethod(Invocation<Void> invocation,
            ReflectiveInvocationContext<Method> invocationContext, ExtensionContext extensionContext) throws Throwable {
        failIfPending(invocation, extensionContext);
        invocation.proceed();
    }

    @Override
    public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> invocationContext,
            ExtensionContext extensionContext) throws Throwable {
        failIfPending(invocation, extensionContext);
        invocation.proceed();
    }

    @Override
    public <T> T interceptTestFactoryMethod(Invocation<T> invocation,
            ReflectiveInvocationContext<Method> invocationContext, ExtensionContext extensionContext) throws Throwable {
        failIfPending(invocation, extensionContext);
        return invocation.proceed();
    }

    @Override
    public void interceptTestTemplateMethod(Invocation<Void> invocation,
            ReflectiveInvocationContext<Method> invocationContext, ExtensionContext extensionContext) throws Throwable {
        failIfPending(invocation, extensionContext);
        invocation.proceed();
    }

    @Override
    public void interceptDynamicTest(Invocation<Void> invocation, DynamicTestInvocationContext invocationContext,
            ExtensionContext extensionContext) throws Throwable {
        failIfPending(invocation, extensionContext);
        invocation.proceed();
    }

    @Override
    public void interceptAfterEachMethod(Invocation<Void> invocation,
            ReflectiveInvocationContext<Method> invocationContext, ExtensionContext extensionContext) throws Throwable {
        failIfPending(invocation, extensionContext);
        invocation.proceed();
    }

    @Override
    public void interceptAfterAllMethod(Invocation<Void> invocation,
            ReflectiveInvocationContext<Method> invocationContext, ExtensionContext extensionContext) throws Throwable {
        failIfPending(invocation, extensionContext);
        invocation.proceed();
    }

    private static void failIfPending(Invocation<?> invocation, ExtensionContext context) {
        try {
            PendingFailures.throwIfAny(context);
        } catch (AssertionError failure) {
            invocation.skip();
            throw failure;
        }
    }

    private JobInjector injector(ExtensionContext context) {
        return JobInjector.of(context, explicit != null ? explicit : annotationSettings(context));
    }

    /** The settings of the test class's {@code @IonQTest}, or of an enclosing class's for {@code @Nested} ones. */
    private static ExtensionSettings annotationSettings(ExtensionContext context) {
        Optional<Class<?>> testClass = context.getTestClass();
        for (Class<?> type = testClass.orElse(null); type != null; type = type.getEnclosingClass()) {
            Optional<IonQTest> annotation = AnnotationSupport.findAnnotation(type, IonQTest.class);
            if (annotation.isPresent()) {
                IonQTest found = annotation.get();
                return AnnotationSettings.of(found.emulator(), found.timeout(), found.pollInterval(), type);
            }
        }
        return ExtensionSettings.NONE;
    }

    @Override
    public String toString() {
        return explicit == null ? "IonQExtension(@IonQTest)" : "IonQExtension(" + explicit + ")";
    }

    /**
     * A test's scope in the run, kept in the test's store: left in {@code afterEach}, or when JUnit closes
     * the test's store should {@code afterEach} not run.
     */
    @SuppressWarnings("deprecation")
    private record TestScope(IonQRun.Scope scope) implements AutoCloseable, ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            scope.close();
        }
    }

    /**
     * Builds an {@link IonQExtension} for {@code @RegisterExtension}. Every setting is optional; unset
     * ones come from the configuration (system properties, environment, {@code junit-platform.properties}).
     *
     * <pre>{@code
     * @RegisterExtension
     * static IonQExtension ionq = IonQExtension.builder()
     *         .config(IonQConfig.builder().baseUrl("https://api.ionq.co/v0.4").fromEnvironment().build())
     *         .timeout(Duration.ofMinutes(30))
     *         .pollInterval(Duration.ofSeconds(5))
     *         .jobsFile(Path.of("target/ionq/nightly-jobs.json"))
     *         .build();
     * }</pre>
     */
    public static final class Builder {
        private IonQClient client;
        private IonQConfig config;
        private Boolean emulator;
        private Duration timeout;
        private Duration pollInterval;
        private Path jobsFile;

        private Builder() {
        }

        /**
         * Uses this client as it is. The extension does not close it.
         *
         * @param client the client
         * @return this builder
         */
        public Builder client(IonQClient client) {
            this.client = Objects.requireNonNull(client, "client");
            return this;
        }

        /**
         * Builds the client from this configuration (closed by the extension at the end of the run).
         *
         * @param config the configuration
         * @return this builder
         */
        public Builder config(IonQConfig config) {
            this.config = Objects.requireNonNull(config, "config");
            return this;
        }

        /**
         * @param emulator true to run against the embedded emulator (started once per run); false to
         *                 never use it, whatever {@code ionq.emulator} says
         * @return this builder
         */
        public Builder emulator(boolean emulator) {
            this.emulator = emulator;
            return this;
        }

        /**
         * @param timeout how long to wait for a job before failing the test, unless its
         *                {@code @IonQJob} says otherwise
         * @return this builder
         */
        public Builder timeout(Duration timeout) {
            this.timeout = positive(timeout, "timeout");
            return this;
        }

        /**
         * @param pollInterval the first poll interval (it grows ×1.5 up to 30s), unless the
         *                     {@code @IonQJob} says otherwise
         * @return this builder
         */
        public Builder pollInterval(Duration pollInterval) {
            this.pollInterval = positive(pollInterval, "pollInterval");
            return this;
        }

        /**
         * @param jobsFile the jobs file for {@code @IonQJob(name = ...)}; relative to the project directory
         * @return this builder
         */
        public Builder jobsFile(Path jobsFile) {
            this.jobsFile = Objects.requireNonNull(jobsFile, "jobsFile");
            return this;
        }

        /**
         * @return the extension
         * @throws IllegalStateException when both a client and a config are given, or either with
         *                               {@code emulator(true)}
         */
        public IonQExtension build() {
            if (client != null && config != null) {
                throw new IllegalStateException("IonQExtension.builder() got both client(...) and config(...):"
                        + " give one; the client already has its configuration.");
            }
            if (Boolean.TRUE.equals(emulator) && (client != null || config != null)) {
                throw new IllegalStateException("IonQExtension.builder() got emulator(true) and a "
                        + (client != null ? "client" : "config") + ": the emulator brings its own client;"
                        + " drop one of them.");
            }
            return new IonQExtension(new ExtensionSettings(client, config, emulator, timeout, pollInterval, jobsFile));
        }

        private static Duration positive(Duration duration, String name) {
            Objects.requireNonNull(duration, name);
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException(name + " must be longer than zero, was " + duration);
            }
            return duration;
        }
    }
}
