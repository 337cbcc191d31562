package io.github.ionqci.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ionqci.emulator.IonQEmulator;
import io.github.ionqci.junit.fixtures.FixtureJobs;
import io.github.ionqci.junit.support.FixtureRun;
import java.lang.reflect.Field;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** The embedded emulator: started once per run, shared by every class that asks for it, stopped at the end. */
class EmulatorModeTest {

    @TempDir
    Path dir;

    @BeforeEach
    void forgetEmulators() throws Exception {
        seen().clear();
    }

    private FixtureRun run() {
        return FixtureRun.bare(dir.resolve("reports"))
                .parameter("ionq.jobs.file", FixtureJobs.writeJobsFile(dir).toString());
    }

    @Test
    void oneEmulatorServesEveryClassOfTheRunAndStopsWhenTheRunEnds() throws Exception {
        EngineExecutionResults results = run().run("EmulatorModeFixture", "EmulatorModeFixture$Again");

        assertThat(FixtureRun.describeFailures(results)).isEmpty();
        results.testEvents().assertStatistics(stats -> stats.succeeded(4));
        List<IonQEmulator> seen = seen();
        assertThat(seen).hasSize(2);
        assertThat(seen.get(0)).isSameAs(seen.get(1));
        assertThatThrownBy(() -> connect(seen.get(0).port())).isInstanceOf(ConnectException.class);
    }

    @Test
    void theConfigurationParameterTurnsTheEmulatorOn() throws Exception {
        EngineExecutionResults results = run().parameter("ionq.emulator", "true")
                .run("EmulatorModeFixture$ByConfiguration");

        assertThat(FixtureRun.describeFailures(results)).isEmpty();
        results.testEvents().assertStatistics(stats -> stats.succeeded(1));
    }

    @Test
    void aValueOtherThanTrueOrFalseFailsWithTheClientsMessage() {
        EngineExecutionResults results = run().parameter("ionq.emulator", "yes")
                .run("EmulatorModeFixture$ByConfiguration");

        results.testEvents().assertStatistics(stats -> stats.succeeded(0));
        assertThat(FixtureRun.describeFailures(results)).contains("ionq.emulator = \"yes\" is neither true nor false:"
                + " set ionq.emulator=true or ionq.emulator=false (as a system property, environment variable or in"
                + " junit-platform.properties)");
    }

    @Test
    void withoutTheEmulatorAskingForItSaysHowToTurnItOn() {
        EngineExecutionResults results = run().run("EmulatorModeFixture$ByConfiguration");

        assertThat(FixtureRun.containerFailures(results).values()).singleElement()
                .satisfies(e -> assertThat(e).hasMessageContaining("No embedded IonQ emulator runs for"
                        + " ByConfiguration: enable it with @IonQTest(emulator = true),"
                        + " IonQExtension.builder().emulator(true), or -Dionq.emulator=true"));
    }

    @SuppressWarnings("unchecked")
    private static List<IonQEmulator> seen() throws Exception {
        Field field = Class.forName("io.github.ionqci.junit.fixtures.EmulatorModeFixture").getDeclaredField("SEEN");
        field.setAccessible(true);
        return (List<IonQEmulator>) field.get(null);
    }

    private static void connect(int port) throws Exception {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
        }
    }
}
