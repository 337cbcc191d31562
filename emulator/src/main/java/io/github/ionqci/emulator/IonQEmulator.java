package io.github.ionqci.emulator;

import io.github.ionqci.emulator.internal.ApiRouter;
import io.github.ionqci.emulator.internal.JobStore;
import io.github.ionqci.emulator.internal.SubmissionSettings;
import io.github.ionqci.emulator.internal.http.EmulatorHttpServer;
import io.github.ionqci.emulator.internal.http.ServerSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An IonQ v0.4-compatible HTTP server running in this JVM, on the emulator's own small HTTP/1.1 server (no
 * dependency on the test classpath beyond Jackson). Every request it answers, including ones it cannot read as
 * HTTP, gets IonQ's JSON error body.
 *
 * <pre>{@code
 * try (IonQEmulator emulator = IonQEmulator.start()) {            // 127.0.0.1, random port
 *     String id = emulator.jobs().add(EmulatedJob.completed().qubits(2).probabilities(Map.of(0L, 0.5, 3L, 0.5)));
 *     // point a client at emulator.baseUrl() with the key emulator.apiKey()
 * }
 * IonQEmulator fixed = IonQEmulator.builder().port(8080).apiKey("k").start();
 * }</pre>
 *
 * <p>All API paths are under {@code /v0.4}; {@code GET /health} answers {@code {"status":"ok"}} without a key.
 */
public final class IonQEmulator implements AutoCloseable {

    /** The API path prefix. */
    public static final String API_PREFIX = ApiRouter.PREFIX;
    /**
     * How long a request may take to arrive, body included, once its first byte has (and a response to be taken),
     * unless the system property {@code sun.net.httpserver.maxReqTime} gives other seconds (the name the JDK's
     * server, which the emulator used before its own, read it from).
     */
    public static final int MAX_REQUEST_SECONDS = 60;
    /** The system property that sets the request deadline in seconds. */
    private static final String MAX_REQUEST_SECONDS_PROPERTY = "sun.net.httpserver.maxReqTime";
    /** The key accepted when none is configured. */
    public static final String DEFAULT_API_KEY = "ionq-emulator-key";

    private final EmulatorHttpServer server;
    private final ExecutorService simulator;
    private final EmulatorControl control;
    private final String apiKey;
    private final String urlHost;
    private final EmulatedJobs jobs;
    private final Faults faults;
    private final RequestLog requests;
    private volatile boolean closed;

    private IonQEmulator(Builder builder) {
        this.apiKey = builder.apiKey;
        Clock clock = Clock.systemUTC();
        JobStore store = new JobStore(clock, builder.resultForm == ResultForm.ARTIFACT);
        this.jobs = new EmulatedJobs(store);
        this.faults = new Faults();
        this.requests = new RequestLog();
        SubmissionSettings settings = new SubmissionSettings(builder.noisePer == NoiseAccounting.NATIVE);
        this.control = new EmulatorControl(settings);
        this.simulator = Executors.newFixedThreadPool(Math.max(1, Math.min(2,
                Runtime.getRuntime().availableProcessors())), daemonThreads("ionq-emulator-simulator-"));
        ApiRouter router = new ApiRouter(store, apiKey, settings, simulator);
        try {
            InetAddress address = InetAddress.getByName(builder.host);
            this.server = EmulatorHttpServer.start(new InetSocketAddress(address, builder.port),
                    ServerSettings.of(requestDeadline()), new ExchangeHandler(router, faults, requests, clock));
            this.urlHost = urlHost(address);
        } catch (IOException e) {
            simulator.shutdownNow();
            throw new UncheckedIOException("cannot start the IonQ emulator on " + builder.host + ":" + builder.port
                    + " (is the port in use? use port 0 for a free one)", e);
        }
    }

    /** @return the property's seconds when set to a positive number, else {@link #MAX_REQUEST_SECONDS} */
    private static Duration requestDeadline() {
        Integer seconds = Integer.getInteger(MAX_REQUEST_SECONDS_PROPERTY);
        return Duration.ofSeconds(seconds != null && seconds > 0 ? seconds : MAX_REQUEST_SECONDS);
    }

    /** @return an emulator on 127.0.0.1, a free port, key {@value #DEFAULT_API_KEY} */
    public static IonQEmulator start() {
        return builder().start();
    }

