package io.github.ionqci.client.proxy;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;

/**
 * A TLS front on loopback, for tests: it terminates TLS with a throwaway self-signed key for {@code localhost}
 * (made with the JDK's own {@code keytool}) and pipes each decrypted connection to a plain port, one thread per
 * direction. It offers no ALPN, so the JDK client speaks HTTP/1.1 through it. It records the remote port of
 * each connection it accepts.
 */
final class TlsFront implements AutoCloseable {

    private static final String ALIAS = "ionq";

    private final SSLServerSocket server;
    private final SSLContext clientContext;
    private final int backendPort;
    private final List<Integer> accepted = new CopyOnWriteArrayList<>();
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "tls-front");
        t.setDaemon(true);
        return t;
    });

    /**
     * @param dir         a directory for the throwaway keystore
     * @param backendPort the plain port to pipe to, on 127.0.0.1
     */
    TlsFront(Path dir, int backendPort) throws Exception {
        this.backendPort = backendPort;
        char[] password = "throwaway-store-pass".toCharArray();
        Path keystore = dir.resolve("front.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-keyalg", "RSA", "-keysize", "2048", "-alias", ALIAS, "-dname", "CN=localhost",
                "-ext", "san=dns:localhost,ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12",
                "-keystore", keystore.toString(), "-storepass", new String(password), "-keypass", new String(password))
                .redirectErrorStream(true).redirectOutput(dir.resolve("keytool.log").toFile()).start();
        if (!keytool.waitFor(120, TimeUnit.SECONDS) || keytool.exitValue() != 0) {
            keytool.destroyForcibly();
            throw new IllegalStateException("keytool failed: " + Files.readString(dir.resolve("keytool.log")));
        }
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            keys.load(in, password);
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, password);
        SSLContext serverContext = SSLContext.getInstance("TLS");
        serverContext.init(kmf.getKeyManagers(), null, null);

        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry(ALIAS, keys.getCertificate(ALIAS));
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trusted);
        clientContext = SSLContext.getInstance("TLS");
        clientContext.init(null, tmf.getTrustManagers(), null);

        // the address "localhost" resolves to first, as the proxy's and the client's sockets resolve it
        server = (SSLServerSocket) serverContext.getServerSocketFactory()
                .createServerSocket(0, 50, InetAddress.getByName("localhost"));
        threads.execute(this::acceptLoop);
    }

    int port() {
        return server.getLocalPort();
    }

    /** @return an SSLContext that trusts this front's certificate (and nothing else) */
    SSLContext clientContext() {
        return clientContext;
    }

    /** @return the remote port of each connection accepted */
    List<Integer> accepted() {
        return List.copyOf(accepted);
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                SSLSocket client = (SSLSocket) server.accept();
                accepted.add(client.getPort());
                threads.execute(() -> pipe(client));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void pipe(SSLSocket client) {
        try (client; Socket backend = new Socket(InetAddress.getLoopbackAddress(), backendPort)) {
            client.startHandshake();
            threads.execute(() -> {
                try {
                    client.getInputStream().transferTo(backend.getOutputStream());
                } catch (IOException e) {
                    // the other direction ends the exchange
                } finally {
                    closeQuietly(backend);
                }
            });
            backend.getInputStream().transferTo(client.getOutputStream());
        } catch (IOException e) {
            // a test front: the client sees the broken connection
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // closing anyway
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        threads.shutdownNow();
    }
}
