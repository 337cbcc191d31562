package io.github.ionqci.client.session;

import java.time.Instant;

/**
 * An IonQ session, as {@code GET /sessions/{id}} describes it.
 *
 * <pre>{@code
 * Session s = client.getSession(id);
 * if (s.active()) { client.endSession(id); }
 * }</pre>
 *
 * @param id        the session id
 * @param backend   its backend, or null
 * @param status    {@code created}, {@code started} or {@code ended}
 * @param active    whether it accepts jobs
 * @param limits    its limits
 * @param createdAt when it was created, or null
 * @param startedAt when its first job started it, or null
 * @param endedAt   when it ended, or null
 */
public record Session(String id, String backend, String status, boolean active, SessionLimits limits,
                      Instant createdAt, Instant startedAt, Instant endedAt) {
}
