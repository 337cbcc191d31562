package io.github.ionqci.client;

/**
 * The configuration names shared by every entry point (client, JUnit extension, Maven plugin,
 * emulator): system properties and environment variables.
 *
 * <pre>{@code
 * String url = System.getProperty(IonQProperties.BASE_URL, IonQProperties.DEFAULT_BASE_URL);
 * }</pre>
 */
public final class IonQProperties {

    /** System property holding the API key. */
    public static final String API_KEY = "ionq.api-key";
    /** Environment variable holding the API key. */
    public static final String API_KEY_ENV = "IONQ_API_KEY";
    /** System property holding the base URL. */
    public static final String BASE_URL = "ionq.base-url";
    /** Environment variable holding the base URL. */
    public static final String BASE_URL_ENV = "IONQ_BASE_URL";
    /** System property holding how long to await jobs, such as {@code 10m}. */
    public static final String AWAIT_TIMEOUT = "ionq.await.timeout";
    /** System property holding the first poll interval, such as {@code 1s}. */
    public static final String AWAIT_POLL_INTERVAL = "ionq.await.poll-interval";
    /** System property holding how long an await goes on while IonQ cannot be reached, such as {@code 2m}. */
    public static final String CONNECT_GIVE_UP_AFTER = "ionq.connect.give-up-after";
    /** System property: cancel the jobs a build or test run submitted when it ends before they finish. */
    public static final String CANCEL_ON_ABORT = "ionq.cancel-on-abort";
    /** System property holding the most a build's jobs may cost together, in USD (unset: no cap). */
    public static final String MAX_COST = "ionq.max-cost";
    /** Where the jobs file is ({@code target/ionq/jobs.json} by default). */
    public static final String JOBS_FILE = "ionq.jobs.file";
    /** Whether an empty jobs file (or {@code {}}) may pass an await; by default nothing to await is an error. */
    public static final String AWAIT_ALLOW_EMPTY = "ionq.await.allow-empty";
    /** System property holding how long one HTTP exchange (headers and body) may take, such as {@code 60s}. */
    public static final String HTTP_REQUEST_TIMEOUT = "ionq.http.request-timeout";
    /** System property holding the largest job or listing body read, such as {@code 16MiB}. */
    public static final String HTTP_MAX_RESPONSE_SIZE = "ionq.http.max-response-size";
    /** System property holding the largest result body read, such as {@code 256MiB}. */
    public static final String HTTP_MAX_RESULT_SIZE = "ionq.http.max-result-size";
    /** System property that starts the embedded emulator and points everything at it. */
    public static final String EMULATOR = "ionq.emulator";
    /**
     * Where an emulator an entry point starts puts its noise channels: {@code submitted} (after each gate as
     * submitted, the default) or {@code native} (after each gate of the compiled circuit).
     */
    public static final String EMULATOR_NOISE_PER = "ionq.emulator.noise-per";
    /** Environment variable that starts the embedded emulator. */
    public static final String EMULATOR_ENV = "IONQ_EMULATOR";
    /** The id of the Maven {@code settings.xml} server whose password is the API key. */
    public static final String SETTINGS_SERVER_ID = "ionq";

    /** IonQ's v0.4 API. */
    public static final String DEFAULT_BASE_URL = "https://api.ionq.co/v0.4";

    private IonQProperties() {
    }

    /**
     * @param property a property name of this class, such as {@link #API_KEY}
     * @return its environment variable, or null when the setting has none
     */
    public static String environmentVariable(String property) {
        switch (property) {
            case API_KEY:
                return API_KEY_ENV;
            case BASE_URL:
                return BASE_URL_ENV;
            case EMULATOR:
                return EMULATOR_ENV;
            default:
                return null;
        }
    }

    /** @return the client's message for a missing API key; each entry point adds its own ways to set one */
    static String missingApiKeyMessage() {
        return "No IonQ API key is set. Set the system property " + API_KEY + " or the environment variable "
                + API_KEY_ENV + ". Create keys at https://cloud.ionq.com.";
    }
}
