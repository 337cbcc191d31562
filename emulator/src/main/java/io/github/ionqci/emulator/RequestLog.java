package io.github.ionqci.emulator;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Every request the emulator has answered (or cut), in order. Never records headers, so no API key.
 *
 * <pre>{@code
 * assertThat(emulator.requests().count("GET", "/jobs")).isEqualTo(1);   // GET /v0.4/jobs…
 * emulator.requests().reset();
 * }</pre>
 */
public final class RequestLog {

    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();

    RequestLog() {
    }

    void record(RecordedRequest request) {
        requests.add(request);
    }

    /** @return how many requests were seen */
    public int count() {
        return requests.size();
    }

    /**
     * @param method     an HTTP method (any case)
     * @param pathPrefix a path prefix, with or without {@code /v0.4}
     * @return how many requests with that method and path prefix were seen
     */
    public int count(String method, String pathPrefix) {
        return (int) requests.stream().filter(r -> matches(r, method, pathPrefix)).count();
    }

    /** @return every recorded request, oldest first */
    public List<RecordedRequest> list() {
        return List.copyOf(requests);
    }

    /**
     * @param method     an HTTP method (any case), or null for any
     * @param pathPrefix a path prefix, with or without {@code /v0.4}, or null for any
     * @return the matching requests, oldest first
     */
    public List<RecordedRequest> list(String method, String pathPrefix) {
        return requests.stream().filter(r -> matches(r, method, pathPrefix)).toList();
    }

    /** Forgets every request. */
    public void reset() {
        requests.clear();
    }

    private static boolean matches(RecordedRequest r, String method, String prefix) {
        if (method != null && !r.method().equals(method.toUpperCase(Locale.ROOT))) {
            return false;
        }
        if (prefix == null) {
            return true;
        }
        return r.path().startsWith(prefix) || (r.path().startsWith(IonQEmulator.API_PREFIX)
                && r.path().substring(IonQEmulator.API_PREFIX.length()).startsWith(prefix));
    }
}
