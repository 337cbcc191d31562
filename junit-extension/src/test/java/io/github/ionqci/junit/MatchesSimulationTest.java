package io.github.ionqci.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ionqci.client.result.Probabilities;
import io.github.ionqci.emulator.IonQEmulator;
import io.github.ionqci.junit.assertions.IonQAssertions;
import io.github.ionqci.junit.support.FixtureRun;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** {@code matchesSimulationOf}: emulator jobs against the emulator's own exact simulation, through a real run. */
class MatchesSimulationTest {

    IonQEmulator emulator;

    @TempDir
    Path dir;

    @BeforeEach
    void startEmulator() {
        emulator = IonQEmulator.start();
    }

    @AfterEach
    void stopEmulator() {
        emulator.close();
    }

    @Test
    void passesOnIdealAndNoisyJobsAndFailsWhenOneGateDiffers() {
        EngineExecutionResults results = FixtureRun.against(emulator, dir).run("SimulationFixture");
        Map<String, Throwable> failures = FixtureRun.failuresByTest(results);

        assertThat(failures.keySet()).containsExactlyInAnyOrder("oneGateOffIdeal", "oneGateOffNoisy");
        assertThat(failures.get("oneGateOffIdeal"))
                .hasMessageContaining("to be within total variation distance 1.00e-09")
                .hasMessageContaining("Expected distribution: the emulator's simulation of \"circuits/ghz5.json\" with"
                        + " noise model ideal (exact state-vector probabilities).");
        assertThat(failures.get("oneGateOffNoisy"))
                .hasMessageContaining("to fit the expected distribution (Pearson χ² goodness of fit, 10000 shots)")
                .hasMessageContaining("largest contributions: 01111")
                .hasMessageContaining("with noise model aria-1 (exact density-matrix probabilities)");
        results.testEvents().assertStatistics(stats -> stats.succeeded(6).failed(2));
    }

    @Test
    void withoutARecordedCircuitItSaysHowToNameOne() {
        assertThatThrownBy(() -> IonQAssertions.assertThat(Probabilities.ofBitstrings(Map.of("0", 1.0)))
                .matchesSimulation())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Cannot tell which circuit this distribution ran: it comes from no job.")
                .hasMessageContaining("name the circuit with matchesSimulationOf(\"circuits/….json\")");
    }
}
