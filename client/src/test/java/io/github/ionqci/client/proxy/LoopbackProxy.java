package io.github.ionqci.client.proxy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A small HTTP proxy on loopback, for tests: absolute-URI requests (plain http) are forwarded, one per
 * connection; {@code CONNECT} opens a tunnel. With credentials set, a request without the right
 * {@code Proxy-Authorization: Basic …} gets {@code 407}. It records each request line it served.
 */
final class LoopbackProxy implements AutoCloseable {

    private final ServerSocket server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "loopback-proxy");
        t.setDaemon(true);
        return t;
    });
    private final String expectedAuthorization;
    private final List<String> served = new CopyOnWriteArrayList<>();
    private final List<String> refused = new CopyOnWriteArrayList<>();
    private final List<String> connects = new CopyOnWriteArrayList<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private final List<Integer> tunnelPorts = new CopyOnWriteArrayList<>();

    LoopbackProxy(String username, String password) throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        expectedAuthorization = username == null ? null : "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        threads.execute(this::acceptLoop);
    }

    int port() {
        return server.getLocalPort();
    }

    /** @return the request lines forwarded or tunneled, such as {@code GET http://127.0.0.1:1234/v0.4/jobs?… HTTP/1.1} */
    List<String> served() {
        return List.copyOf(served);
    }

    /** @return the request lines answered 407 */
    List<String> refused() {
        return List.copyOf(refused);
    }

    /** @return the target of each {@code CONNECT} received, such as {@code localhost:1234}, refused or not */
    List<String> connects() {
        return List.copyOf(connects);
    }

    /** @return the {@code Proxy-Authorization} value of each request that had one, in order */
    List<String> authorizations() {
        return List.copyOf(authorizations);
    }

    /** @return the local port of each tunnel's connection to its target, as the target sees it */
    List<Integer> tunnelPorts() {
        return List.copyOf(tunnelPorts);
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                threads.execute(() -> handle(client));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void handle(Socket client) {
        try (client) {
            InputStream in = client.getInputStream();
            List<String> head = readHead(in);
            if (head.isEmpty()) {
                return;
            }
            String requestLine = head.get(0);
            String authorization = null;
            for (String header : head.subList(1, head.size())) {
                int colon = header.indexOf(':');
                if (colon > 0 && header.substring(0, colon).equalsIgnoreCase("Proxy-Authorization")) {
                    authorization = header.substring(colon + 1).strip();
                }
            }
            String[] parts = requestLine.split(" ");
            if (parts[0].equals("CONNECT")) {
                connects.add(parts[1]);
            }
            if (authorization != null) {
                authorizations.add(authorization);
            }
            OutputStream out = client.getOutputStream();
            if (expectedAuthorization != null && !expectedAuthorization.equals(authorization)) {
                refused.add(requestLine);
                out.write(("HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm=\"test\"\r\n"
                        + "Content-Length: 0\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                return;
            }
            served.add(requestLine);
            if (parts[0].equals("CONNECT")) {
                String[] target = parts[1].split(":");
                try (Socket origin = new Socket(target[0], Integer.parseInt(target[1]))) {
                    tunnelPorts.add(origin.getLocalPort());
                    out.write("HTTP/1.1 200 Connection established\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    pipeBothWays(client, origin);
                }
                return;
            }
            URI uri = URI.create(parts[1]);
            try (Socket origin = new Socket(uri.getHost(), uri.getPort())) {
                StringBuilder forwarded = new StringBuilder(parts[0]).append(' ').append(uri.getRawPath())
                        .append(uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()).append(' ').append(parts[2])
                        .append("\r\n");
                for (String header : head.subList(1, head.size())) {
                    String name = header.substring(0, Math.max(0, header.indexOf(':'))).toLowerCase();
                    if (!name.startsWith("proxy-") && !name.equals("connection")) {
                        forwarded.append(header).append("\r\n");
                    }
                }
                forwarded.append("Connection: close\r\n\r\n");
                origin.getOutputStream().write(forwarded.toString().getBytes(StandardCharsets.ISO_8859_1));
                origin.getOutputStream().flush();
                pipeBothWays(client, origin);
            }
        } catch (IOException e) {
            // a test proxy: the client sees the broken connection
        }
    }

    private void pipeBothWays(Socket client, Socket origin) throws IOException {
        threads.execute(() -> {
            try {
                client.getInputStream().transferTo(origin.getOutputStream());
            } catch (IOException e) {
                // the other direction ends the exchange
            }
        });
        origin.getInputStream().transferTo(client.getOutputStream());
        client.getOutputStream().flush();
    }

    private static List<String> readHead(InputStream in) throws IOException {
        List<String> lines = new ArrayList<>();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int previous = -1;
        for (int b; (b = in.read()) != -1; previous = b) {
            if (b == '\n' && previous == '\r') {
                byte[] bytes = line.toByteArray();
                String text = new String(bytes, 0, bytes.length - 1, StandardCharsets.ISO_8859_1);
                if (text.isEmpty()) {
                    return lines;
                }
                lines.add(text);
                line.reset();
            } else {
                line.write(b);
            }
        }
        return lines;
    }

    @Override
    public void close() throws IOException {
        server.close();
        threads.shutdownNow();
    }
}
