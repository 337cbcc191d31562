package io.github.ionqci.emulator;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * A test class against one emulator over real sockets and an {@link Http} client for it, started before
 * the class's own {@code @BeforeAll} methods and closed after its tests. What a test class resets between
 * its tests stays in its own {@code @BeforeEach}.
 *
 * <pre>{@code
 * class JobListingTest extends EmulatorTestBase {
 *     @Test
 *     void listsJobs() throws IOException {
 *         emulator.jobs().add(EmulatedJob.completed());
 *         assertThat(http.json("/v0.4/jobs").get("jobs")).hasSize(1);
 *     }
 * }
 * }</pre>
 *
 * <p>The fields are static and shared by the subclasses (so {@link SubmitJobTest}'s static helpers serve
 * {@link BadPayloadTableTest} too): test classes of this module run one at a time.
 */
abstract class EmulatorTestBase {

    /** The running emulator. */
    static IonQEmulator emulator;
    /** A real-socket client of {@link #emulator}. */
    static Http http;

    @BeforeAll
    static void startEmulator() {
        emulator = IonQEmulator.start();
        http = new Http(emulator);
    }

    @AfterAll
    static void stopEmulator() {
        emulator.close();
    }
}
