package io.github.ionqci.client;

import io.github.ionqci.client.internal.Origins;
import io.github.ionqci.client.settings.SettingsParser;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Everything the client needs: API key, base URL, await timeout and poll intervals, HTTP timeouts
 * and retry bounds. Immutable; built with {@link #builder()}.
 *
 * <p>Precedence: a value set explicitly on the builder, then the lookups in the order they were
 * added ({@link Builder#lookup}; {@link Builder#fromEnvironment()} adds system properties, then
 * environment variables), then the defaults. Names are in {@link IonQProperties}.
 *
 * <pre>{@code
 * IonQConfig config = IonQConfig.builder()
 *         .awaitTimeout(Duration.ofMinutes(30))   // explicit: wins over -Dionq.await.timeout
 *         .fromEnvironment()                      // ionq.api-key / IONQ_API_KEY, ionq.base-url / IONQ_BASE_URL, …
 *         .build();
 * IonQClient client = IonQClient.create(config);
 * }</pre>
 */
public final class IonQConfig {

    /** The default await timeout: 10 minutes. */
    public static final Duration DEFAULT_AWAIT_TIMEOUT = Duration.ofMinutes(10);
    /** The default first poll interval: 1 second. */
    public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(1);
    /** The default longest poll interval: 30 seconds. */
    public static final Duration DEFAULT_MAX_POLL_INTERVAL = Duration.ofSeconds(30);
    /** The default time after which an await gives up when no request has reached the API: 2 minutes. */
    public static final Duration DEFAULT_CONNECT_GIVE_UP_AFTER = Duration.ofMinutes(2);
    /** The default growth of the poll interval from one round to the next. */
    public static final double DEFAULT_POLL_GROWTH = 1.5;
    /** The name of the {@code System.Logger} the client logs to unless {@link Builder#logger} gives another. */
    public static final String LOGGER_NAME = "io.github.ionqci.client";
    /** The default largest job or job-listing body read: 16 MiB. */
    public static final long DEFAULT_MAX_RESPONSE_SIZE = 16L << 20;
    /** The default largest result body read: 256 MiB (a job's own limit, scaled to its qubits, is often lower). */
    public static final long DEFAULT_MAX_RESULT_SIZE = 256L << 20;

    private final ApiKey apiKey;
    private final URI baseUrl;
    private final Duration awaitTimeout;
    private final Duration pollInterval;
    private final Duration maxPollInterval;
    private final double pollGrowth;
    private final Duration requestTimeout;
    private final Duration connectTimeout;
    private final int maxAttempts;
    private final Duration maxRetryTime;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final Duration maxRetryAfter;
    private final long maxResponseSize;
    private final long maxResultSize;
    private final boolean emulator;
    private final Duration connectGiveUpAfter;
    private final HttpProxy proxy;
    private final System.Logger logger;

    private IonQConfig(Builder b, ApiKey apiKey, URI baseUrl, Duration awaitTimeout, Duration pollInterval,
                       boolean emulator, Duration connectGiveUpAfter) {
        this.apiKey = apiKey;
        this.baseUrl = baseUrl;
        this.awaitTimeout = awaitTimeout;
        this.pollInterval = pollInterval;
        this.maxPollInterval = b.maxPollInterval;
        this.pollGrowth = b.pollGrowth;
        this.requestTimeout = b.requestTimeout;
        this.connectTimeout = b.connectTimeout;
        this.maxAttempts = b.maxAttempts;
        this.maxRetryTime = b.maxRetryTime;
        this.initialBackoff = b.initialBackoff;
        this.maxBackoff = b.maxBackoff;
        this.maxRetryAfter = b.maxRetryAfter;
        this.maxResponseSize = b.maxResponseSize;
        this.maxResultSize = b.maxResultSize;
        this.emulator = emulator;
        this.connectGiveUpAfter = connectGiveUpAfter;
        this.proxy = b.proxy;
        this.logger = b.logger;
    }

    /** @return a builder with the defaults and no lookups */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this configuration's values as explicit values */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.apiKey = apiKey;
        b.baseUrl = baseUrl.toString();
        b.awaitTimeout = awaitTimeout;
        b.pollInterval = pollInterval;
        b.maxPollInterval = maxPollInterval;
        b.pollGrowth = pollGrowth;
        b.requestTimeout = requestTimeout;
        b.connectTimeout = connectTimeout;
        b.maxAttempts = maxAttempts;
        b.maxRetryTime = maxRetryTime;
        b.initialBackoff = initialBackoff;
        b.maxBackoff = maxBackoff;
        b.maxRetryAfter = maxRetryAfter;
        b.maxResponseSize = maxResponseSize;
        b.maxResultSize = maxResultSize;
        b.emulator = emulator;
        b.connectGiveUpAfter = connectGiveUpAfter;
        b.proxy = proxy;
        b.logger = logger;
        return b;
    }

    /** @return the API key; null only when {@link #emulator()} is on and no key was given */
    public ApiKey apiKey() {
        return apiKey;
    }

    /** @return the base URL, such as {@code https://api.ionq.co/v0.4}, without a trailing slash */
    public URI baseUrl() {
        return baseUrl;
    }

    /** @return scheme, host and port of the base URL: the only place the API key is sent to */
    public URI origin() {
        return Origins.originOf(baseUrl);
    }

    /**
     * @return how long an await goes on while no request has reached the API at all (refused, DNS, TLS,
     *         proxy), before it stops with a message naming the host; a job that is merely slow still
     *         waits for {@link #awaitTimeout()}
     */
    public Duration connectGiveUpAfter() {
        return connectGiveUpAfter;
    }

    /**
     * @return where every client message goes (retries, skipped listing entries, await rounds), already
     *         scrubbed of the API key: {@code System.getLogger("io.github.ionqci.client")} unless a host, such
     *         as the Maven plugin, gave its own
     */
    public System.Logger logger() {
        return logger;
    }

    /** @return the HTTP proxy set explicitly, or null to follow the JVM's proxy properties */
    public HttpProxy proxy() {
        return proxy;
    }

    /** @return how long to await jobs before reporting them as timed out */
    public Duration awaitTimeout() {
        return awaitTimeout;
    }

    /** @return the first poll interval */
    public Duration pollInterval() {
        return pollInterval;
    }

    /** @return the longest poll interval */
    public Duration maxPollInterval() {
        return maxPollInterval;
    }

    /** @return how much the poll interval grows from one round to the next (1.5 by default) */
    public double pollGrowth() {
        return pollGrowth;
    }

    /** @return how long one HTTP request may take before it times out */
    public Duration requestTimeout() {
        return requestTimeout;
    }

    /** @return how long connecting may take */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /** @return the most attempts one request gets (1 = no retry) */
    public int maxAttempts() {
        return maxAttempts;
    }

    /** @return the most time one request may spend over all its attempts and backoffs */
    public Duration maxRetryTime() {
        return maxRetryTime;
    }

    /** @return the backoff before the first retry (doubled each retry, with full jitter) */
    public Duration initialBackoff() {
        return initialBackoff;
    }

    /** @return the longest backoff between two attempts */
    public Duration maxBackoff() {
        return maxBackoff;
    }

    /** @return the longest {@code Retry-After} honoured; longer values are capped to this */
    public Duration maxRetryAfter() {
        return maxRetryAfter;
    }

    /** @return the largest job or job-listing body read ({@code ionq.http.max-response-size}) */
    public long maxResponseSize() {
        return maxResponseSize;
    }

    /** @return the largest result body read ({@code ionq.http.max-result-size}); a job's own limit may be lower */
    public long maxResultSize() {
        return maxResultSize;
    }

    /** @return whether {@code ionq.emulator} asks for the embedded emulator */
    public boolean emulator() {
        return emulator;
    }

    @Override
    public String toString() {
        return "IonQConfig[baseUrl=" + baseUrl + ", apiKey=" + (apiKey == null ? "none" : "redacted")
                + ", awaitTimeout=" + Durations.format(awaitTimeout)
                + ", pollInterval=" + Durations.format(pollInterval) + " x" + pollGrowth
                + " to " + Durations.format(maxPollInterval)
                + ", requestTimeout=" + Durations.format(requestTimeout)
                + ", maxAttempts=" + maxAttempts + ", maxRetryTime=" + Durations.format(maxRetryTime)
                + (proxy == null ? "" : ", proxy=" + proxy)
                + (emulator ? ", emulator=true" : "") + "]";
    }

    /**
     * Builds an {@link IonQConfig}. Explicit values win over lookups, lookups over defaults.
     *
     * <pre>{@code
     * IonQConfig.builder().apiKey("…").baseUrl("http://127.0.0.1:8080/v0.4").build();
     * IonQConfig.builder().lookup(junitConfigurationParameters::get).fromEnvironment().build();
     * }</pre>
     */
    public static final class Builder {

        private final List<Function<String, String>> lookups = new ArrayList<>();
        private ApiKey apiKey;
        private String baseUrl;
        private Duration awaitTimeout;
        private Duration pollInterval;
        private Duration maxPollInterval = DEFAULT_MAX_POLL_INTERVAL;
        private double pollGrowth = DEFAULT_POLL_GROWTH;
        private Duration requestTimeout = Duration.ofSeconds(60);
        private Duration connectTimeout = Duration.ofSeconds(10);
        private int maxAttempts = 6;
        private Duration maxRetryTime = Duration.ofMinutes(2);
        private Duration connectGiveUpAfter;
        private HttpProxy proxy;
        private System.Logger logger = System.getLogger(LOGGER_NAME);
        private Duration initialBackoff = Duration.ofMillis(500);
        private Duration maxBackoff = Duration.ofSeconds(30);
        private Duration maxRetryAfter = Duration.ofSeconds(60);
        private long maxResponseSize = DEFAULT_MAX_RESPONSE_SIZE;
        private long maxResultSize = DEFAULT_MAX_RESULT_SIZE;
        private boolean requestTimeoutSet;
        private boolean maxResponseSizeSet;
        private boolean maxResultSizeSet;
        private Boolean emulator;

        private Builder() {
        }

        /**
         * @param apiKey the API key; wins over every lookup
         * @return this builder
         */
        public Builder apiKey(String apiKey) {
            this.apiKey = ApiKey.of(apiKey);
            return this;
        }

        /**
         * @param apiKey the API key; wins over every lookup
         * @return this builder
         */
        public Builder apiKey(ApiKey apiKey) {
            this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
            return this;
        }

        /**
         * @param baseUrl the API's base URL, such as {@code https://api.ionq.co/v0.4}; https, or http for loopback only
         * @return this builder
         */
        public Builder baseUrl(String baseUrl) {
            this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
            return this;
        }

        /**
         * @param baseUrl the API's base URL
         * @return this builder
         */
        public Builder baseUrl(URI baseUrl) {
            return baseUrl(baseUrl.toString());
        }

        /**
         * @param awaitTimeout how long to await jobs (default 10 minutes)
         * @return this builder
         */
        public Builder awaitTimeout(Duration awaitTimeout) {
            this.awaitTimeout = positive(awaitTimeout, "awaitTimeout");
            return this;
        }

        /**
         * @param pollInterval the first poll interval (default 1 second)
         * @return this builder
         */
        public Builder pollInterval(Duration pollInterval) {
            this.pollInterval = positive(pollInterval, "pollInterval");
            return this;
        }

        /**
         * @param maxPollInterval the longest poll interval (default 30 seconds)
         * @return this builder
         */
        public Builder maxPollInterval(Duration maxPollInterval) {
            this.maxPollInterval = positive(maxPollInterval, "maxPollInterval");
            return this;
        }

        /**
         * @param pollGrowth how much the poll interval grows each round, at least 1 (default 1.5)
         * @return this builder
         */
        public Builder pollGrowth(double pollGrowth) {
            if (!(pollGrowth >= 1.0) || pollGrowth > 100) {
                throw new IonQConfigurationException("pollGrowth must be from 1 to 100, but was " + pollGrowth);
            }
            this.pollGrowth = pollGrowth;
            return this;
        }

        /**
         * @param requestTimeout how long one HTTP exchange may take, headers and whole body
         *                       ({@code ionq.http.request-timeout}, default 60 seconds)
         * @return this builder
         */
        public Builder requestTimeout(Duration requestTimeout) {
            this.requestTimeout = positive(requestTimeout, "requestTimeout");
            this.requestTimeoutSet = true;
            return this;
        }

        /**
         * @param bytes the largest job or job-listing body read ({@code ionq.http.max-response-size},
         *              default 16 MiB); a longer body fails the call instead of filling the heap
         * @return this builder
         */
        public Builder maxResponseSize(long bytes) {
            this.maxResponseSize = positive(bytes, "maxResponseSize");
            this.maxResponseSizeSet = true;
            return this;
        }

        /**
         * @param bytes the largest result body read ({@code ionq.http.max-result-size}, default 256 MiB); each
         *              result's own limit is scaled to its job's qubits and shots and never above this
         * @return this builder
         */
        public Builder maxResultSize(long bytes) {
            this.maxResultSize = positive(bytes, "maxResultSize");
            this.maxResultSizeSet = true;
            return this;
        }

        /**
         * @param connectTimeout how long connecting may take (default 10 seconds)
         * @return this builder
         */
        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = positive(connectTimeout, "connectTimeout");
            return this;
        }

        /**
         * @param maxAttempts the most attempts per request, 1 to 100 (default 6; 1 disables retries)
         * @return this builder
         */
        public Builder maxAttempts(int maxAttempts) {
            if (maxAttempts < 1 || maxAttempts > 100) {
                throw new IonQConfigurationException("maxAttempts must be from 1 to 100, but was " + maxAttempts);
            }
            this.maxAttempts = maxAttempts;
            return this;
        }

        /**
         * @param proxy the HTTP proxy to use (such as Maven's active settings.xml proxy), or null (the default)
         *              to follow the JVM's {@code https.proxyHost}, {@code http.proxyHost} and
         *              {@code http.nonProxyHosts}
         * @return this builder
         */
        public Builder proxy(HttpProxy proxy) {
            this.proxy = proxy;
            return this;
        }

        /**
         * Sends every message of the client to a host's log (the Maven plugin passes one backed by Maven's log) instead of {@code System.getLogger("io.github.ionqci.client")}
         * (which, with no logging set up, goes to {@code java.util.logging} and shows only INFO and above).
         * Messages reach it already scrubbed of the API key.
         *
         * <pre>{@code
         * IonQConfig.builder().fromEnvironment().logger(System.getLogger("com.example.ci.ionq")).build();
         * }</pre>
         *
         * @param logger where the client logs
         * @return this builder
         */
        public Builder logger(System.Logger logger) {
            this.logger = Objects.requireNonNull(logger, "logger");
            return this;
        }

        /**
         * @param giveUpAfter how long an await goes on while no request reaches the API (default 2 minutes;
         *                    property {@code ionq.connect.give-up-after})
         * @return this builder
         */
        public Builder connectGiveUpAfter(Duration giveUpAfter) {
            this.connectGiveUpAfter = positive(giveUpAfter, "connectGiveUpAfter");
            return this;
        }

        /**
         * @param maxRetryTime the most time one request may take over all attempts (default 2 minutes)
         * @return this builder
         */
        public Builder maxRetryTime(Duration maxRetryTime) {
            this.maxRetryTime = positive(maxRetryTime, "maxRetryTime");
            return this;
        }

        /**
         * @param initial the backoff before the first retry (default 500 ms), doubled each retry
         * @param max     the longest backoff (default 30 seconds)
         * @return this builder
         */
        public Builder retryBackoff(Duration initial, Duration max) {
            this.initialBackoff = positive(initial, "initial backoff");
            this.maxBackoff = positive(max, "max backoff");
            return this;
        }

        /**
         * @param maxRetryAfter the longest {@code Retry-After} honoured (default 60 seconds)
         * @return this builder
         */
        public Builder maxRetryAfter(Duration maxRetryAfter) {
            this.maxRetryAfter = positive(maxRetryAfter, "maxRetryAfter");
            return this;
        }

        /**
         * @param emulator whether the embedded emulator is wanted ({@code ionq.emulator})
         * @return this builder
         */
        public Builder emulator(boolean emulator) {
            this.emulator = emulator;
            return this;
        }

        /**
         * Adds a source of values, asked by property name ({@code ionq.api-key}, …) after the
         * explicit values and the lookups added before it. Null or blank answers mean "not set".
         *
         * @param lookup property name to value, such as {@code System::getProperty}
         * @return this builder
         */
        public Builder lookup(Function<String, String> lookup) {
            lookups.add(Objects.requireNonNull(lookup, "lookup"));
            return this;
        }

        /** @return this builder, with system properties added as a lookup */
        public Builder systemProperties() {
            return lookup(System::getProperty);
        }

        /** @return this builder, with environment variables ({@code IONQ_API_KEY}, …) added as a lookup */
        public Builder environmentVariables() {
            return lookup(name -> {
                String variable = IonQProperties.environmentVariable(name);
                return variable == null ? null : System.getenv(variable);
            });
        }

        /** @return this builder, with system properties and then environment variables added as lookups */
        public Builder fromEnvironment() {
            return systemProperties().environmentVariables();
        }

        /**
         * @return the configuration
         * @throws IonQConfigurationException if no API key is set (unless the emulator is on), the
         *                                    base URL is not https (http is allowed for loopback only),
         *                                    or a duration cannot be read
         */
        public IonQConfig build() {
            boolean useEmulator = emulator != null ? emulator : parseBoolean(IonQProperties.EMULATOR);
            ApiKey key = apiKey;
            if (key == null) {
                String looked = find(IonQProperties.API_KEY);
                if (looked != null) {
                    key = ApiKey.of(looked);
                } else if (!useEmulator) {
                    throw new IonQMissingApiKeyException();
                }
            }
            String url = baseUrl != null ? baseUrl : find(IonQProperties.BASE_URL);
            URI base = Origins.validateBaseUrl(url == null ? IonQProperties.DEFAULT_BASE_URL : url);
            Duration timeout = awaitTimeout != null ? awaitTimeout
                    : duration(IonQProperties.AWAIT_TIMEOUT, DEFAULT_AWAIT_TIMEOUT);
            Duration poll = pollInterval != null ? pollInterval
                    : duration(IonQProperties.AWAIT_POLL_INTERVAL, DEFAULT_POLL_INTERVAL);
            if (maxPollInterval.compareTo(poll) < 0) {
                maxPollInterval = poll;
            }
            if (!requestTimeoutSet) {
                requestTimeout = duration(IonQProperties.HTTP_REQUEST_TIMEOUT, requestTimeout);
            }
            if (!maxResponseSizeSet) {
                maxResponseSize = size(IonQProperties.HTTP_MAX_RESPONSE_SIZE, maxResponseSize);
            }
            if (!maxResultSizeSet) {
                maxResultSize = size(IonQProperties.HTTP_MAX_RESULT_SIZE, maxResultSize);
            }
            if (maxBackoff.compareTo(initialBackoff) < 0) {
                throw new IonQConfigurationException("The max backoff (" + Durations.format(maxBackoff)
                        + ") is shorter than the initial backoff (" + Durations.format(initialBackoff) + "): pass"
                        + " retryBackoff(initial, max) a max at least as long as the initial");
            }
            Duration giveUp = connectGiveUpAfter != null ? connectGiveUpAfter
                    : duration(IonQProperties.CONNECT_GIVE_UP_AFTER, DEFAULT_CONNECT_GIVE_UP_AFTER);
            return new IonQConfig(this, key, base, timeout, poll, useEmulator, giveUp);
        }

        private String find(String property) {
            for (Function<String, String> lookup : lookups) {
                String value = lookup.apply(property);
                if (value != null && !value.isBlank()) {
                    return value.strip();
                }
            }
            return null;
        }

        private Duration duration(String property, Duration fallback) {
            String text = find(property);
            return text == null ? fallback : SettingsParser.parsePositiveDuration(property, text);
        }

        private long size(String property, long fallback) {
            String text = find(property);
            return text == null ? fallback : SettingsParser.parseSize(property, text);
        }

        private static long positive(long value, String name) {
            if (value <= 0) {
                throw new IonQConfigurationException(name + " must be positive, but was " + value);
            }
            return value;
        }

        private boolean parseBoolean(String property) {
            String text = find(property);
            return text != null && SettingsParser.parseBoolean(property, text);
        }

        private static Duration positive(Duration value, String name) {
            Objects.requireNonNull(value, name);
            if (value.isNegative() || value.isZero()) {
                throw new IonQConfigurationException(name + " must be positive, but was " + value);
            }
            return value;
        }
    }
}
