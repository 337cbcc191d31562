package io.github.ionqci.testcontainers;

import io.github.ionqci.emulator.EmulatorSeed;
import io.github.ionqci.emulator.IonQEmulator;
import io.github.ionqci.emulator.NoiseAccounting;
import io.github.ionqci.emulator.ResultForm;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import org.testcontainers.lifecycle.Startable;

/**
 * The embedded IonQ emulator as a Testcontainers {@link Startable}: it runs in the test JVM, so it
 * needs no Docker engine at all.
 *
 * <p>Declare it as a {@code @Container} field of a {@code @Testcontainers} class; a static field is
 * started once for the class, an instance field once per test method. Testcontainers' JUnit
 * extension only calls {@link #start()} and {@link #stop()} on it and does not look for Docker
 * (unless the class says {@code @Testcontainers(disabledWithoutDocker = true)}).
 *
 * <pre>{@code
 * @Testcontainers
 * class BellStateTest {
 *     @Container
 *     static IonQEmulatorStartable ionq = new IonQEmulatorStartable();
 *
 *     @Test
 *     void runsAgainstTheEmulator() {
 *         IonQClient client = IonQClient.builder()
 *                 .baseUrl(ionq.getBaseUrl())
 *                 .apiKey(ionq.getApiKey())
 *                 .build();
 *         // submit jobs, or script them with ionq.emulator().jobs()
 *     }
 * }
 * }</pre>
 *
 * <p>Configure it before it starts: {@link #withApiKey(String)} sets the key it accepts (default:
 * the emulator's own default key; {@link #getApiKey()} returns the key in use), {@link #withPort(int)}
 * a fixed port (default: a free one), {@link #withHost(String)} the address it binds (default:
 * loopback), {@link #withJobs(Path)} jobs to put in at start from a seed file.
 */
public final class IonQEmulatorStartable implements Startable {

    private String apiKey;
    private int port;
    private String host = "127.0.0.1";
    private Path seedFile;
    private Map<String, String> seededIds = Map.of();
    private IonQEmulator emulator;
    private ResultForm resultForm;
    private NoiseAccounting noisePer;

    /** An emulator on a free loopback port with the emulator's default API key; nothing runs until {@link #start()}. */
    public IonQEmulatorStartable() {
    }

    /**
     * Sets the API key the emulator accepts.
     *
     * @param apiKey a non-blank key
     * @return this
     * @throws IllegalArgumentException if the key is null or blank
     * @throws IllegalStateException if the emulator is already running
     */
    public IonQEmulatorStartable withApiKey(String apiKey) {
        requireNotStarted("withApiKey");
        this.apiKey = Settings.requireApiKey(apiKey);
        return this;
    }

    /**
     * Sets a fixed port; 0 (the default) picks a free one.
     *
     * @param port 0 to 65535
     * @return this
     * @throws IllegalArgumentException if the port is out of range
     * @throws IllegalStateException if the emulator is already running
     */
    public IonQEmulatorStartable withPort(int port) {
        requireNotStarted("withPort");
        this.port = Settings.requirePort(port);
        return this;
    }

