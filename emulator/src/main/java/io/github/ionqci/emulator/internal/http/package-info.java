/**
 * The emulator's own small HTTP/1.1 server: an accept loop, a bounded pool of connection threads,
 * persistent connections, strict request parsing with size caps and deadlines, and responses with a
 * {@code Content-Length}. Every request it rejects itself (a bad request line, a malformed header, a
 * body it cannot frame, a stall) gets IonQ's JSON error body, never an HTML page.
 *
 * <pre>{@code
 * Handler ok = exchange -> exchange.respond(HttpReply.json(200, Json.object()));
 * try (EmulatorHttpServer server = EmulatorHttpServer.start(new InetSocketAddress(loopback, 0),
 *         ServerSettings.of(Duration.ofSeconds(60)), ok)) {
 *     int port = server.port();
 * }
 * }</pre>
 */
package io.github.ionqci.emulator.internal.http;