    /**
     * The server's check of a key it is told to accept (the client checks the keys it sends with its own
     * {@code ApiKey}; the emulator does not depend on the client). The message never shows the key.
     *
     * <pre>{@code
     * IonQEmulator.requireApiKey(System.getenv("IONQ_API_KEY"), "IONQ_API_KEY");
     * }</pre>
     *
     * @param key    a key
     * @param source where it came from, for the message, such as {@code --api-key}
     * @return it, if it is one HTTP header token of printable ASCII characters
     * @throws IllegalArgumentException if it has a space, a line break or another character a header cannot carry
     */
    public static String requireApiKey(String key, String source) {
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c <= ' ' || c > '~') {
                throw new IllegalArgumentException(source + " holds a " + (c == '\n' || c == '\r'
                        ? "line break" : c == ' ' ? "space" : "character that is not printable ASCII")
                        + " at position " + (i + 1) + ": a key travels in an HTTP header, so give printable"
                        + " characters without spaces (the key itself is not shown)");
            }
        }
        return key;
    }

    /** @return a builder for host, port and key */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the API base URL, e.g. {@code http://127.0.0.1:PORT/v0.4} */
    public String baseUrl() {
        return origin() + API_PREFIX;
    }

    /** @return scheme, host and port, e.g. {@code http://127.0.0.1:PORT} */
    public String origin() {
        return "http://" + urlHost + ":" + port();
    }

    /** @return the port listened on */
    public int port() {
        return server.port();
    }

    /** @return the API key this emulator accepts */
    public String apiKey() {
        return apiKey;
    }

    /** @return the job store and its control API */
    public EmulatedJobs jobs() {
        return jobs;
    }

    /** @return the fault injection rules */
    public Faults faults() {
        return faults;
    }

    /** @return how submitted jobs behave: queueing, durations, limits, forced failures */
    public EmulatorControl control() {
        return control;
    }

    /** @return the requests seen */
    public RequestLog requests() {
        return requests;
    }

    /**
     * Stops accepting and frees the port at once, closes idle connections, gives requests in progress up to a
     * second to be answered, then drops the rest and ends the emulator's threads. Idempotent.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        server.close();
        simulator.shutdownNow();
    }

    @Override
    public String toString() {
        return "IonQEmulator[" + baseUrl() + (closed ? ", closed" : "") + "]";
    }

    private static String urlHost(InetAddress address) {
        if (address.isAnyLocalAddress()) {
            return "127.0.0.1";
        }
        String host = address.getHostAddress();
        return host.contains(":") ? "[" + host + "]" : host;
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /**
     * Configures an emulator.
     *
     * <pre>{@code
     * IonQEmulator emulator = IonQEmulator.builder().host("0.0.0.0").port(8080).apiKey("secret").start();
     * }</pre>
     */
    public static final class Builder {
        private String host = "127.0.0.1";
        private int port;
        private String apiKey = DEFAULT_API_KEY;
        private ResultForm resultForm = ResultForm.fromSystemProperties();
        private NoiseAccounting noisePer = NoiseAccounting.SUBMITTED;

        private Builder() {
        }

        /**
         * Which gates noisy simulations put their depolarising channels after: {@link NoiseAccounting#SUBMITTED}
         * (each gate as submitted, the default) or {@link NoiseAccounting#NATIVE} (each gate of the circuit compiled
         * to the backend's native gates, as IonQ's per-native-gate error rates describe the hardware).
         *
         * <pre>{@code
         * IonQEmulator faithful = IonQEmulator.builder().noisePer(NoiseAccounting.NATIVE).start();
         * }</pre>
         *
         * @param noisePer the accounting
         * @return this
         */
        public Builder noisePer(NoiseAccounting noisePer) {
            this.noisePer = Objects.requireNonNull(noisePer, "noisePer");
            return this;
        }

        /**
         * How jobs point at their results unless a job says otherwise: {@link ResultForm#ARTIFACT} (IonQ's
         * September 2026 form, the default) or {@link ResultForm#URL} (the seed's). The default can be changed for
         * a whole JVM, e.g. a test run, with {@code -D}{@value ResultForm#PROPERTY}{@code =url}.
         *
         * <pre>{@code
         * IonQEmulator seedForm = IonQEmulator.builder().resultForm(ResultForm.URL).start();
         * }</pre>
         *
         * @param resultForm the form
         * @return this
         */
        public Builder resultForm(ResultForm resultForm) {
            this.resultForm = Objects.requireNonNull(resultForm, "resultForm");
            return this;
        }

        /**
         * @param host the address to bind (default {@code 127.0.0.1})
         * @return this
         */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host");
            return this;
        }

        /**
         * @param port the port, 0 for a free one (default 0)
         * @return this
         */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be 0-65535, got " + port);
            }
            this.port = port;
            return this;
        }

        /**
         * @param apiKey the key to accept (default {@value IonQEmulator#DEFAULT_API_KEY})
         * @return this
         * @throws IllegalArgumentException if it is blank or is not one header token (see {@link IonQEmulator#requireApiKey})
         */
        public Builder apiKey(String apiKey) {
            Objects.requireNonNull(apiKey, "apiKey");
            if (apiKey.isBlank()) {
                throw new IllegalArgumentException("the API key must not be blank");
            }
            this.apiKey = requireApiKey(apiKey, "the API key");
            return this;
        }

        /** @return a started emulator */
        public IonQEmulator start() {
            return new IonQEmulator(this);
        }

        @Override
        public String toString() {
            return "IonQEmulator.Builder[" + host + ":" + port + ", resultForm=" + resultForm + ", noisePer=" + noisePer
                    + ", apiKey=***]";
        }
    }
}
