package io.github.ionqci.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.lang.System.Logger.Level;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.List;
import java.util.ResourceBundle;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * {@code IonQConfig.Builder.logger}: every message of the client (the transport's retries, the awaiter's failed
 * rounds) goes to the logger a host gives, none to {@code java.util.logging}, and none holds the API key.
 */
class HostLoggerTest {

    /** A System.Logger that keeps what it is given, as a host's log would print it. */
    static final class RecordingLogger implements System.Logger {
        final List<String> lines = new CopyOnWriteArrayList<>();

        @Override
        public String getName() {
            return "recording";
        }

        @Override
        public boolean isLoggable(Level level) {
            return true;
        }

        @Override
        public void log(Level level, ResourceBundle bundle, String message, Throwable thrown) {
            lines.add(level + " " + message + (thrown == null ? "" : " " + thrown));
        }

        @Override
        public void log(Level level, ResourceBundle bundle, String format, Object... params) {
            lines.add(level + " " + MessageFormat.format(format, params));
        }
    }

    @Test
    void theClientLogsOnlyToTheLoggerItWasGiven() {
        RecordingLogger host = new RecordingLogger();
        String id = UUID.randomUUID().toString();
        IonQClient client = IonQClient.create(IonQConfig.builder()
                .baseUrl("http://127.0.0.1:1/v0.4")   // nothing listens on port 1: every connection is refused
                .apiKey(TestSupport.KEY)
                .maxAttempts(2)
                .retryBackoff(Duration.ofMillis(10), Duration.ofMillis(20))
                .maxRetryTime(Duration.ofSeconds(2))
                .pollInterval(Duration.ofMillis(50))
                .connectGiveUpAfter(Duration.ofSeconds(1))
                .logger(host)
                .build());

        Throwable failure = catchThrowable(() -> client.awaiter().await(List.of(id)));

        assertThat(failure).isInstanceOf(IonQConnectionException.class).hasMessageContaining("127.0.0.1:1");
        assertThat(host.lines).anyMatch(line -> line.startsWith("DEBUG IonQ GET /v0.4/jobs?ids=" + id
                + " failed (ConnectException); attempt 2 of 2 in "));
        assertThat(host.lines).anyMatch(line -> line.startsWith("DEBUG Fetching 1 pending job(s) failed; retrying next"
                + " round: ") && line.contains("cannot connect to http://127.0.0.1:1"));
        assertThat(host.lines).noneMatch(line -> line.contains(TestSupport.KEY));
        assertThat(KeyLeakGuard.lines()).as("java.util.logging").noneMatch(line -> line.contains(id));
    }

    @Test
    void withoutOneTheClientLogsToItsSystemLogger() {
        assertThat(IonQConfig.builder().apiKey(TestSupport.KEY).build().logger().getName())
                .isEqualTo(IonQConfig.LOGGER_NAME).isEqualTo("io.github.ionqci.client");
    }
}
