package io.github.ionqci.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The emulator's own HTTP/1.1 server over raw sockets: every request it cannot read (a bad request line, target,
 * header or body framing) gets IonQ's JSON error body with a 4xx/5xx status that says what is wrong (never an
 * HTML page, never a 500), the connection is closed after it, and the server goes on serving. Keep-alive,
 * pipelining, HTTP/1.0, chunked bodies, {@code Expect: 100-continue}, {@code HEAD} and an ignored
 * {@code Upgrade: h2c} work as clients expect. The {@code @Timeout} guards against hangs; it is not a speed target.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HttpProtocolTest extends EmulatorTestBase {

    private static final String KEY_HEADER = "Authorization: apiKey " + IonQEmulator.DEFAULT_API_KEY + "\r\n";
    private static final String JOB = "{\"type\":\"ionq.circuit.v1\",\"backend\":\"simulator\",\"input\":"
            + SubmitJobTest.BELL + "}";

    /** A response read off the socket: status, headers by lower-case name, body. */
    private record Raw(int status, Map<String, String> headers, String body) {
        JsonNode ionqError(int expected) {
            assertThat(status).as(body).isEqualTo(expected);
            assertThat(headers.get("content-type")).as("content type").startsWith("application/json");
            assertThat(body).doesNotContain("<html").doesNotContain("<HTML");
            JsonNode json = Http.parse(body);
            assertThat(json.get("statusCode").asInt()).isEqualTo(expected);
            assertThat(json.get("error").asText()).isNotBlank();
            assertThat(json.get("message").asText()).isNotBlank();
            return json;
        }
    }

    @AfterEach
    void theServerStillServes() throws IOException {
        assertThat(http.send("GET", "/health", null, null).statusCode()).isEqualTo(200);
        assertThat(http.get("/v0.4/jobs").statusCode()).isEqualTo(200);
    }

    static Stream<Arguments> unreadable() {
        String post = "POST /v0.4/jobs HTTP/1.1\r\nHost: x\r\n" + KEY_HEADER + "Content-Type: application/json\r\n";
        return Stream.of(
                Arguments.of("asterisk target", "GET * HTTP/1.1\r\nHost: x\r\n\r\n", 400, "is not a path"),
                Arguments.of("OPTIONS asterisk", "OPTIONS * HTTP/1.1\r\nHost: x\r\n\r\n", 400, "is not a path"),
                Arguments.of("DEL in the target", "GET /v0.4/jobs/\u007f HTTP/1.1\r\nHost: x\r\n\r\n", 400,
                        "control character (0x7f) at position 12; percent-encode it (%7F)"),
                Arguments.of("NUL in the target", "GET /health\u0000 HTTP/1.1\r\nHost: x\r\n\r\n", 400,
                        "control character (0x00)"),
                Arguments.of("non-ASCII in the target", "GET /v0.4/jobs/\u00e9 HTTP/1.1\r\nHost: x\r\n\r\n", 400,
                        "outside ASCII (0xe9)"),
                Arguments.of("space in the target", "GET /v0.4/my jobs HTTP/1.1\r\nHost: x\r\n\r\n", 400,
                        "single spaces"),
                Arguments.of("a fragment", "GET /health#top HTTP/1.1\r\nHost: x\r\n\r\n", 400, "fragment"),
                Arguments.of("no version", "GET /health\r\nHost: x\r\n\r\n", 400, "single spaces"),
                Arguments.of("bad version", "GET /health HTTX/1.1\r\nHost: x\r\n\r\n", 400, "HTTP/1.1 or HTTP/1.0"),
                Arguments.of("HTTP/2.0 as text", "GET /health HTTP/2.0\r\nHost: x\r\n\r\n", 505, "not HTTP/2.0"),
                Arguments.of("method not a token", "G(T /health HTTP/1.1\r\nHost: x\r\n\r\n", 400, "not an HTTP token"),
                Arguments.of("request line over 8 KiB", "GET /v0.4/jobs?ids=" + "a".repeat(9000)
                        + " HTTP/1.1\r\nHost: x\r\n\r\n", 414, "longer than 8192 bytes"),
                Arguments.of("no Host in HTTP/1.1", "GET /health HTTP/1.1\r\n\r\n", 400, "needs a Host header"),
                Arguments.of("two Hosts", "GET /health HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", 400, "2 Host headers"),
                Arguments.of("NUL in a header", "GET /health HTTP/1.1\r\nHost: x\r\nX-Trace: a\u0000b\r\n\r\n", 400,
                        "'X-Trace' holds a control character (0x00)"),
                Arguments.of("bare CR in a header", "GET /health HTTP/1.1\r\nHost: x\r\nX-Trace: a\rb\r\n\r\n", 400,
                        "control character (0x0d)"),
                Arguments.of("header without colon", "GET /health HTTP/1.1\r\nHost: x\r\nAuthorization apiKey "
                        + IonQEmulator.DEFAULT_API_KEY + "\r\n\r\n", 400, "Header line 2 has no colon"),
                Arguments.of("space before the colon", "GET /health HTTP/1.1\r\nHost : x\r\n\r\n", 400,
                        "no white space before the colon"),
                Arguments.of("folded header", "GET /health HTTP/1.1\r\nHost: x\r\nX-A: 1\r\n  2\r\n\r\n", 400,
                        "folded header"),
                Arguments.of("101 headers", "GET /health HTTP/1.1\r\nHost: x\r\n" + "X-A: 1\r\n".repeat(100) + "\r\n",
                        431, "more than 100 headers"),
                Arguments.of("header block over 64 KiB", "GET /health HTTP/1.1\r\nHost: x\r\n"
                        + ("X-A: " + "b".repeat(8000) + "\r\n").repeat(9) + "\r\n", 431, "larger than 64 KiB"),
                Arguments.of("Content-Lengths that differ", post + "Content-Length: 2\r\nContent-Length: 3\r\n\r\n{}",
                        400, "Content-Lengths that differ"),
                Arguments.of("Content-Length list that differs", post + "Content-Length: 2, 3\r\n\r\n{}", 400,
                        "Content-Lengths that differ"),
                Arguments.of("negative Content-Length", post + "Content-Length: -1\r\n\r\n", 400,
                        "is not a number of bytes"),
                Arguments.of("non-numeric Content-Length", post + "Content-Length: 1e3\r\n\r\n", 400,
                        "is not a number of bytes"),
                Arguments.of("Content-Length past a long", post + "Content-Length: 99999999999999999999\r\n\r\n", 400,
                        "is not a number of bytes"),
                Arguments.of("unknown Transfer-Encoding", post + "Transfer-Encoding: gzip\r\n\r\n", 501,
                        "'Transfer-Encoding: chunked' or a Content-Length, not 'Transfer-Encoding: gzip'"),
                Arguments.of("chunked under gzip", post + "Transfer-Encoding: gzip, chunked\r\n\r\n0\r\n\r\n", 501,
                        "not 'Transfer-Encoding: gzip, chunked'"),
                Arguments.of("chunked and Content-Length", post + "Transfer-Encoding: chunked\r\nContent-Length: 5\r\n"
                        + "\r\n0\r\n\r\n", 400, "both Transfer-Encoding and Content-Length"),
                Arguments.of("bad chunk size", post + "Transfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n", 400,
                        "bad chunk-size line 'zz'"),
                Arguments.of("negative chunk size", post + "Transfer-Encoding: chunked\r\n\r\n-2\r\n{}\r\n0\r\n\r\n",
                        400, "bad chunk-size line '-2'"),
                Arguments.of("chunk longer than its size", post + "Transfer-Encoding: chunked\r\n\r\n1\r\n{}\r\n0\r\n"
                        + "\r\n", 400, "longer than its size line says"),
                Arguments.of("huge chunk size", post + "Transfer-Encoding: chunked\r\n\r\nffffffffffffffffff\r\n", 400,
                        "bad chunk-size line"),
                Arguments.of("unknown Expect", post + "Expect: 200-ok\r\nContent-Length: 2\r\n\r\n{}", 417,
                        "only 'Expect: 100-continue'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unreadable")
    void anUnreadableRequestGetsIonQsErrorBodyAndTheConnectionCloses(String name, String request, int status,
            String says) throws IOException {
        try (Socket socket = connect()) {
            send(socket, request);
            InputStream in = socket.getInputStream();
            JsonNode error = read(in).ionqError(status);
            assertThat(error.get("message").asText()).contains(says).doesNotContain(IonQEmulator.DEFAULT_API_KEY);
            assertThat(endOfStream(in)).as("the connection is closed after the answer").isTrue();
        }
    }

    @Test
    void pipelinedRequestsAreAnsweredInOrderUntilABadOne() throws IOException {
        try (Socket socket = connect()) {
            send(socket, "GET /health HTTP/1.1\r\nHost: x\r\n\r\n"
                    + "POST /v0.4/jobs HTTP/1.1\r\nHost: x\r\n" + KEY_HEADER + "Content-Type: application/json\r\n"
                    + "Content-Length: " + JOB.length() + "\r\n\r\n" + JOB
                    + "GET /v0.4/jobs HTTP/1.1\r\nHost: x\r\n" + KEY_HEADER + "\r\n"
                    + "GET * HTTP/1.1\r\nHost: x\r\n\r\n"
                    + "GET /health HTTP/1.1\r\nHost: x\r\n\r\n");
            InputStream in = socket.getInputStream();
            assertThat(read(in).status()).isEqualTo(200);
            Raw created = read(in);
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            String id = Http.parse(created.body()).get("id").asText();
            Raw listing = read(in);
            assertThat(listing.status()).isEqualTo(200);
            assertThat(listing.body()).contains(id);
            read(in).ionqError(400);
            assertThat(endOfStream(in)).as("nothing after the bad request is answered").isTrue();
        }
    }

    @Test
    void aKeptAliveConnectionServesManyRequestsAndClosesWhenAsked() throws IOException {
        try (Socket socket = connect()) {
            InputStream in = socket.getInputStream();
            for (int i = 0; i < 5; i++) {
                send(socket, "GET /v0.4/jobs/nope HTTP/1.1\r\nHost: x\r\n" + KEY_HEADER + "\r\n");
                read(in).ionqError(404);
            }
            send(socket, "GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
            Raw last = read(in);
            assertThat(last.status()).isEqualTo(200);
            assertThat(last.headers()).containsEntry("connection", "close");
            assertThat(last.headers().get("date"))
                    .matches("[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT");
            assertThat(last.headers()).containsKey("x-request-id");
            assertThat(endOfStream(in)).isTrue();
        }
    }

    @Test
    void http10ClosesUnlessAskedToKeepAlive() throws IOException {
        try (Socket socket = connect()) {
            send(socket, "GET /health HTTP/1.0\r\n\r\n");
            InputStream in = socket.getInputStream();
            Raw response = read(in);
            assertThat(response.status()).isEqualTo(200);
            assertThat(Http.parse(response.body()).get("status").asText()).isEqualTo("ok");
            assertThat(endOfStream(in)).isTrue();
        }
        try (Socket socket = connect()) {
            InputStream in = socket.getInputStream();
            send(socket, "GET /health HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
            Raw first = read(in);
            assertThat(first.status()).isEqualTo(200);
            assertThat(first.headers()).containsEntry("connection", "keep-alive");
            send(socket, "GET * HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
            read(in).ionqError(400);
            assertThat(endOfStream(in)).isTrue();
        }
    }

    @Test
    void aChunkedBodyIsReadAndTheConnectionKept() throws IOException {
        try (Socket socket = connect()) {
            String half = JOB.substring(0, JOB.length() / 2);
            String rest = JOB.substring(JOB.length() / 2);
            send(socket, "POST /v0.4/jobs HTTP/1.1\r\nHost: x\r\n" + KEY_HEADER + "Content-Type: application/json\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n" + Integer.toHexString(half.length()) + ";ext=1\r\n" + half
                    + "\r\n" + Integer.toHexString(rest.length()).toUpperCase(Locale.ROOT) + "\r\n" + rest
                    + "\r\n0\r\nX-Trailer: dropped\r\n\r\n");
            InputStream in = socket.getInputStream();
            Raw created = read(in);
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            send(socket, "GET /v0.4/jobs/" + Http.parse(created.body()).get("id").asText() + " HTTP/1.1\r\nHost: x\r\n"
                    + KEY_HEADER + "\r\n");
            assertThat(read(in).status()).isEqualTo(200);
        }
    }

    @Test
    void aChunkedBodyOver10MbIs413() throws IOException {
        try (Socket socket = connect()) {
            send(socket, "POST /v0.4/jobs HTTP/1.1\r\nHost: x\r\n" + KEY_HEADER + "Content-Type: application/json\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n");
            String chunk = "100000\r\n" + " ".repeat(0x100000) + "\r\n";
            for (int i = 0; i < 11; i++) {
                send(socket, chunk);
            }
            send(socket, "0\r\n\r\n");
            assertThat(read(socket.getInputStream()).ionqError(413).get("message").asText())
                    .isEqualTo("The request body is larger than 10 MB; split the job into smaller ones.");
        }
    }

    @Test
    void expect100ContinueIsAnsweredBeforeTheBody() throws IOException {
        try (Socket socket = connect()) {
            send(socket, "POST /v0.4/jobs HTTP/1.1\r\nHost: x\r\n" + KEY_HEADER + "Content-Type: application/json\r\n"
                    + "Expect: 100-continue\r\nContent-Length: " + JOB.length() + "\r\n\r\n");
            InputStream in = socket.getInputStream();
            assertThat(read(in).status()).isEqualTo(100);
            send(socket, JOB);
            Raw created = read(in);
            assertThat(created.status()).as(created.body()).isEqualTo(201);
        }
    }

    @Test
    void headAnswersHeadersOnlyAndTheNextRequestFollows() throws IOException {
        try (Socket socket = connect()) {
            send(socket, "HEAD /health HTTP/1.1\r\nHost: x\r\n\r\nGET /health HTTP/1.1\r\nHost: x\r\n\r\n");
            InputStream in = socket.getInputStream();
            Map<String, String> headers = readHead(in).headers();
            assertThat(Integer.parseInt(headers.get("content-length"))).isPositive();
            Raw next = read(in);
            assertThat(next.status()).isEqualTo(200);
            assertThat(Http.parse(next.body()).get("status").asText()).isEqualTo("ok");
        }
    }

    @Test
    void anH2cUpgradeIsIgnoredAndAnAbsoluteTargetServed() throws IOException {
        try (Socket socket = connect()) {
            send(socket, "GET /health HTTP/1.1\r\nHost: x\r\nConnection: Upgrade, HTTP2-Settings\r\nUpgrade: h2c\r\n"
                    + "HTTP2-Settings: AAEAAEAAAAIAAAABAAMAAABkAAQBAAAAAAUAAEAA\r\n\r\n"
                    + "GET http://127.0.0.1/v0.4/backends HTTP/1.1\r\nHost: x\r\n\r\n");
            InputStream in = socket.getInputStream();
            Raw health = read(in);
            assertThat(health.status()).isEqualTo(200);
            assertThat(health.headers()).doesNotContainKey("upgrade");
            assertThat(read(in).status()).isEqualTo(200);
        }
    }

    @ParameterizedTest
    @EnumSource(HttpClient.Version.class)
    void javaHttpClientWorksWithEitherVersionPreference(HttpClient.Version version) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(version).connectTimeout(Duration.ofSeconds(5)).build();
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> created = client.send(HttpRequest.newBuilder(URI.create(emulator.baseUrl() + "/jobs"))
                    .header("Authorization", "apiKey " + emulator.apiKey()).header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.ofString(JOB)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            assertThat(created.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
            String id = Http.parse(created.body()).get("id").asText();
            HttpResponse<String> job = client.send(HttpRequest.newBuilder(URI.create(emulator.baseUrl() + "/jobs/"
                    + id)).header("Authorization", "apiKey " + emulator.apiKey()).timeout(Duration.ofSeconds(10))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(job.statusCode()).isEqualTo(200);
            HttpResponse<String> expecting = client.send(HttpRequest.newBuilder(
                    URI.create(emulator.baseUrl() + "/jobs")).header("Authorization", "apiKey " + emulator.apiKey())
                    .header("Content-Type", "application/json")
                    .expectContinue(true).timeout(Duration.ofSeconds(10))
                    .POST(HttpRequest.BodyPublishers.ofString(JOB)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(expecting.statusCode()).as(expecting.body()).isEqualTo(201);
        }
    }

    /**
     * A stall before the headers end gets a 408 in IonQ's body; a body that stalls has its connection dropped (the
     * answer would come too late to matter); the server serves on. A standalone server with a 2 s deadline.
     */
    @Test
    void stalledHeadersGet408AndAStalledBodyIsDropped() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Dsun.net.httpserver.maxReqTime=2", "-cp",
                System.getProperty("java.class.path"), IonQEmulatorMain.class.getName(), "--port", "0"));
        Process server = new ProcessBuilder(command).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(),
                    StandardCharsets.UTF_8));
            Matcher port = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/v0\\.4").matcher(out.readLine());
            assertThat(port.find()).isTrue();
            int p = Integer.parseInt(port.group(1));
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), p)) {
                socket.setSoTimeout(20_000);
                send(socket, "GET /v0.4/jobs HTTP/1.1\r\nHost: x\r\n");
                InputStream in = socket.getInputStream();
                assertThat(read(in).ionqError(408).get("message").asText()).contains("within 2 s");
                assertThat(endOfStream(in)).isTrue();
            }
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), p)) {
                socket.setSoTimeout(20_000);
                send(socket, "POST /v0.4/jobs HTTP/1.1\r\nHost: x\r\n" + KEY_HEADER + "Content-Length: 100\r\n\r\n{");
                assertThat(endOfStream(socket.getInputStream())).as("dropped without an answer").isTrue();
            }
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), p)) {
                socket.setSoTimeout(20_000);
                send(socket, "GET /health HTTP/1.1\r\nHost: x\r\n\r\n");
                assertThat(read(socket.getInputStream()).status()).isEqualTo(200);
            }
        } finally {
            server.destroy();
            server.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void closeStopsTheServerAndItsThreads() throws Exception {
        long before = httpThreads();
        IonQEmulator own = IonQEmulator.start();
        List<Socket> idle = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                Socket socket = new Socket(InetAddress.getLoopbackAddress(), own.port());
                idle.add(socket);
                socket.setSoTimeout(10_000);
                send(socket, "GET /health HTTP/1.1\r\nHost: x\r\n\r\n");
                assertThat(read(socket.getInputStream()).status()).isEqualTo(200);
            }
            assertThat(httpThreads()).isGreaterThanOrEqualTo(before + 4);   // the accept thread and one per connection
            own.close();
            for (Socket socket : idle) {
                assertThat(endOfStream(socket.getInputStream())).as("an idle kept-alive connection is closed").isTrue();
            }
        } finally {
            own.close();
            for (Socket socket : idle) {
                socket.close();
            }
        }
        // a pool thread may take a moment to end after its last task
        for (long end = System.nanoTime() + 5_000_000_000L; httpThreads() > before && System.nanoTime() < end; ) {
            Thread.sleep(20);
        }
        assertThat(httpThreads()).as("the emulator's HTTP threads ended with close()").isLessThanOrEqualTo(before);
    }

    /** @return live threads of the emulators' HTTP servers in this JVM */
    private static long httpThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().startsWith("ionq-emulator-http-")).count();
    }

    private static Socket connect() throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), emulator.port());
        socket.setSoTimeout(20_000);
        return socket;
    }

    private static void send(Socket socket, String text) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(text.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    private static Raw readHead(InputStream in) throws IOException {
        String status = line(in);
        assertThat(status).startsWith("HTTP/1.1 ");
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line = line(in); !line.isEmpty(); line = line(in)) {
            int colon = line.indexOf(':');
            headers.put(line.substring(0, colon).toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
        }
        return new Raw(Integer.parseInt(status.substring(9, 12)), headers, "");
    }

    private static Raw read(InputStream in) throws IOException {
        Raw head = readHead(in);
        if (head.status() == 100) {
            return head;
        }
        int length = Integer.parseInt(head.headers().get("content-length"));
        byte[] body = in.readNBytes(length);
        assertThat(body).hasSize(length);
        return new Raw(head.status(), head.headers(), new String(body, StandardCharsets.UTF_8));
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("the connection closed in a response line: " + line);
            }
            line.write(b);
        }
        String text = line.toString(StandardCharsets.ISO_8859_1);
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
    }

    /** @return whether the server closed the connection with nothing more sent (a reset counts as closed) */
    private static boolean endOfStream(InputStream in) throws IOException {
        try {
            return in.read() < 0;
        } catch (SocketException reset) {
            return true;
        }
    }
}
