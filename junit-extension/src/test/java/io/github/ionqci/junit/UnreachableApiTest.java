package io.github.ionqci.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ionqci.junit.support.FixtureRun;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With IonQ unreachable, a test run stops after ionq.connect.give-up-after, not at the await timeout. */
class UnreachableApiTest {

    @TempDir
    Path dir;

    @Test
    void anUnreachableApiFailsTheTestNamingTheHostAndWhatToCheck() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        Map<String, Throwable> failures = FixtureRun.failuresByTest(FixtureRun.bare(dir.resolve("reports"))
                .parameter("ionq.base-url", "http://127.0.0.1:" + port + "/v0.4")
                .parameter("ionq.api-key", "unreachable-key-0001")
                .parameter("ionq.await.timeout", "30m")
                .parameter("ionq.connect.give-up-after", "1s")
                .parameter("fixture.job", UUID.randomUUID().toString())
                .run("UnreachableFixture"));
        assertThat(failures).containsOnlyKeys("job");
        Throwable failure = failures.get("job");
        StringBuilder messages = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            messages.append(t.getMessage()).append('\n');
        }
        assertThat(messages.toString())
                .contains("Gave up awaiting IonQ jobs after 1s: no request reached 127.0.0.1:" + port)
                .contains("ionq.connect.give-up-after")
                .doesNotContain("unreachable-key-0001");
    }
}
