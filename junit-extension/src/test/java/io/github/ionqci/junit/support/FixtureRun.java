package io.github.ionqci.junit.support;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import io.github.ionqci.emulator.IonQEmulator;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.EventType;

/**
 * Runs fixture classes in a fresh JUnit Jupiter engine (EngineTestKit), the way a user's build would,
 * pointed at an emulator through configuration parameters.
 *
 * <pre>{@code
 * EngineExecutionResults results = FixtureRun.against(emulator, reports)
 *         .parameter("fixture.bell", FixtureJobs.BELL)
 *         .run("InjectionFormsFixture");
 * }</pre>
 */
public final class FixtureRun {

    private static final String FIXTURES = "io.github.ionqci.junit.fixtures.";

    private final Map<String, String> parameters = new LinkedHashMap<>();

    private FixtureRun() {
    }

    /**
     * @param emulator   the emulator the run's client points at ({@code ionq.base-url}, {@code ionq.api-key})
     * @param reportsDir where the run writes its HTML report
     * @return a run
     */
    public static FixtureRun against(IonQEmulator emulator, Path reportsDir) {
        return bare(reportsDir).parameter("ionq.base-url", emulator.baseUrl())
                .parameter("ionq.api-key", emulator.apiKey());
    }

    /**
     * @param reportsDir where the run writes its HTML report
     * @return a run with no IonQ endpoint configured
     */
    public static FixtureRun bare(Path reportsDir) {
        return new FixtureRun().parameter("ionq.reports.dir", reportsDir.toString());
    }

    /**
     * @param key   a configuration parameter
     * @param value its value
     * @return this run
     */
    public FixtureRun parameter(String key, String value) {
        parameters.put(key, value);
        return this;
    }

    /** @return this run, with JUnit's parallel execution on (classes and methods concurrent) */
    public FixtureRun parallel() {
        return parameter("junit.jupiter.execution.parallel.enabled", "true")
                .parameter("junit.jupiter.execution.parallel.mode.default", "concurrent")
                .parameter("junit.jupiter.execution.parallel.mode.classes.default", "concurrent")
                .parameter("junit.jupiter.execution.parallel.config.strategy", "fixed")
                .parameter("junit.jupiter.execution.parallel.config.fixed.parallelism", "8");
    }

    /**
     * @param fixtures the simple names of fixture classes in {@code io.github.ionqci.junit.fixtures}
     *                 (package-private, as users write test classes), such as {@code "BatchFixture"} or
     *                 {@code "EmulatorModeFixture$Again"}
     * @return the results
     */
    public EngineExecutionResults run(String... fixtures) {
        EngineTestKit.Builder builder = EngineTestKit.engine("junit-jupiter").configurationParameters(parameters);
        for (String fixture : fixtures) {
            builder = builder.selectors(selectClass(FIXTURES + fixture));
        }
        return builder.execute();
    }

    /**
     * @param fixture a fixture's simple name
     * @param method  one of its test methods (without parameters)
     * @return the results of running only that method
     */
    public EngineExecutionResults runMethod(String fixture, String method) {
        return EngineTestKit.engine("junit-jupiter").configurationParameters(parameters)
                .selectors(selectMethod(FIXTURES + fixture + "#" + method)).execute();
    }

    /**
     * @param results a run's results
     * @return the failure of each failed test, by test method name (with {@code [n]}, the invocation
     *         index, for parameterized and repeated tests)
     */
    public static Map<String, Throwable> failuresByTest(EngineExecutionResults results) {
        return results.testEvents().failed().stream().collect(Collectors.toMap(FixtureRun::testName,
                event -> event.getPayload(TestExecutionResult.class).flatMap(TestExecutionResult::getThrowable)
                        .orElseThrow(), (a, b) -> a, LinkedHashMap::new));
    }

    /**
     * @param results a run's results
     * @return the failures of containers (classes whose set-up failed), by display name
     */
    public static Map<String, Throwable> containerFailures(EngineExecutionResults results) {
        return results.containerEvents().failed().stream().collect(Collectors.toMap(
                event -> event.getTestDescriptor().getDisplayName(),
                event -> event.getPayload(TestExecutionResult.class).flatMap(TestExecutionResult::getThrowable)
                        .orElseThrow(), (a, b) -> a, LinkedHashMap::new));
    }

    /**
     * @param results a run's results
     * @return a readable list of every failure, for assertion messages
     */
    public static String describeFailures(EngineExecutionResults results) {
        List<Event> failed = results.allEvents().stream().filter(e -> e.getType() == EventType.FINISHED)
                .filter(e -> e.getPayload(TestExecutionResult.class)
                        .map(r -> r.getStatus() != TestExecutionResult.Status.SUCCESSFUL).orElse(false))
                .toList();
        return failed.stream().map(e -> e.getTestDescriptor().getDisplayName() + ": "
                        + e.getPayload(TestExecutionResult.class).flatMap(TestExecutionResult::getThrowable)
                        .map(Throwable::toString).orElse("?"))
                .collect(Collectors.joining("\n"));
    }

    private static String testName(Event event) {
        Optional<MethodSource> source = event.getTestDescriptor().getSource()
                .filter(MethodSource.class::isInstance).map(MethodSource.class::cast);
        String method = source.map(MethodSource::getMethodName).orElse(event.getTestDescriptor().getDisplayName());
        org.junit.platform.engine.UniqueId.Segment last = event.getTestDescriptor().getUniqueId().getLastSegment();
        return last.getType().contains("invocation") ? method + "[" + last.getValue().replace("#", "") + "]" : method;
    }
}
