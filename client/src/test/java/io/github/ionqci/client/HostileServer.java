package io.github.ionqci.client;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A raw-socket HTTP/1.1 server on loopback that misbehaves on purpose: it writes whatever bytes its
 * {@link Behavior} writes, so it can trickle a body, send one that never ends, break the status line
 * or echo the API key in headers. It records each request line, how many bytes it wrote, and
 * whether the client hung up mid-response (which proves the client stopped reading).
 */
final class HostileServer implements AutoCloseable {

    /** What the server answers to one request. */
    @FunctionalInterface
    interface Behavior {
        /**
         * @param request the request line and headers, such as {@code GET /v0.4/jobs/… HTTP/1.1}
         * @param out     the connection; the server closes it afterwards
         * @throws IOException when the client hung up
         */
        void answer(String request, Counting out) throws IOException, InterruptedException;
    }

    /** The connection's output, counting what was written. */
    static final class Counting {
        private final OutputStream out;
        private final AtomicLong total;

        Counting(OutputStream out, AtomicLong total) {
            this.out = out;
            this.total = total;
        }

        void write(byte[] bytes) throws IOException {
            out.write(bytes);
            out.flush();
            total.addAndGet(bytes.length);
        }

        void write(String text) throws IOException {
            write(text.getBytes(StandardCharsets.UTF_8));
        }

        /** Writes a complete response with a body and {@code Connection: close}. */
        void respond(int status, String contentType, String body, String... headers) throws IOException {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            StringBuilder head = new StringBuilder("HTTP/1.1 ").append(status).append(" X\r\n")
                    .append("Content-Type: ").append(contentType).append("\r\n")
                    .append("Content-Length: ").append(bytes.length).append("\r\n")
                    .append("Connection: close\r\n");
            for (String h : headers) {
                head.append(h).append("\r\n");
            }
            write(head.append("\r\n").toString());
            write(bytes);
        }
    }

    private final ServerSocket socket;
    private final Behavior behavior;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final AtomicLong written = new AtomicLong();
    private final CountDownLatch hungUp = new CountDownLatch(1);
    private final Thread acceptor;

    HostileServer(Behavior behavior) {
        this.behavior = behavior;
        try {
            socket = new ServerSocket();
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        acceptor = new Thread(this::acceptLoop, "hostile-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** @return the base URL, such as {@code http://127.0.0.1:41234/v0.4} */
    String baseUrl() {
        return "http://127.0.0.1:" + socket.getLocalPort() + "/v0.4";
    }

    /** @return the request lines received, in order */
    List<String> requests() {
        return List.copyOf(requests);
    }

    /** @return the bytes written to all connections */
    long written() {
        return written.get();
    }

    /**
     * @param seconds how long to wait
     * @return whether a client closed a connection while the server was still writing to it
     */
    boolean awaitHangUp(long seconds) throws InterruptedException {
        return hungUp.await(seconds, TimeUnit.SECONDS);
    }

    private void acceptLoop() {
        while (!socket.isClosed()) {
            Socket connection;
            try {
                connection = socket.accept();
            } catch (IOException e) {
                return;
            }
            Thread worker = new Thread(() -> serve(connection), "hostile-connection");
            worker.setDaemon(true);
            worker.start();
        }
    }

    private void serve(Socket connection) {
        try (connection) {
            String head = readHead(connection.getInputStream());
            if (head == null) {
                return;
            }
            requests.add(head.lines().findFirst().orElse(""));
            behavior.answer(head, new Counting(connection.getOutputStream(), written));
        } catch (IOException e) {
            hungUp.countDown();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                return null;
            }
            head.write(b);
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // closing anyway
        }
    }

    /**
     * @param id     a job id
     * @param status its status
     * @param qubits its width
     * @return a job body IonQ could send, its probabilities at {@code /v0.4/jobs/{id}/results/probabilities}
     */
    static String job(String id, String status, int qubits) {
        return "{\"id\":\"" + id + "\",\"status\":\"" + status + "\",\"type\":\"ionq.circuit.v1\","
                + "\"backend\":\"simulator\",\"stats\":{\"qubits\":" + qubits + "},"
                + ("completed".equals(status) ? "\"results\":{\"probabilities\":{\"url\":\"/v0.4/jobs/" + id
                + "/results/probabilities\"},\"histogram\":{\"url\":\"/v0.4/jobs/" + id
                + "/results/histogram\"}}," : "") + "\"shots\":100}";
    }
}
