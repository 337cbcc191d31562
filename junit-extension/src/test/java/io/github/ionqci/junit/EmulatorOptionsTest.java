package io.github.ionqci.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ionqci.junit.support.FixtureRun;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * The embedded emulator's options, read as every other setting (here as JUnit configuration parameters):
 * {@code ionq.emulator.noise-per} chooses where its noise channels go (the same seeded noisy job of 200 {@code rz}
 * gates, {@code EmulatorOptionsFixture}, decoheres per submitted gate and stays in |0⟩ per native gate), and
 * {@code ionq.emulator.results-form} how its jobs point at their results.
 */
class EmulatorOptionsTest {

    @TempDir
    Path dir;

    /** @return what the fixture published, run with those configuration parameters */
    private Map<String, String> fixtureWith(Map<String, String> parameters) {
        FixtureRun run = FixtureRun.bare(dir);
        parameters.forEach(run::parameter);
        EngineExecutionResults results = run.run("EmulatorOptionsFixture");
        assertThat(FixtureRun.describeFailures(results)).isEmpty();
        return results.testEvents().reportingEntryPublished().stream()
                .map(event -> event.getPayload(ReportEntry.class).orElseThrow().getKeyValuePairs())
                .reduce(new java.util.HashMap<>(), (all, entry) -> {
                    all.putAll(entry);
                    return all;
                }, (a, b) -> a);
    }

    private long ones(Map<String, String> parameters) {
        return Long.parseLong(fixtureWith(parameters).get("ones"));
    }

    @Test
    void noisePerSubmittedGateByDefaultAndPerNativeGateWhenConfigured() {
        // a one-qubit channel after each of the 200 gates: over a quarter of the shots end in |1⟩
        // (730 of 2000 with seed 5)
        long byDefault = ones(Map.of());
        assertThat(byDefault).isGreaterThan(500);
        assertThat(ones(Map.of("ionq.emulator.noise-per", "Submitted"))).isEqualTo(byDefault);
        // rz is virtual: the compiled circuit has no gates, so no channels
        assertThat(ones(Map.of("ionq.emulator.noise-per", "native"))).isZero();
    }

    @Test
    void resultsFormAsConfigured() {
        // a -D of the whole test JVM (the build can run every test in the URL form) comes before the parameter
        String jvmWide = System.getProperty("ionq.emulator.results-form", "").strip();
        for (String form : new String[] {"url", "artifact"}) {
            boolean expectUrl = (jvmWide.isEmpty() ? form : jvmWide).equalsIgnoreCase("url");
            assertThat(fixtureWith(Map.of("ionq.emulator.results-form", form)).get("url-form")).as(form)
                    .isEqualTo(String.valueOf(expectUrl));
        }
    }

    @Test
    void aValueOutsideTheListFailsNamingTheSettingAndItsWords() {
        EngineExecutionResults results = FixtureRun.bare(dir).parameter("ionq.emulator.noise-per", "per-gate")
                .run("EmulatorOptionsFixture");

        results.testEvents().assertStatistics(stats -> stats.succeeded(0));
        assertThat(FixtureRun.describeFailures(results)).contains("ionq.emulator.noise-per = \"per-gate\" is not one"
                + " of its values: set ionq.emulator.noise-per=submitted or ionq.emulator.noise-per=native (as a system"
                + " property, environment variable or in junit-platform.properties)");
    }
}
