package io.github.ionqci.testcontainers.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ionqci.testcontainers.IonQEmulatorStartable;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * {@code disabledWithoutDocker = true}: the extension looks for Docker before running anything,
 * even though this emulator does not need it. The control case for the Docker tripwire.
 */
@Testcontainers(disabledWithoutDocker = true)
public class DisabledWithoutDockerScenario {

    @Container
    static IonQEmulatorStartable ionq = new IonQEmulatorStartable();

    @Test
    void runsOnlyWhereDockerIs() {
        assertThat(ionq.isRunning()).isTrue();
    }
}
