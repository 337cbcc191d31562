package io.github.ionqci.emulator.internal.http;

import io.github.ionqci.emulator.internal.ApiErrors;
import io.github.ionqci.emulator.internal.HttpReply;
import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One client connection: reads requests one after another (pipelined ones too), hands each to the handler, and
 * writes the answers in order, until the client or the server closes it or a request cannot be read.
 */
final class Connection implements Runnable {

    /** How much of a body the handler left unread is read and dropped to keep the connection. */
    private static final long DRAIN_BYTES = 64 * 1024;
    /** How long a closing connection reads what the client still sends, so the answer is not lost to a reset. */
    private static final long LINGER_MILLIS = 1000;

    private static final Logger LOG = Logger.getLogger(Connection.class.getName());
    /** HTTP's date form (IMF-fixdate), always in GMT with a two-digit day. */
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'",
            Locale.US);

    /** Where a connection is, for closing idle ones and cutting stalled writes. */
    enum State { IDLE, READING, HANDLING, WRITING, CLOSED }

    private final EmulatorHttpServer server;
    private final Socket socket;
    private volatile State state = State.IDLE;
    private volatile long writingSince;
    private ConnectionInput in;
    private OutputStream out;
    private boolean close;

    Connection(EmulatorHttpServer server, Socket socket) {
        this.server = server;
        this.socket = socket;
    }

    State state() {
        return state;
    }

    /** @return when the current write began ({@link System#nanoTime()}), while {@link State#WRITING} */
    long writingSince() {
        return writingSince;
    }

    @Override
    public void run() {
        try {
            socket.setTcpNoDelay(true);
            in = new ConnectionInput(socket);
            out = new BufferedOutputStream(socket.getOutputStream(), 16 * 1024);
            while (!close && !server.closing()) {
                if (!serveOne()) {
                    break;
                }
            }
        } catch (IOException e) {
            LOG.log(Level.FINE, "connection ended", e);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the emulator's HTTP server failed on a connection", e);
        } finally {
            closeSocket();
            server.ended(this);
        }
    }

    /** @return whether to go on with the next request */
    private boolean serveOne() throws IOException {
        state = State.IDLE;
        in.deadline(System.nanoTime() + server.settings().idleTimeout().toNanos());
        try {
            if (!in.awaitData()) {
                return false;
            }
        } catch (SocketTimeoutException idle) {
            return false;
        }
        state = State.READING;
        in.deadline(System.nanoTime() + server.settings().requestTimeout().toNanos());
        RequestHead head;
        RequestBody body;
        try {
            head = RequestHead.read(in);
            if (head == null) {
                return false;
            }
            body = body(head);
        } catch (HttpProtocolException e) {
            reject(e.status(), e.getMessage());
            return false;
        } catch (SocketTimeoutException e) {
            reject(408, "The request did not arrive within " + server.settings().requestTimeout().toSeconds()
                    + " s of its first byte; send the request line and headers at once.");
            return false;
        } catch (EOFException e) {
            return false;
        }
        close = closeRequested(head);
        state = State.HANDLING;
        Exchange exchange = new Exchange(this, head, body);
        server.handler().handle(exchange);
        if (!exchange.done()) {
            respond(head, body, ApiErrors.error(500, "The emulator gave no answer to " + head.method() + " "
                    + head.rawPath() + "."), -1);
        }
        return !close && state != State.CLOSED;
    }

    private RequestBody body(RequestHead head) throws HttpProtocolException {
        RequestBody.Continuation continuation = null;
        String expect = head.header("Expect");
        if (expect != null) {
            if (!expect.equalsIgnoreCase("100-continue") || head.headers("Expect").size() > 1) {
                throw new HttpProtocolException(417, "The emulator knows only 'Expect: 100-continue', not "
                        + RequestHead.quote(String.join(", ", head.headers("Expect"))) + ".");
            }
            if (head.http11()) {
                continuation = this::sendContinue;
            }
        }
        List<String> encodings = head.headers("Transfer-Encoding");
        List<String> lengths = head.headers("Content-Length");
        if (!encodings.isEmpty()) {
            if (!lengths.isEmpty()) {
                throw new HttpProtocolException(400, "The request has both Transfer-Encoding and Content-Length;"
                        + " send one of them.");
            }
            List<String> codings = new ArrayList<>();
            for (String value : encodings) {
                for (String coding : value.split(",")) {
                    if (!coding.isBlank()) {
                        codings.add(coding.strip().toLowerCase(Locale.ROOT));
                    }
                }
            }
            if (!codings.equals(List.of("chunked"))) {
                throw new HttpProtocolException(501, "The emulator reads request bodies sent with"
                        + " 'Transfer-Encoding: chunked' or a Content-Length, not 'Transfer-Encoding: "
                        + RequestHead.quote(String.join(", ", encodings)).replace("'", "") + "'.");
            }
            return RequestBody.chunked(in, continuation);
        }
        long length = 0;
        boolean first = true;
        for (String value : lengths) {
            for (String part : value.split(",", -1)) {
                String digits = part.strip();
                if (digits.isEmpty() || digits.length() > 18 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
                    throw new HttpProtocolException(400, "The Content-Length " + RequestHead.quote(value)
                            + " is not a number of bytes; send the body's length in decimal digits.");
                }
                long parsed = Long.parseLong(digits);
                if (!first && parsed != length) {
                    throw new HttpProtocolException(400, "The request has Content-Lengths that differ ("
                            + RequestHead.quote(String.join(", ", lengths)) + "); send one.");
                }
                length = parsed;
                first = false;
            }
        }
        return RequestBody.fixed(in, length, length == 0 ? null : continuation);
    }

    private static boolean closeRequested(RequestHead head) {
        boolean close = !head.http11();
        for (String value : head.headers("Connection")) {
            for (String option : value.split(",")) {
                String o = option.strip();
                if (o.equalsIgnoreCase("close")) {
                    return true;
                }
                if (o.equalsIgnoreCase("keep-alive")) {
                    close = false;
                }
            }
        }
        return close;
    }

    private void sendContinue() throws IOException {
        out.write("HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** Answers a request the server could not read with IonQ's error body, then closes the connection. */
    private void reject(int status, String message) {
        close = true;
        try {
            write(ApiErrors.error(status, message), false, null, -1);
        } catch (IOException e) {
            LOG.log(Level.FINE, "could not send the " + status, e);
        }
        linger();
    }

    /** Answers 503 on a connection the server has no room for, and closes it at once. */
    void refuse(int max) {
        close = true;
        try {
            socket.setSoTimeout(1000);
            out = new BufferedOutputStream(socket.getOutputStream(), 1024);
            write(ApiErrors.error(503, "The emulator is serving " + max + " connections at once; retry in a"
                    + " moment, or reuse connections (keep-alive).").withHeader("Retry-After", "1"), false, null, -1);
            socket.shutdownOutput();
        } catch (IOException e) {
            LOG.log(Level.FINE, "could not refuse a connection", e);
        } finally {
            closeSocket();
        }
    }

    /** Writes an answer; {@code cut >= 0} sends that many body bytes and drops the connection. */
    void respond(RequestHead head, RequestBody body, HttpReply reply, int cut) throws IOException {
        if (!body.finished()) {
            boolean awaitingContinue = body.broken() || !body.started() && head.header("Expect") != null;
            if (awaitingContinue || !body.skipRest(DRAIN_BYTES)) {
                close = true;
            }
        }
        if (server.closing()) {
            close = true;
        }
        boolean head11 = head.http11();
        write(reply, head.method().equals("HEAD"), head11 || close ? null : "keep-alive", cut);
        if (cut >= 0) {
            close = true;
            closeSocket();
        } else if (close) {
            linger();
        }
    }

    private void write(HttpReply reply, boolean headRequest, String keepAlive, int cut) throws IOException {
        byte[] body = reply.body();
        boolean noBody = reply.status() == 204 || reply.status() == 304;
        StringBuilder h = new StringBuilder(256);
        h.append("HTTP/1.1 ").append(reply.status()).append(' ').append(StatusReasons.reason(reply.status())).append("\r\n");
        h.append("Date: ").append(DATE.format(ZonedDateTime.now(ZoneOffset.UTC))).append("\r\n");
        if (reply.contentType() != null) {
            h.append("Content-Type: ").append(reply.contentType()).append("\r\n");
        }
        if (!noBody) {
            h.append("Content-Length: ").append(body.length).append("\r\n");
        }
        h.append("x-request-id: ").append(UUID.randomUUID()).append("\r\n");
        for (Map.Entry<String, String> header : reply.headers().entrySet()) {
            h.append(header.getKey()).append(": ").append(header.getValue()).append("\r\n");
        }
        if (close) {
            h.append("Connection: close\r\n");
        } else if (keepAlive != null) {
            h.append("Connection: keep-alive\r\n");
        }
        h.append("\r\n");
        writingSince = System.nanoTime();
        state = State.WRITING;
        try {
            out.write(h.toString().getBytes(StandardCharsets.ISO_8859_1));
            if (!headRequest && !noBody) {
                out.write(body, 0, cut >= 0 ? cut : body.length);
            }
            out.flush();
        } finally {
            if (state == State.WRITING) {
                state = State.HANDLING;
            }
        }
    }

    /** Drops the connection without an answer. */
    void drop() {
        close = true;
        closeSocket();
    }

    /** Closes the connection when it waits for a request; a request in progress is left to finish. */
    void closeIfIdle() {
        if (state == State.IDLE) {
            closeSocket();
        }
    }

    void closeSocket() {
        state = State.CLOSED;
        try {
            socket.close();
        } catch (IOException e) {
            LOG.log(Level.FINE, "close failed", e);
        }
    }

    /** Half-closes, reads what the client still sends for a moment (so it reads the answer, not a reset), closes. */
    private void linger() {
        try {
            socket.shutdownOutput();
            in.deadline(System.nanoTime() + LINGER_MILLIS * 1_000_000);
            byte[] scratch = new byte[8192];
            long read = 0;
            while (read < DRAIN_BYTES) {
                int n = in.read(scratch, 0, scratch.length);
                if (n < 0) {
                    break;
                }
                read += n;
            }
        } catch (IOException e) {
            LOG.log(Level.FINEST, "linger ended", e);
        } finally {
            closeSocket();
        }
    }
}
