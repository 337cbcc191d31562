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

/** An instance {@code @Container} field: a fresh emulator for every test method. */
@Testcontainers
public class PerTestEmulatorScenario {

    /** The emulators the tests saw, with the startable each came from. */
    public static final List<IonQEmulator> SEEN = new CopyOnWriteArrayList<>();
    public static final List<IonQEmulatorStartable> STARTABLES = new CopyOnWriteArrayList<>();

    @Container
    IonQEmulatorStartable ionq = new IonQEmulatorStartable();

    @Test
    void first() {
        record();
    }

    @Test
    void second() {
        record();
    }

    private void record() {
        assertThat(Http.listJobs(ionq.getBaseUrl(), ionq.getApiKey()).statusCode()).isEqualTo(200);
        SEEN.add(ionq.emulator());
        STARTABLES.add(ionq);
    }
}
