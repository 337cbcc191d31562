package io.github.ionqci.client.await;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ionqci.client.IonQClient;
import io.github.ionqci.client.IonQConfig;
import io.github.ionqci.client.IonQConnectionException;
import io.github.ionqci.emulator.EmulatedJob;
import io.github.ionqci.emulator.IonQEmulator;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An await stops early when the API cannot be reached at all, and not when a job is merely slow. */
class ConnectGiveUpTest {

    @Test
    void aClosedPortEndsTheAwaitNamingTheHostAndWhatToCheck() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        IonQClient client = IonQClient.create(IonQConfig.builder().apiKey("secret-key-1234")
                .baseUrl("http://127.0.0.1:" + port + "/v0.4").awaitTimeout(Duration.ofMinutes(30))
                .connectGiveUpAfter(Duration.ofSeconds(1)).retryBackoff(Duration.ofMillis(20), Duration.ofMillis(100))
                .pollInterval(Duration.ofMillis(50)).build());
        assertThatThrownBy(() -> client.awaiter().await(List.of(UUID.randomUUID().toString())))
                .isInstanceOf(IonQConnectionException.class)
                .hasMessageContaining("Gave up awaiting IonQ jobs after 1s")
                .hasMessageContaining("no request reached 127.0.0.1:" + port)
                .hasMessageContaining("network").hasMessageContaining("proxy").hasMessageContaining("ionq.base-url")
                .hasMessageContaining("ionq.connect.give-up-after")
                .hasMessageNotContaining("secret-key-1234");
    }

    @Test
    void aSlowJobOutlivesTheGiveUpTimeBecauseTheApiAnswers() {
        try (IonQEmulator emulator = IonQEmulator.start()) {
            String id = emulator.jobs().add(EmulatedJob.completed().lifecycle(Duration.ofMillis(800),
                    Duration.ofMillis(800)));
            IonQClient client = IonQClient.create(IonQConfig.builder().apiKey(emulator.apiKey())
                    .baseUrl(emulator.baseUrl()).connectGiveUpAfter(Duration.ofMillis(300))
                    .pollInterval(Duration.ofMillis(50)).maxPollInterval(Duration.ofMillis(100)).build());
            AwaitResult result = client.awaiter().await(List.of(id));
            assertThat(result.jobs().get(0).outcome()).isEqualTo(AwaitOutcome.COMPLETED);
        }
    }

    @Test
    void theGiveUpTimeIsReadFromItsProperty() {
        IonQConfig config = IonQConfig.builder().apiKey("k")
                .lookup(name -> name.equals("ionq.connect.give-up-after") ? "45s" : null).build();
        assertThat(config.connectGiveUpAfter()).isEqualTo(Duration.ofSeconds(45));
        assertThat(IonQConfig.builder().apiKey("k").build().connectGiveUpAfter()).isEqualTo(Duration.ofMinutes(2));
    }
}
