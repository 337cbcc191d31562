package io.github.ionqci.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The emulator against clients that misbehave on purpose, over real sockets: payloads past Jackson's
 * limits and odd paths get IonQ's error bodies (never a 500 or the JDK's HTML page), a stalled
 * request body is dropped, and the standalone server fails in one line with exit status 2. The
 * {@code @Timeout} guards against the hangs these tests are about; it is not a speed target.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostileClientTest extends EmulatorTestBase {

    private static JsonNode assertIonQError(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("content-type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/json"));
        JsonNode body = Http.parse(response.body());
        assertThat(body.get("statusCode").asInt()).isEqualTo(status);
        assertThat(body.get("message").asText()).isNotBlank();
        return body;
    }

    @Test
    void jsonPastJacksonsLimitsIsA400NotA500() throws IOException {
        String deep = "{\"type\":\"ionq.circuit.v1\",\"backend\":\"simulator\",\"input\":" + "[".repeat(1200)
                + "]".repeat(1200) + "}";
        JsonNode nested = assertIonQError(http.send("POST", "/v0.4/jobs", deep, emulator.apiKey()), 400);
        assertThat(nested.get("message").asText()).startsWith("The request body is not valid JSON (")
                .contains("nesting depth");
        String longNumber = "{\"type\":\"ionq.circuit.v1\",\"backend\":\"simulator\",\"shots\":" + "9".repeat(1500)
                + ",\"input\":{}}";
        JsonNode number = assertIonQError(http.send("POST", "/v0.4/jobs", longNumber, emulator.apiKey()), 400);
        assertThat(number.get("message").asText()).startsWith("The request body is not valid JSON (")
                .contains("Number value length").hasSizeLessThan(600);
    }

    @Test
    void anEncodedSlashIsAJobIdNotTheListing() throws IOException {
        HttpResponse<String> response = http.get("/v0.4/jobs/%2F");
        assertThat(response.statusCode()).isIn(400, 404);
        assertIonQError(response, response.statusCode());
        assertThat(Http.parse(response.body()).has("jobs")).isFalse();
    }

    @Test
    void aStalledRequestBodyIsDroppedAndTheServerExits2OnBadStarts() throws Exception {
        Process server = standalone(List.of("-Dsun.net.httpserver.maxReqTime=2"), "--port", "0");
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(),
                    StandardCharsets.UTF_8));
            Matcher port = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/v0\\.4").matcher(out.readLine());
            assertThat(port.find()).isTrue();
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), Integer.parseInt(port.group(1)))) {
                socket.setSoTimeout(30_000);
                OutputStream request = socket.getOutputStream();
                request.write(("POST /v0.4/jobs HTTP/1.1\r\nHost: x\r\nAuthorization: apiKey "
                        + IonQEmulator.DEFAULT_API_KEY + "\r\nContent-Type: application/json\r\n"
                        + "Transfer-Encoding: chunked\r\n\r\n5\r\n{\"a\":\r\n").getBytes(StandardCharsets.US_ASCII));
                request.flush();
                // the body never ends: the server must drop the connection (end of stream or a reset)
                InputStream in = socket.getInputStream();
                int read;
                try {
                    read = in.read();
                    while (read >= 0 && in.available() > 0) {
                        read = in.read();
                    }
                } catch (SocketTimeoutException e) {
                    throw new AssertionError("the server still held the stalled connection after 30s", e);
                } catch (IOException reset) {
                    read = -1;
                }
                assertThat(read).as("the server closed the stalled connection").isEqualTo(-1);
            }
        } finally {
            server.destroy();
            server.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"busy-port", "bad-host", "newline-key"})
    void theStandaloneServerFailsInOneLineWithStatus2(String fault) throws Exception {
        try (ServerSocket busy = new ServerSocket()) {
            busy.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            List<String> args = switch (fault) {
                case "busy-port" -> List.of("--port", String.valueOf(busy.getLocalPort()));
                case "bad-host" -> List.of("--port", "0", "--host", "no-such-host.invalid");
                default -> List.of("--port", "0", "--api-key", "secret-key\nInjected: header");
            };
            Process process = standalone(List.of(), args.toArray(String[]::new));
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.exitValue()).as(stderr).isEqualTo(2);
            assertThat(stderr).startsWith("ionq-emulator: ").doesNotContain("Exception").doesNotContain("\tat ")
                    .doesNotContain("secret-key");
            if (fault.equals("newline-key")) {
                assertThat(stderr.lines().findFirst().orElseThrow()).isEqualTo("ionq-emulator: --api-key holds a line"
                        + " break at position 11: a key travels in an HTTP header, so give printable characters"
                        + " without spaces (the key itself is not shown)");
            } else {
                assertThat(stderr.lines().count()).as(stderr).isEqualTo(1);
                assertThat(stderr).contains(fault.equals("busy-port") ? "the address is in use" : "unknown host")
                        .contains("pick a free --port");
            }
        }
    }

    private static Process standalone(List<String> jvmOptions, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(IonQEmulatorMain.class.getName());
        command.addAll(List.of(args));
        return new ProcessBuilder(command).start();
    }
}
