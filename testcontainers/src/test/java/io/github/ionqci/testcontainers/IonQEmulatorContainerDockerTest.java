package io.github.ionqci.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * The emulator in a real container. Runs only where a Docker engine is found; elsewhere it is
 * skipped, and the skip reason (printed to the build output) says that no Docker engine was found.
 */
@EnabledIfDockerAvailable
@Testcontainers
class IonQEmulatorContainerDockerTest {

    @Container
    static IonQEmulatorContainer ionq = new IonQEmulatorContainer().withApiKey("docker-test-key");

    @Test
    void servesHealthWithoutAKeyAndTheApiWithTheKey() {
        assertThat(ionq.getBaseUrl()).matches("http://[^/]+:\\d+/v0\\.4");
        assertThat(Http.health(ionq.getBaseUrl()).statusCode()).isEqualTo(200);
        assertThat(Http.listJobs(ionq.getBaseUrl(), ionq.getApiKey()).statusCode()).isEqualTo(200);
        assertThat(Http.listJobs(ionq.getBaseUrl(), "wrong-key").statusCode()).isEqualTo(401);
    }

    @Test
    void runsACircuitOnTheSimulator() throws InterruptedException {
        assertThat(BellCircuit.probabilities(ionq.getBaseUrl(), ionq.getApiKey()))
                .containsOnlyKeys("0", "3")
                .allSatisfy((state, p) -> assertThat(p).isCloseTo(0.5, within(1e-12)));
    }

    @Test
    void theContainerLogNeverShowsTheApiKey() {
        assertThat(ionq.getLogs()).isNotBlank().doesNotContain("docker-test-key");
        assertThat(ionq.toString()).doesNotContain("docker-test-key");
    }

    @Test
    void putsNoiseChannelsAfterEachNativeGateWhenTold() throws InterruptedException {
        try (IonQEmulatorContainer nativeNoise = new IonQEmulatorContainer()
                .withNoisePer(io.github.ionqci.emulator.NoiseAccounting.NATIVE)) {
            nativeNoise.start();
            assertThat(nativeNoise.getLogs()).contains("noise per native gate");
            // rz is virtual: no channels, so every shot stays in |0⟩ (per submitted gate over a quarter would not)
            assertThat(BellCircuit.probabilities(nativeNoise.getBaseUrl(), nativeNoise.getApiKey(), BellCircuit.RZ_UNDER_NOISE))
                    .containsExactly(org.assertj.core.api.Assertions.entry("0", 1.0));
        }
    }
}
