package io.github.ionqci.client;

import io.github.ionqci.emulator.IonQEmulator;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Pattern;

/** One API key for the whole suite (a unique marker the leak guard looks for) and fast settings for tests. */
public final class TestSupport {

    /** The API key of every emulator and client in the suite: must never appear in a log, exception or toString. */
    public static final String KEY = "ionqci-marker-" + UUID.randomUUID().toString().replace("-", "");

    private static final Pattern ELAPSED = Pattern.compile("over [0-9.]+(ms|s)");
    private static final Pattern AWAITED = Pattern.compile("\\(awaited [0-9hms.]+\\)");

    private TestSupport() {
    }

    /** @return an emulator on loopback that accepts {@link #KEY} */
    public static IonQEmulator emulator() {
        KeyLeakGuard.install();
        return IonQEmulator.builder().apiKey(KEY).start();
    }

    /**
     * @param emulator the emulator
     * @return fast settings: millisecond backoffs and polls, short timeouts
     */
    public static IonQConfig.Builder config(IonQEmulator emulator) {
        return IonQConfig.builder()
                .apiKey(KEY)
                .baseUrl(emulator.baseUrl())
                .maxAttempts(6)
                .retryBackoff(Duration.ofMillis(2), Duration.ofMillis(20))
                .maxRetryAfter(Duration.ofMillis(50))
                .maxRetryTime(Duration.ofSeconds(5))
                .requestTimeout(Duration.ofSeconds(5))
                .connectTimeout(Duration.ofSeconds(2))
                .awaitTimeout(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(10))
                .maxPollInterval(Duration.ofMillis(100));
    }

    /**
     * @param emulator the emulator
     * @return a client with {@link #config}
     */
    public static IonQClient client(IonQEmulator emulator) {
        return IonQClient.create(config(emulator).build());
    }

    /**
     * Waits (at most a second) until the emulator's request log stops growing: it records a request
     * just after answering it, so the last one may land a moment after the client has the answer.
     *
     * @param emulator the emulator
     * @return its request log, settled
     */
    public static java.util.List<io.github.ionqci.emulator.RecordedRequest> settledRequests(IonQEmulator emulator) {
        long end = System.nanoTime() + Duration.ofSeconds(1).toNanos();
        int last = -1;
        while (System.nanoTime() < end) {
            int now = emulator.requests().count();
            if (now == last) {
                break;
            }
            last = now;
            try {
                Thread.sleep(30);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return emulator.requests().list();
    }

    /**
     * @param message a message
     * @return it with varying parts made stable: elapsed times become {@code over T}, {@code (awaited T)}
     */
    public static String stable(String message) {
        return AWAITED.matcher(ELAPSED.matcher(message).replaceAll("over T")).replaceAll("(awaited T)");
    }
}
