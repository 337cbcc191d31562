package io.github.ionqci.junit.support;

import io.github.ionqci.junit.report.CheckRecord;
import io.github.ionqci.junit.run.IonQRun;
import io.github.ionqci.junit.run.RunConfiguration;
import io.github.ionqci.junit.run.TestIdentity;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh {@link IonQRun} for each test, entered on the test's thread, for assertions made without the
 * extension. Its settings and environment are its own maps (never the machine's), so a test that sets
 * {@code ionq.baselines.update} or {@code CI} touches no other test.
 *
 * <pre>{@code
 * @RegisterExtension
 * final RunScope run = new RunScope();
 *
 * @Test
 * void decides() {
 *     run.set("ionq.stats.alpha", "0.01");
 *     assertThat(histogram).fitsDistribution(BELL);
 *     assertThat(run.checks()).hasSize(1);
 * }
 * }</pre>
 */
public final class RunScope implements BeforeEachCallback, AfterEachCallback {

    private final Map<String, String> settings = new ConcurrentHashMap<>();
    private final Map<String, String> environment = new ConcurrentHashMap<>();
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private IonQRun run;
    private IonQRun.Scope scope;

    @Override
    public void beforeEach(ExtensionContext context) {
        run = IonQRun.create(RunConfiguration.of(settings::get, environment::get, name -> Optional.empty()),
                new PrintStream(console, true, StandardCharsets.UTF_8));
        scope = run.enter(null);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        scope.close();
        run.close();
    }

    /** @return this test's run */
    public IonQRun run() {
        return run;
    }

    /** @return the checks this test's run recorded */
    public List<CheckRecord> checks() {
        return run.report().checks();
    }

    /**
     * Makes {@code test} the running test (for baselines), in the same run.
     *
     * @param test the test
     * @return this
     */
    public RunScope test(TestIdentity test) {
        scope.close();
        scope = run.enter(test);
        return this;
    }

    /**
     * @param name  a setting, as a system property would give it
     * @param value its value, or null to unset it
     * @return this
     */
    public RunScope set(String name, String value) {
        if (value == null) {
            settings.remove(name);
        } else {
            settings.put(name, value);
        }
        return this;
    }

    /**
     * @param name  an environment variable, such as {@code CI}
     * @param value its value
     * @return this
     */
    public RunScope environment(String name, String value) {
        environment.put(name, value);
        return this;
    }

    /** @return what the run printed */
    public String console() {
        return console.toString(StandardCharsets.UTF_8);
    }
}
