package io.github.ionqci.emulator;

import java.time.Instant;

/**
 * One request the emulator saw.
 *
 * <pre>{@code
 * List<RecordedRequest> posts = emulator.requests().list("POST", "/jobs");
 * posts.get(0).status();      // 201 for a created job; 0 if the connection was closed without a response
 * }</pre>
 *
 * @param method the HTTP method
 * @param path   the path, such as {@code /v0.4/jobs/…}
 * @param query  the raw query string, or null
 * @param status the status sent, or 0 when the connection was closed without a response
 * @param at     when it arrived
 */
public record RecordedRequest(String method, String path, String query, int status, Instant at) {
}
