package io.github.ionqci.client;

import io.github.ionqci.emulator.IonQEmulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * A test class against one emulator over real sockets and one client with {@link TestSupport}'s fast
 * settings, started before the class's own {@code @BeforeAll} methods and closed after its tests. What a
 * test class resets between its tests stays in its own {@code @BeforeEach}.
 *
 * <pre>{@code
 * class ClientJobsTest extends EmulatorTestBase {
 *     @Test
 *     void fetchesAJob() {
 *         assertThat(client.getJob(emulator.jobs().add(EmulatedJob.completed())).isCompleted()).isTrue();
 *     }
 * }
 * }</pre>
 *
 * <p>The fields are static and shared by the subclasses: test classes of this module run one at a time.
 */
public abstract class EmulatorTestBase {

    /** The running emulator, accepting {@link TestSupport#KEY}. */
    protected static IonQEmulator emulator;
    /** A client of {@link #emulator} with {@link TestSupport#config}. */
    protected static IonQClient client;

    @BeforeAll
    static void startEmulatorAndClient() {
        emulator = TestSupport.emulator();
        client = TestSupport.client(emulator);
    }

    @AfterAll
    static void stopEmulator() {
        emulator.close();
    }
}
