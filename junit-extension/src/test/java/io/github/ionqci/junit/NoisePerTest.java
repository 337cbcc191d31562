package io.github.ionqci.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ionqci.junit.support.FixtureRun;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * {@code ionq.emulator.noise-per} chooses where the embedded emulator puts its noise channels: the same seeded noisy
 * job of 200 {@code rz} gates ({@code NoisePerFixture}) decoheres per submitted gate and stays in |0⟩ per native gate.
 */
class NoisePerTest {

    @TempDir
    Path dir;

    /** @return how many of the fixture's 2000 shots ended in |1⟩ with the setting at that value (null: unset) */
    private long onesWith(String noisePer) {
        FixtureRun run = FixtureRun.bare(dir);
        if (noisePer != null) {
            run.parameter("ionq.emulator.noise-per", noisePer);
        }
        EngineExecutionResults results = run.run("NoisePerFixture");
        assertThat(FixtureRun.describeFailures(results)).isEmpty();
        return results.testEvents().reportingEntryPublished().stream()
                .map(event -> event.getPayload(ReportEntry.class).orElseThrow().getKeyValuePairs().get("ones"))
                .mapToLong(Long::parseLong).findFirst().orElseThrow();
    }

    @Test
    void perSubmittedGateByDefaultAndPerNativeGateWhenConfigured() {
        // a one-qubit channel after each of the 200 gates: over a quarter of the shots end in |1⟩
        // (730 of 2000 with seed 5)
        assertThat(onesWith(null)).isGreaterThan(500);
        assertThat(onesWith("Submitted")).isEqualTo(onesWith(null));
        // rz is virtual: the compiled circuit has no gates, so no channels
        assertThat(onesWith("native")).isZero();
    }

    @Test
    void aValueOtherThanSubmittedOrNativeFailsNamingBoth() {
        EngineExecutionResults results = FixtureRun.bare(dir).parameter("ionq.emulator.noise-per", "per-gate")
                .run("NoisePerFixture");

        results.testEvents().assertStatistics(stats -> stats.succeeded(0));
        assertThat(FixtureRun.describeFailures(results)).contains("ionq.emulator.noise-per = \"per-gate\" is not one"
                + " of its values: set ionq.emulator.noise-per=submitted or ionq.emulator.noise-per=native (as a system"
                + " property, environment variable or in junit-platform.properties)");
    }
}