    /**
     * Sets the address to bind; the default is loopback ({@code 127.0.0.1}).
     *
     * @param host a host name or IP address, for example {@code 0.0.0.0} to accept other hosts
     * @return this
     * @throws IllegalArgumentException if the host is null or blank
     * @throws IllegalStateException if the emulator is already running
     */
    public IonQEmulatorStartable withHost(String host) {
        requireNotStarted("withHost");
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host must not be blank: give a host name or IP address, e.g. 127.0.0.1");
        }
        this.host = host;
        return this;
    }

    /**
     * Sets how jobs point at their results: {@link ResultForm#ARTIFACT} (IonQ's September 2026 descriptors, the
     * emulator's default) or {@link ResultForm#URL} (the seed's {@code results.probabilities.url}).
     *
     * <pre>{@code
     * IonQEmulatorStartable ionq = new IonQEmulatorStartable().withResultsForm(ResultForm.URL);
     * }</pre>
     *
     * @param form the form
     * @return this
     * @throws IllegalStateException if the emulator is already running
     */
    public IonQEmulatorStartable withResultsForm(ResultForm form) {
        requireNotStarted("withResultsForm");
        this.resultForm = java.util.Objects.requireNonNull(form, "form");
        return this;
    }

    /**
     * Sets where noisy simulations put their error channels: {@link NoiseAccounting#SUBMITTED} (after each gate as
     * submitted, the emulator's default) or {@link NoiseAccounting#NATIVE} (after each gate of the circuit compiled
     * to the backend's native gates: a swap costs three two-qubit errors, an rz none).
     *
     * <pre>{@code
     * IonQEmulatorStartable ionq = new IonQEmulatorStartable().withNoisePer(NoiseAccounting.NATIVE);
     * }</pre>
     *
     * @param accounting where the channels go
     * @return this
     * @throws IllegalStateException if the emulator is already running
     */
    public IonQEmulatorStartable withNoisePer(NoiseAccounting accounting) {
        requireNotStarted("withNoisePer");
        this.noisePer = java.util.Objects.requireNonNull(accounting, "accounting");
        return this;
    }

    /**
     * Puts the jobs of a seed file (the emulator's {@link EmulatorSeed} format, as {@code ionq:emulator-start}
     * and {@code java -jar ionq-emulator.jar --jobs} read it) into the emulator each time it starts.
     *
     * <pre>{@code
     * @Container
     * static IonQEmulatorStartable ionq = new IonQEmulatorStartable().withJobs(Path.of("src/test/ionq/jobs.json"));
     * ...
     * String bell = ionq.getJobIds().get("bell");
     * }</pre>
     *
     * @param seedFile the seed file, checked now and read at each start
     * @return this
     * @throws IllegalArgumentException if the file is not a valid seed file
     * @throws IllegalStateException if the emulator is already running
     */
    public IonQEmulatorStartable withJobs(Path seedFile) {
        requireNotStarted("withJobs");
        EmulatorSeed.read(seedFile);
        this.seedFile = seedFile;
        return this;
    }

    /**
     * @return the ids of the jobs {@link #withJobs(Path)} put in, by name, in file order
     * @throws IllegalStateException if the emulator is not running
     */
    public synchronized Map<String, String> getJobIds() {
        emulator();
        return seededIds;
    }

    /** Starts the emulator; does nothing if it is already running. It can be started again after {@link #stop()}. */
    @Override
    public synchronized void start() {
        if (emulator != null) {
            return;
        }
        IonQEmulator.Builder builder = IonQEmulator.builder().port(port).host(host);
        if (apiKey != null) {
            builder.apiKey(apiKey);
        }
        if (resultForm != null) {
            builder.resultForm(resultForm);
        }
        if (noisePer != null) {
            builder.noisePer(noisePer);
        }
        emulator = builder.start();
        seededIds = seedFile == null ? Map.of() : Collections.unmodifiableMap(EmulatorSeed.seed(emulator, seedFile));
    }

    /** Stops the emulator and frees its port; does nothing if it is not running. */
    @Override
    public synchronized void stop() {
        IonQEmulator running = emulator;
        emulator = null;
        if (running != null) {
            running.close();
        }
    }

    /** @return whether {@link #start()} has run and {@link #stop()} has not run since */
    public synchronized boolean isRunning() {
        return emulator != null;
    }

    /**
     * @return the v0.4 base URL, for example {@code http://127.0.0.1:54321/v0.4}
     * @throws IllegalStateException if the emulator is not running
     */
    public String getBaseUrl() {
        return emulator().baseUrl();
    }

    /**
     * @return the API key the running emulator accepts
     * @throws IllegalStateException if the emulator is not running
     */
    public String getApiKey() {
        return emulator().apiKey();
    }

    /**
     * The running emulator, for its control API (scripted jobs, faults, request counts).
     *
     * @return the emulator
     * @throws IllegalStateException if the emulator is not running
     */
    public synchronized IonQEmulator emulator() {
        if (emulator == null) {
            throw new IllegalStateException("The IonQ emulator is not running: annotate the field with @Container in a"
                    + " @Testcontainers class, or call start() first");
        }
        return emulator;
    }

    /** Names the state and URL; never the API key. */
    @Override
    public synchronized String toString() {
        return emulator == null
                ? "IonQEmulatorStartable[not running]"
                : "IonQEmulatorStartable[running at " + emulator.baseUrl() + "]";
    }

    private synchronized void requireNotStarted(String method) {
        if (emulator != null) {
            throw new IllegalStateException(method + " must be called before start(): stop() the emulator first"
                    + " or configure it where the field is declared");
        }
    }
}
