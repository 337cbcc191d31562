package io.github.ionqci.benchmarks.hostile;

import io.github.ionqci.client.IonQClient;
import io.github.ionqci.client.IonQConfig;
import io.github.ionqci.client.await.AwaitResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Figures for the client against hostile servers on loopback (raw sockets): how long it takes to
 * give up on a body that trickles at 1 byte/s, with a request and with an await, and the peak heap
 * while a chunked body that never ends is refused at the default 16 MiB limit. Prints the figures
 * and the targets; asserts nothing (figures belong here, not in unit tests).
 *
 * <pre>
 * java -Xmx256m -cp benchmarks/target/benchmarks.jar io.github.ionqci.benchmarks.hostile.HostileServerReport
 * </pre>
 */
public final class HostileServerReport {

    private static final String ID = "0a1b2c3d-0000-4000-8000-000000000001";

    private HostileServerReport() {
    }

    /** What the server writes after reading a request's head. */
    private interface Behavior {
        void answer(OutputStream out, AtomicLong written) throws IOException, InterruptedException;
    }

    /**
     * @param args unused
     * @throws Exception if the server cannot start
     */
    public static void main(String[] args) throws Exception {
        AtomicLong written = new AtomicLong();
        try (ServerSocket trickle = serve((out, count) -> {
            out.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{"
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            while (true) {
                Thread.sleep(1000);
                out.write(' ');
                out.flush();
            }
        }, written)) {
            IonQClient oneAttempt = client(trickle, b -> b.requestTimeout(Duration.ofSeconds(3)).maxAttempts(1));
            long start = System.nanoTime();
            String outcome = outcome(() -> oneAttempt.getJob(ID));
            double getJob = seconds(start);
            IonQClient defaults = client(trickle, b -> b);
            start = System.nanoTime();
            AwaitResult result = defaults.awaiter().timeout(Duration.ofSeconds(5)).await(List.of(ID));
            double await = seconds(start);
            System.out.printf(Locale.ROOT, "trickling body (1 byte/s), getJob, requestTimeout 3s, 1 attempt: gave up"
                    + " after %.2f s (target: 3 s + connection set-up; was: not returned at 60 s) -> %s%n", getJob,
                    outcome);
            System.out.printf(Locale.ROOT, "trickling body, await(timeout 5s), default requestTimeout 60s: returned"
                    + " after %.2f s, %s (target: 5 s + 0.25 s; was: 260 s)%n", await,
                    result.jobs().get(0).outcome());
        }
        written.set(0);
        byte[] chunk = (Integer.toHexString(64 * 1024) + "\r\n" + " ".repeat(64 * 1024) + "\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        try (ServerSocket endless = serve((out, count) -> {
            out.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            while (true) {
                out.write(chunk);
                count.addAndGet(chunk.length);
            }
        }, written)) {
            IonQClient client = client(endless, b -> b);
            System.gc();
            long before = heapUsed();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            long start = System.nanoTime();
            String outcome = outcome(() -> client.getJob(ID));
            double took = seconds(start);
            long peak = peakHeap();
            System.out.printf(Locale.ROOT, "endless chunked body, default maxResponseSize 16 MiB: refused after %.2f s;"
                    + " heap before %.1f MiB, peak (sum of pool peaks) %.1f MiB; server wrote %.1f MiB before the"
                    + " client hung up (target: peak < 64 MiB over the baseline; was: OutOfMemoryError, no return)"
                    + " -> %s%n", took, mib(before), mib(peak), mib(written.get()), outcome);
        }
        System.exit(0);   // the server threads are still writing into closed sockets
    }

    private static String outcome(Runnable call) {
        try {
            call.run();
            return "returned normally";
        } catch (RuntimeException e) {
            String m = e.getMessage();
            return e.getClass().getSimpleName() + ": " + (m.length() > 160 ? m.substring(0, 160) + "…" : m);
        }
    }

    private static IonQClient client(ServerSocket server,
                                     java.util.function.UnaryOperator<IonQConfig.Builder> more) {
        return IonQClient.create(more.apply(IonQConfig.builder().apiKey("hostile-report-key")
                .baseUrl("http://127.0.0.1:" + server.getLocalPort() + "/v0.4")
                .pollInterval(Duration.ofMillis(100))).build());
    }

    private static ServerSocket serve(Behavior behavior, AtomicLong written) throws IOException {
        ServerSocket server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        Thread acceptor = new Thread(() -> {
            while (!server.isClosed()) {
                try {
                    Socket s = server.accept();
                    Thread t = new Thread(() -> {
                        try (s) {
                            InputStream in = s.getInputStream();
                            int matched = 0;
                            while (matched < 4) {
                                int b = in.read();
                                if (b < 0) {
                                    return;
                                }
                                matched = (b == (matched % 2 == 0 ? '\r' : '\n')) ? matched + 1 : (b == '\r' ? 1 : 0);
                            }
                            behavior.answer(s.getOutputStream(), written);
                        } catch (IOException | InterruptedException e) {
                            // the client hung up: what this report is about
                        }
                    });
                    t.setDaemon(true);
                    t.start();
                } catch (IOException e) {
                    return;
                }
            }
        });
        acceptor.setDaemon(true);
        acceptor.start();
        return server;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static double mib(long bytes) {
        return bytes / 1048576.0;
    }
}
