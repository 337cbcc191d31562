package io.github.ionqci.junit.internal;

import io.github.ionqci.junit.run.RunConfiguration;
import io.github.ionqci.client.Durations;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * How long to wait for a job and how often to poll it. Resolved per injection point: the
 * {@code @IonQJob} attribute, then {@code @IonQTest} or the extension builder, then the
 * {@code ionq.await.timeout} / {@code ionq.await.poll-interval} configuration, then the defaults.
 *
 * @param timeout      how long to wait before failing the test
 * @param pollInterval the first poll interval, or null for the client's default
 */
record AwaitSettings(Duration timeout, Duration pollInterval) {

    /** The default await timeout in tests. */
    static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(10);

    static AwaitSettings resolve(String timeout, String pollInterval, ExtensionSettings settings,
                                 RunConfiguration config, Object where) {
        Duration resolvedTimeout = parse(timeout, "timeout", where)
                .or(() -> Optional.ofNullable(settings.timeout()))
                .or(() -> config.setting(RunConfiguration.AWAIT_TIMEOUT)
                        .map(v -> parse(v, RunConfiguration.AWAIT_TIMEOUT, "the configuration").orElseThrow()))
                .orElse(DEFAULT_TIMEOUT);
        Duration resolvedPoll = parse(pollInterval, "pollInterval", where)
                .or(() -> Optional.ofNullable(settings.pollInterval()))
                .or(() -> config.setting(RunConfiguration.POLL_INTERVAL)
                        .map(v -> parse(v, RunConfiguration.POLL_INTERVAL, "the configuration").orElseThrow()))
                .orElse(null);
        return new AwaitSettings(resolvedTimeout, resolvedPoll);
    }

    private static Optional<Duration> parse(String text, String attribute, Object where) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Duration duration;
        try {
            duration = Durations.parse(text.trim());
        } catch (RuntimeException e) {
            throw new ExtensionConfigurationException(attribute + " = \"" + text + "\" in " + where
                    + " is not a duration: write it as 30s, 10m, PT10M or 500ms.", e);
        }
        if (duration.isNegative() || duration.isZero()) {
            throw new ExtensionConfigurationException(attribute + " = \"" + text + "\" in " + where
                    + " must be longer than zero.");
        }
        return Optional.of(duration);
    }
}
