package io.github.ionqci.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.github.ionqci.testcontainers.scenarios.DisabledWithoutDockerScenario;
import io.github.ionqci.testcontainers.scenarios.PerTestEmulatorScenario;
import io.github.ionqci.testcontainers.scenarios.SharedEmulatorScenario;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;
import org.testcontainers.DockerProbeTripwire;

/**
 * Runs {@code @Testcontainers} classes with {@code @Container IonQEmulatorStartable} fields through
 * the real Testcontainers JUnit extension, via EngineTestKit, and checks the lifecycle and that no
 * Docker engine is looked for.
 */
class StartableInTestcontainersExtensionTest {

    @BeforeEach
    void forgetEarlierRuns() {
        SharedEmulatorScenario.SEEN.clear();
        PerTestEmulatorScenario.SEEN.clear();
        PerTestEmulatorScenario.STARTABLES.clear();
    }

    @Test
    void staticFieldIsOneEmulatorForTheClassAndIsStoppedAfterIt() {
        Events tests = run(SharedEmulatorScenario.class);

        tests.assertStatistics(stats -> stats.started(2).succeeded(2).failed(0));
        assertThat(SharedEmulatorScenario.SEEN).hasSize(2);
        assertThat(SharedEmulatorScenario.SEEN.get(0)).isSameAs(SharedEmulatorScenario.SEEN.get(1));
        assertThat(SharedEmulatorScenario.ionq.isRunning()).isFalse();
        assertStopped(SharedEmulatorScenario.SEEN.get(0).baseUrl());
    }

    @Test
    void instanceFieldIsAFreshEmulatorForEachTestAndIsStoppedAfterIt() {
        Events tests = run(PerTestEmulatorScenario.class);

        tests.assertStatistics(stats -> stats.started(2).succeeded(2).failed(0));
        assertThat(PerTestEmulatorScenario.SEEN).hasSize(2);
        assertThat(PerTestEmulatorScenario.SEEN.get(0)).isNotSameAs(PerTestEmulatorScenario.SEEN.get(1));
        assertThat(PerTestEmulatorScenario.STARTABLES).allSatisfy(ionq -> assertThat(ionq.isRunning()).isFalse());
        PerTestEmulatorScenario.SEEN.forEach(emulator -> assertStopped(emulator.baseUrl()));
    }

    @Test
    void theExtensionDoesNotLookForDockerWhenDisabledWithoutDockerIsFalse() {
        AtomicReference<Events> tests = new AtomicReference<>();

        boolean probed = DockerProbeTripwire.dockerProbedDuring(() -> tests.set(run(SharedEmulatorScenario.class)));

        tests.get().assertStatistics(stats -> stats.succeeded(2).failed(0));
        assertThat(probed).as("Testcontainers asked for a Docker client").isFalse();
    }

    @Test
    void theTripwireDoesSeeTheLookupThatDisabledWithoutDockerTrueMakes() {
        // The control case: without it, a tripwire that never fires would prove nothing above.
        boolean probed = DockerProbeTripwire.dockerProbedDuring(() -> run(DisabledWithoutDockerScenario.class));

        assertThat(probed).as("Testcontainers asked for a Docker client").isTrue();
    }

    private static Events run(Class<?> scenario) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(scenario)).execute().testEvents();
    }

    private static void assertStopped(String baseUrl) {
        assertThatThrownBy(() -> Http.health(baseUrl))
                .as("the emulator at %s should be stopped", baseUrl)
                .isInstanceOf(UncheckedIOException.class);
    }
}
