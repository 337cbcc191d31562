package io.github.ionqci.emulator;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the emulator as a standalone server until the process is stopped (Ctrl-C or SIGTERM close it cleanly).
 *
 * <pre>
 * java -jar ionq-emulator.jar --port 8080 [--host 0.0.0.0] [--api-key K] [--results-form=url] [--noise-per=native]
 *     [--jobs emulator-jobs.json]
 * </pre>
 *
 * {@code --jobs} puts the jobs of a seed file ({@link EmulatorSeed}, the format {@code ionq:emulator-start}
 * reads too) into the emulator at start and prints their ids by name.
 *
 * Without {@code --api-key} the key is taken from the environment variable {@code IONQ_API_KEY}, else the
 * default {@value IonQEmulator#DEFAULT_API_KEY}. The key is never printed.
 */
public final class IonQEmulatorMain {

    static final String USAGE = "usage: java -jar ionq-emulator.jar [--port 8080] [--host 127.0.0.1] [--api-key KEY]"
            + " [--results-form artifact|url] [--noise-per submitted|native] [--jobs FILE]\n"
            + "  --port     port to listen on (default 8080; 0 picks a free one)\n"
            + "  --host     address to bind (default 127.0.0.1; use 0.0.0.0 in a container)\n"
            + "  --api-key  the key clients must send as 'Authorization: apiKey KEY'\n"
            + "             (default: $IONQ_API_KEY, else " + IonQEmulator.DEFAULT_API_KEY + ")\n"
            + "  --results-form  how jobs point at results: 'artifact' (IonQ's September 2026 artifact\n"
            + "             descriptors, the default) or 'url' (the seed's results.probabilities.url)\n"
            + "  --noise-per  where noisy simulations put their error channels: 'submitted' (after each\n"
            + "             gate as submitted, the default) or 'native' (after each gate of the circuit compiled\n"
            + "             to the backend's native gates: a swap costs three MS/ZZ errors, rz none)\n"
            + "  --jobs     a seed file of jobs to put in at start: {\"bell\": {\"status\": \"completed\", …}, …}";

    private IonQEmulatorMain() {
    }

    /**
     * @param args the command line
     */
    public static void main(String[] args) {
        IonQEmulator emulator = run(args, System.getenv("IONQ_API_KEY"), System.out, System.err);
        if (emulator == null) {
            System.exit(2);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            emulator.close();
            System.out.println("IonQ emulator stopped");
            stopped.countDown();
        }, "ionq-emulator-shutdown"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Parses the command line and starts the emulator, or says in one line why it cannot (then the
     * caller exits with status 2): a bad option (followed by the usage), a busy port, an unknown host.
     *
     * @return the running emulator, or null when it did not start (or {@code --help} was asked)
     */
    static IonQEmulator run(String[] args, String environmentKey, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = Options.parse(args, environmentKey);
        } catch (IllegalArgumentException e) {
            err.println("ionq-emulator: " + e.getMessage());
            err.println(USAGE);
            return null;
        }
        if (options.help) {
            out.println(USAGE);
            return null;
        }
        try {
            return start(options, out);
        } catch (IllegalArgumentException e) {
            err.println("ionq-emulator: " + e.getMessage());
            return null;
        } catch (UncheckedIOException e) {
            Throwable cause = e.getCause();
            String reason = cause instanceof java.net.UnknownHostException ? "unknown host"
                    : cause instanceof java.net.BindException ? "the address is in use or not this machine's"
                    : cause == null ? e.getMessage() : cause.getClass().getSimpleName();
            err.println("ionq-emulator: cannot listen on " + options.host + ":" + options.port + " (" + reason
                    + "): pick a free --port (0 picks one) and a --host this machine has (127.0.0.1, 0.0.0.0)");
            return null;
        }
    }

    static IonQEmulator start(Options options, PrintStream out) {
        List<EmulatorSeed.Entry> seeds = options.jobs == null ? List.of() : EmulatorSeed.read(options.jobs);
        IonQEmulator emulator = IonQEmulator.builder().host(options.host).port(options.port).apiKey(options.apiKey)
                .resultForm(options.resultForm).noisePer(options.noisePer).start();
        out.println("IonQ emulator listening on " + emulator.baseUrl() + " (bound to " + options.host + ":"
                + emulator.port() + "; health: " + emulator.origin() + "/health; API key: " + options.keySource + "; results form: "
                + options.resultForm.name().toLowerCase(java.util.Locale.ROOT) + "; noise per "
                + options.noisePer.name().toLowerCase(java.util.Locale.ROOT) + " gate)");
        if (!seeds.isEmpty()) {
            StringBuilder ids = new StringBuilder();
            for (EmulatorSeed.Entry seed : seeds) {
                ids.append(ids.length() == 0 ? "" : ", ").append(seed.name()).append('=').append(emulator.jobs().add(seed.job()));
            }
            out.println("Seeded " + seeds.size() + (seeds.size() == 1 ? " job" : " jobs") + " from " + options.jobs
                    + ": " + ids);
        }
        out.flush();
        return emulator;
    }

    /** Parsed command-line options. */
    static final class Options {
        int port = 8080;
        String host = "127.0.0.1";
        String apiKey = IonQEmulator.DEFAULT_API_KEY;
        String keySource = "the default";
        ResultForm resultForm = ResultForm.fromSystemProperties();
        NoiseAccounting noisePer = NoiseAccounting.SUBMITTED;
        Path jobs;
        boolean help;

        static Options parse(String[] args, String environmentKey) {
            Options o = new Options();
            if (environmentKey != null && !environmentKey.isBlank()) {
                o.apiKey = IonQEmulator.requireApiKey(environmentKey, "IONQ_API_KEY");
                o.keySource = "from IONQ_API_KEY";
            }
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                String name = arg;
                String value = null;
                int eq = arg.indexOf('=');
                if (arg.startsWith("--") && eq > 0) {
                    name = arg.substring(0, eq);
                    value = arg.substring(eq + 1);
                }
                switch (name) {
                    case "--help":
                    case "-h":
                        o.help = true;
                        break;
                    case "--port":
                        value = value != null ? value : next(args, ++i, name);
                        try {
                            o.port = Integer.parseInt(value);
                        } catch (NumberFormatException e) {
                            throw new IllegalArgumentException("--port needs a number from 0 to 65535, got '" + value
                                    + "'");
                        }
                        if (o.port < 0 || o.port > 65535) {
                            throw new IllegalArgumentException("--port needs a number from 0 to 65535, got " + o.port);
                        }
                        break;
                    case "--host":
                        o.host = value != null ? value : next(args, ++i, name);
                        break;
                    case "--api-key":
                        o.apiKey = value != null ? value : next(args, ++i, name);
                        if (o.apiKey.isBlank()) {
                            throw new IllegalArgumentException("--api-key must not be blank");
                        }
                        IonQEmulator.requireApiKey(o.apiKey, "--api-key");
                        o.keySource = "from --api-key";
                        break;
                    case "--results-form":
                        o.resultForm = ResultForm.parse(value != null ? value : next(args, ++i, name));
                        break;
                    case "--noise-per":
                        o.noisePer = NoiseAccounting.parse(value != null ? value : next(args, ++i, name));
                        break;
                    case "--jobs":
                        o.jobs = Path.of(value != null ? value : next(args, ++i, name));
                        break;
                    default:
                        throw new IllegalArgumentException("unknown option '" + name + "'");
                }
            }
            return o;
        }

        private static String next(String[] args, int i, String name) {
            if (i >= args.length) {
                throw new IllegalArgumentException(name + " needs a value");
            }
            return args[i];
        }
    }
}
