package io.github.ionqci.emulator.internal.http;

import io.github.ionqci.emulator.internal.HttpReply;
import java.io.IOException;
import java.io.InputStream;

/**
 * One request on a connection and its answer: the request line's parts, its headers, its body as framed, and
 * ways to answer it whole, cut short, or not at all.
 *
 * <pre>{@code
 * byte[] body = exchange.requestBody().readAllBytes();   // Expect: 100-continue is answered here
 * exchange.respond(HttpReply.json(200, node));
 * }</pre>
 */
public final class Exchange {

    private final Connection connection;
    private final RequestHead head;
    private final RequestBody body;
    private boolean responded;

    Exchange(Connection connection, RequestHead head, RequestBody body) {
        this.connection = connection;
        this.head = head;
        this.body = body;
    }

    /** @return the method as sent */
    public String method() {
        return head.method();
    }

    /** @return the path, not decoded ({@code %2F} stays as it is) */
    public String rawPath() {
        return head.rawPath();
    }

    /** @return the query after {@code ?}, not decoded, or null */
    public String rawQuery() {
        return head.rawQuery();
    }

    /**
     * @param name a header name, in any case
     * @return its first value, or null
     */
    public String header(String name) {
        return head.header(name);
    }

    /**
     * The body, framed by {@code Content-Length} or chunks. A malformed chunk throws {@link HttpProtocolException};
     * a body that stalls past the request deadline throws {@link java.net.SocketTimeoutException}.
     *
     * @return the request body (empty when there is none)
     */
    public InputStream requestBody() {
        return body;
    }

    /**
     * Sends the reply with its {@code Content-Length} (no body to a {@code HEAD}), a {@code Date} and an
     * {@code x-request-id}.
     *
     * @param reply the reply
     * @throws IOException if the connection fails, or this exchange was already answered
     */
    public void respond(HttpReply reply) throws IOException {
        answer();
        connection.respond(head, body, reply, -1);
    }

    /**
     * Declares the reply's full length, sends only its first bytes, then drops the connection.
     *
     * @param reply the reply
     * @param bytes how many bytes of its body to send
     * @throws IOException if the connection fails, or this exchange was already answered
     */
    public void respondCut(HttpReply reply, int bytes) throws IOException {
        answer();
        connection.respond(head, body, reply, Math.max(0, Math.min(bytes, reply.body().length)));
    }

    /** Ends the exchange; when nothing was sent, drops the connection without an answer. */
    public void close() {
        if (!responded) {
            responded = true;
            connection.drop();
        }
    }

    private void answer() throws IOException {
        if (responded) {
            throw new IOException("this request was already answered (or its connection dropped)");
        }
        responded = true;
    }

    /** @return whether an answer was sent, or the connection dropped */
    boolean done() {
        return responded;
    }
}
