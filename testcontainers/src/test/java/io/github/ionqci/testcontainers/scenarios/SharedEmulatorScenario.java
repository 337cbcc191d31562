package io.github.ionqci.testcontainers.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ionqci.emulator.IonQEmulator;
import io.github.ionqci.testcontainers.Http;
import io.github.ionqci.testcontainers.IonQEmulatorStartable;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/** A static {@code @Container} field: one emulator for the whole class. */
@Testcontainers
public class SharedEmulatorScenario {

    /** The emulators the tests saw, in order. */
    public static final List<IonQEmulator> SEEN = new CopyOnWriteArrayList<>();

    @Container
    public static IonQEmulatorStartable ionq = new IonQEmulatorStartable().withApiKey("shared-scenario-key");

    @Test
    void answersOverHttp() {
        assertThat(Http.health(ionq.getBaseUrl()).statusCode()).isEqualTo(200);
        assertThat(Http.listJobs(ionq.getBaseUrl(), ionq.getApiKey()).statusCode()).isEqualTo(200);
        SEEN.add(ionq.emulator());
    }

    @Test
    void isTheSameEmulatorInEveryTest() {
        assertThat(ionq.isRunning()).isTrue();
        assertThat(ionq.getApiKey()).isEqualTo("shared-scenario-key");
        assertThat(Http.listJobs(ionq.getBaseUrl(), "wrong-key").statusCode()).isEqualTo(401);
        SEEN.add(ionq.emulator());
    }
}
