package io.github.ionqci.emulator.internal.http;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A small HTTP/1.1 server: one accept thread, and a thread per open connection from a pool of at most
 * {@link ServerSettings#maxConnections()} daemon threads named {@code ionq-emulator-http-N} (made when needed,
 * ended after a minute idle). A connection beyond that is answered 503 and closed.
 *
 * <pre>{@code
 * EmulatorHttpServer server = EmulatorHttpServer.start(address, ServerSettings.of(Duration.ofSeconds(60)), handler);
 * server.close();   // stops accepting, closes idle connections, lets requests in progress finish briefly
 * }</pre>
 */
public final class EmulatorHttpServer implements AutoCloseable {

    /** Pending connections the operating system holds before the accept thread takes them. */
    private static final int BACKLOG = 128;
    /** How often the accept thread looks for responses the client stopped reading. */
    private static final int SWEEP_MILLIS = 1000;
    /** How long {@link #close()} waits for requests in progress. */
    private static final long CLOSE_GRACE_MILLIS = 1000;

    private static final Logger LOG = Logger.getLogger(EmulatorHttpServer.class.getName());

    private final ServerSocket serverSocket;
    private final ServerSettings settings;
    private final Handler handler;
    private final ThreadPoolExecutor workers;
    private final Thread acceptor;
    private final Set<Connection> connections = ConcurrentHashMap.newKeySet();
    private volatile boolean closing;

    private EmulatorHttpServer(ServerSocket serverSocket, ServerSettings settings, Handler handler) {
        this.serverSocket = serverSocket;
        this.settings = settings;
        this.handler = handler;
        AtomicInteger count = new AtomicInteger();
        this.workers = new ThreadPoolExecutor(0, settings.maxConnections(), 60, TimeUnit.SECONDS,
                new SynchronousQueue<>(), runnable -> {
                    Thread thread = new Thread(runnable, "ionq-emulator-http-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        this.acceptor = new Thread(this::acceptLoop, "ionq-emulator-http-accept-" + serverSocket.getLocalPort());
        acceptor.setDaemon(true);
    }

    /**
     * Binds the address and starts serving.
     *
     * @param address  where to listen (port 0 for a free one)
     * @param settings the caps and deadlines
     * @param handler  what answers each request
     * @return the running server
     * @throws IOException if the address cannot be bound (in use, not this machine's)
     */
    public static EmulatorHttpServer start(InetSocketAddress address, ServerSettings settings, Handler handler)
            throws IOException {
        ServerSocket socket = new ServerSocket();
        try {
            socket.setReuseAddress(true);
            socket.bind(address, BACKLOG);
            socket.setSoTimeout(SWEEP_MILLIS);
        } catch (IOException e) {
            socket.close();
            throw e;
        }
        EmulatorHttpServer server = new EmulatorHttpServer(socket, settings, handler);
        server.acceptor.start();
        return server;
    }

    /** @return the bound address and port */
    public InetSocketAddress address() {
        return (InetSocketAddress) serverSocket.getLocalSocketAddress();
    }

    /** @return the bound port */
    public int port() {
        return serverSocket.getLocalPort();
    }

    ServerSettings settings() {
        return settings;
    }

    Handler handler() {
        return handler;
    }

    boolean closing() {
        return closing;
    }

    void ended(Connection connection) {
        connections.remove(connection);
    }

    private void acceptLoop() {
        long lastSweep = System.nanoTime();
        while (!closing) {
            try {
                Socket socket = serverSocket.accept();
                serve(socket);
            } catch (SocketTimeoutException e) {
                // time for a sweep
            } catch (IOException e) {
                if (!closing) {
                    // such as too many open files: wait a moment rather than spin
                    LOG.log(Level.WARNING, "accepting a connection failed", e);
                    pause();
                }
            }
            if (System.nanoTime() - lastSweep >= SWEEP_MILLIS * 1_000_000L) {
                sweep();
                lastSweep = System.nanoTime();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void serve(Socket socket) {
        Connection connection = new Connection(this, socket);
        if (connections.size() >= settings.maxConnections()) {
            connection.refuse(settings.maxConnections());
            return;
        }
        connections.add(connection);
        try {
            workers.execute(connection);
        } catch (RejectedExecutionException e) {
            connections.remove(connection);
            connection.refuse(settings.maxConnections());
        }
    }

    /** Drops connections whose client stopped taking a response for longer than the request deadline. */
    private void sweep() {
        long now = System.nanoTime();
        long limit = settings.requestTimeout().toNanos();
        for (Connection connection : connections) {
            if (connection.state() == Connection.State.WRITING && now - connection.writingSince() > limit) {
                LOG.fine("dropping a connection whose client stopped reading its response");
                connection.closeSocket();
            }
        }
    }

    /**
     * Stops accepting, closes idle connections, gives requests in progress a second to finish, then drops the rest
     * and ends the threads. Idempotent.
     */
    @Override
    public void close() {
        if (closing) {
            return;
        }
        closing = true;
        try {
            serverSocket.close();
        } catch (IOException e) {
            LOG.log(Level.FINE, "closing the server socket failed", e);
        }
        long deadline = System.nanoTime() + CLOSE_GRACE_MILLIS * 1_000_000;
        while (!connections.isEmpty() && System.nanoTime() < deadline) {
            connections.forEach(Connection::closeIfIdle);
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        connections.forEach(Connection::closeSocket);
        workers.shutdownNow();
        try {
            acceptor.join(2000);
            workers.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
