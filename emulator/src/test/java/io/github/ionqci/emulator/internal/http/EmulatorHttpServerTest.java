package io.github.ionqci.emulator.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ionqci.emulator.internal.HttpReply;
import io.github.ionqci.emulator.internal.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The server's own limits over real sockets, with small settings so they are reached: a connection beyond the cap
 * gets a 503 in IonQ's body and the next one after a slot frees is served; a client that stops reading a large
 * response has its connection dropped after the deadline, freeing its thread. The {@code @Timeout} guards against
 * hangs; it is not a speed target.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class EmulatorHttpServerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aConnectionBeyondTheCapGets503AndTheNextOneAfterAFreedSlotIsServed() throws Exception {
        ServerSettings settings = new ServerSettings(2, Duration.ofSeconds(5), Duration.ofSeconds(30));
        try (EmulatorHttpServer server = start(settings, new byte[2]);
             Socket first = connect(server); Socket second = connect(server)) {
            assertThat(get(first)).startsWith("HTTP/1.1 200 ");
            assertThat(get(second)).startsWith("HTTP/1.1 200 ");
            try (Socket third = connect(server)) {
                String refused = new String(third.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(refused).startsWith("HTTP/1.1 503 ").contains("\r\nRetry-After: 1\r\n")
                        .contains("\r\nConnection: close\r\n");
                JsonNode body = JSON.readTree(refused.substring(refused.indexOf("\r\n\r\n") + 4));
                assertThat(body.get("statusCode").asInt()).isEqualTo(503);
                assertThat(body.get("message").asText()).contains("serving 2 connections at once");
            }
            first.close();
            String served = "";
            for (long end = System.nanoTime() + 20_000_000_000L; !served.startsWith("HTTP/1.1 200 ")
                    && System.nanoTime() < end; Thread.sleep(50)) {
                try (Socket next = connect(server)) {
                    served = get(next);
                }
            }
            assertThat(served).startsWith("HTTP/1.1 200 ");
        }
    }

    @Test
    void aClientThatStopsReadingIsDroppedAfterTheDeadline() throws Exception {
        ServerSettings settings = new ServerSettings(1, Duration.ofSeconds(1), Duration.ofSeconds(30));
        try (EmulatorHttpServer server = start(settings, new byte[32 * 1024 * 1024])) {
            try (Socket stalled = connect(server)) {
                stalled.setReceiveBufferSize(4096);
                send(stalled, "GET /big HTTP/1.1\r\nHost: x\r\n\r\n");
                // never read: the server's write blocks until the sweep drops the connection
                String served = "";
                for (long end = System.nanoTime() + 30_000_000_000L; !served.startsWith("HTTP/1.1 200 ")
                        && System.nanoTime() < end; Thread.sleep(200)) {
                    try (Socket next = connect(server)) {
                        served = head(next);
                    }
                }
                assertThat(served).as("a slot freed once the stalled write was dropped").startsWith("HTTP/1.1 200 ");
            }
        }
    }

    private static EmulatorHttpServer start(ServerSettings settings, byte[] body) throws IOException {
        Arrays.fill(body, (byte) ' ');
        body[0] = '{';
        body[body.length - 1] = '}';
        return EmulatorHttpServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), settings,
                exchange -> exchange.respond(exchange.method().equals("HEAD") ? HttpReply.json(200, Json.object())
                        : new HttpReply(200, HttpReply.JSON, body, java.util.Map.of())));
    }

    private static Socket connect(EmulatorHttpServer server) throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port());
        socket.setSoTimeout(20_000);
        return socket;
    }

    private static void send(Socket socket, String request) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(request.getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** @return the response to a GET on a kept-alive connection (its head and small body) */
    private static String get(Socket socket) throws IOException {
        send(socket, "GET / HTTP/1.1\r\nHost: x\r\n\r\n");
        return readSome(socket.getInputStream());
    }

    /** @return the response to a HEAD, or empty when the connection was refused or reset */
    private static String head(Socket socket) throws IOException {
        send(socket, "HEAD / HTTP/1.1\r\nHost: x\r\n\r\n");
        return readSome(socket.getInputStream());
    }

    private static String readSome(InputStream in) throws IOException {
        byte[] buffer = new byte[4096];
        try {
            int n = in.read(buffer);
            return n < 0 ? "" : new String(buffer, 0, n, StandardCharsets.UTF_8);
        } catch (SocketException reset) {
            return "";
        }
    }
}
