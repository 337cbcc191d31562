package io.github.ionqci.client.internal;

import io.github.ionqci.client.IonQConfig;
import io.github.ionqci.client.HttpProxy;
import io.github.ionqci.client.IonQConnectionException;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.ConnectException;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Sends calls with the API key to the configured origin only, and retries what is safe to retry:
 * 429 (honouring {@code Retry-After}), 408 and 425 (a proxy's "too slow" and "too early"), 409 on reads, 502, 503, 504, 520 to 529, connection resets
 * and timeouts; exponential backoff with full jitter, bounded in attempts and in total time. A POST
 * is retried only when it cannot have reached the server (the connection was never made). Each
 * attempt, headers and body, ends by the request timeout (or the call's deadline, if sooner), and
 * bodies are read up to a limit per kind: the call's, or the configured {@code maxResponseSize},
 * or {@link #ERROR_BODY_LIMIT} for an error body.
 */
public final class Transport {


    private static final Duration MIN_ATTEMPT = Duration.ofMillis(50);

    /** Error bodies are kept up to this size (the rest is not read): enough to say what they were. */
    public static final int ERROR_BODY_LIMIT = 64 * 1024;

    private final IonQConfig config;
    private final HttpClient http;
    private final ErrorReports errors;

    /**
     * @param config the configuration, with an API key
     * @param errors the error reports to build exceptions with
     */
    public Transport(IonQConfig config, ErrorReports errors) {
        this.config = config;
        this.errors = errors;
        HttpClient.Builder builder = HttpClient.newBuilder()
                .connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version("http".equals(config.baseUrl().getScheme()) ? HttpClient.Version.HTTP_1_1
                        : HttpClient.Version.HTTP_2);
        HttpProxy configured = config.proxy();
        ProxySelector proxy = configured != null ? configured.selector() : ProxySelector.getDefault();
        if (proxy != null) {
            builder.proxy(proxy);
        }
        this.http = builder.build();
    }

    /**
     * Sends a call, retrying as the configuration allows.
     *
     * @param call the call; its URL must be on the configured origin
     * @return the final response, whatever its status
     * @throws IonQConnectionException when no response came after the allowed attempts
     */
    public ApiResponse send(Call call) {
        if (!Origins.sameOrigin(call.uri(), config.baseUrl())) {
            throw new IllegalStateException("Refusing to send the API key to " + Origins.originOf(call.uri()));
        }
        long start = System.nanoTime();
        Instant budgetEnd = Instant.now().plus(config.maxRetryTime());
        Instant deadline = call.deadline() == null || call.deadline().isAfter(budgetEnd) ? budgetEnd : call.deadline();
        ApiResponse lastResponse = null;
        for (int attempt = 1; ; attempt++) {
            Duration remaining = Duration.between(Instant.now(), deadline);
            boolean cut = remaining.compareTo(config.requestTimeout()) < 0;
            Duration timeout = cut ? remaining : config.requestTimeout();
            if (timeout.toMillis() < 1) {
                timeout = Duration.ofMillis(1);
            }
            Exchange response;
            try {
                config.logger().log(Level.DEBUG, () -> "IonQ " + target(call));
                response = exchange(call, timeout);
            } catch (BodyTooLargeException e) {
                throw errors.tooLarge(call, e.limit(), Duration.ofNanos(System.nanoTime() - start));
            } catch (IOException e) {
                boolean neverSent = e instanceof ConnectException || e instanceof HttpConnectTimeoutException;
                boolean retryable = call.idempotent() || neverSent;
                Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
                Duration delay = backoff(attempt);
                if (cut && lastResponse != null && e instanceof java.net.http.HttpTimeoutException && !neverSent) {
                    // the deadline, not the server, ended this attempt: report what the server last said
                    return lastResponse;
                }
                if (!retryable || !canRetry(attempt, delay, deadline)) {
                    throw errors.forConnection(call, e, attempt, elapsed, !retryable);
                }
                int next = attempt + 1;
                config.logger().log(Level.DEBUG, () -> "IonQ " + target(call) + " failed (" + e.getClass().getSimpleName()
                        + "); attempt " + next + " of " + config.maxAttempts() + " in " + delay.toMillis() + " ms");
                sleep(delay, call, e, attempt, start);
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IonQConnectionException("Could not " + call.action() + ": interrupted while waiting for"
                        + " IonQ", call.jobId(), 0, null, null, null);
            }
            int status = response.http().statusCode();
            ApiResponse result = new ApiResponse(status, response.http().headers(), response.http().body(), attempt,
                    Duration.ofNanos(System.nanoTime() - start), response.cut());
            if (!isRetryable(status, call)) {
                return result;
            }
            lastResponse = result;
            Duration delay = delayFor(response.http(), attempt);
            if (!canRetry(attempt, delay, deadline)) {
                return result;
            }
            int next = attempt + 1;
            config.logger().log(Level.DEBUG, () -> "IonQ " + target(call) + " answered HTTP " + status + "; attempt " + next
                    + " of " + config.maxAttempts() + " in " + delay.toMillis() + " ms");
            sleep(delay, call, null, attempt, start);
        }
    }

    /** @return the call's method, path and query for a log line, scrubbed: a page token came from the server */
    private String target(Call call) {
        return errors.clip(call.target(), 2000);
    }

    /** A response and whether its (error) body was cut at {@link #ERROR_BODY_LIMIT}. */
    private record Exchange(HttpResponse<byte[]> http, boolean cut) {
    }

    /**
     * One attempt: headers and the whole body within {@code timeout}. On JDK 17 the request timeout
     * stops applying once the headers have arrived, so the wait for the body is bounded here, and a
     * body that trickles or never ends is abandoned (its connection closed) at the deadline.
     */
    private Exchange exchange(Call call, Duration timeout) throws IOException, InterruptedException {
        long limit = call.maxBytes() > 0 ? call.maxBytes() : config.maxResponseSize();
        AtomicReference<CappedBody> body = new AtomicReference<>();
        HttpResponse.BodyHandler<byte[]> handler = info -> {
            boolean success = info.statusCode() >= 200 && info.statusCode() < 300;
            CappedBody capped = success ? new CappedBody(limit, false)
                    : new CappedBody(Math.min(limit, ERROR_BODY_LIMIT), true);
            body.set(capped);
            return capped;
        };
        CompletableFuture<HttpResponse<byte[]>> future = http.sendAsync(request(call, timeout), handler);
        try {
            HttpResponse<byte[]> response = future.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
            CappedBody capped = body.get();
            return new Exchange(response, capped != null && capped.wasCut());
        } catch (TimeoutException e) {
            CappedBody capped = abort(future, body);
            throw new ExchangeTimeoutException(timeout, capped != null, capped == null ? 0 : capped.received());
        } catch (InterruptedException e) {
            abort(future, body);
            throw e;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof CompletionException && e.getCause().getCause() != null
                    ? e.getCause().getCause() : e.getCause();
            if (cause instanceof IOException) {
                throw (IOException) cause;
            }
            abort(future, body);
            throw new IOException(cause.getClass().getName() + (cause.getMessage() == null ? ""
                    : ": " + errors.scrub(cause.getMessage())));
        }
    }

    private static CappedBody abort(CompletableFuture<?> future, AtomicReference<CappedBody> body) {
        future.cancel(true);
        CappedBody capped = body.get();
        if (capped != null) {
            capped.abort();
        }
        return capped;
    }

    /**
     * @param status an HTTP status
     * @param call   the call that got it
     * @return whether it is worth another attempt: never for a POST that reached the server
     */
    static boolean isRetryable(int status, Call call) {
        if (!call.idempotent()) {
            return false;
        }
        return status == 408 || status == 425 || status == 429 || status == 502 || status == 503 || status == 504
                || (status >= 520 && status <= 529) || (status == 409 && "GET".equals(call.method()));
    }

    private HttpRequest request(Call call, Duration timeout) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(call.uri())
                .timeout(timeout)
                .header("Authorization", config.apiKey().authorizationHeader())
                .header("Accept", "application/json")
                .header("User-Agent", "ionq-ci-client/0.1 (Java " + Runtime.version().feature() + ")");
        HttpProxy proxy = config.proxy();
        if (proxy != null && proxy.authenticates() && proxy.proxies(call.uri())) {
            // to the proxy only: plain-http requests carry it to the proxy, which drops it; for https the JDK
            // moves it to the CONNECT request
            builder.header("Proxy-Authorization", proxy.basicAuthorization());
        }
        if (call.body() != null) {
            builder.header("Content-Type", "application/json")
                    .method(call.method(), HttpRequest.BodyPublishers.ofString(call.body()));
        } else {
            builder.method(call.method(), HttpRequest.BodyPublishers.noBody());
        }
        return builder.build();
    }

    private Duration delayFor(HttpResponse<?> response, int attempt) {
        int status = response.statusCode();
        if (status == 429 || status == 503) {
            Duration asked = RetryAfter.parse(response.headers().firstValue("retry-after").orElse(null));
            if (asked != null) {
                return asked.compareTo(config.maxRetryAfter()) > 0 ? config.maxRetryAfter() : asked;
            }
        }
        return backoff(attempt);
    }

    /** Full jitter: uniform from 0 to min(max, initial × 2^(attempt − 1)). */
    private Duration backoff(int attempt) {
        long initial = config.initialBackoff().toNanos();
        long cap = config.maxBackoff().toNanos();
        long ceiling = attempt >= 62 ? cap : Math.min(cap, initial << Math.min(attempt - 1, 40));
        if (ceiling <= 0) {
            ceiling = cap;
        }
        return Duration.ofNanos(ThreadLocalRandom.current().nextLong(ceiling + 1));
    }

    /** Another attempt only if attempts remain and, after the backoff, it still has a useful time to run. */
    private boolean canRetry(int attempt, Duration delay, Instant deadline) {
        Duration minimumAttempt = config.requestTimeout().compareTo(MIN_ATTEMPT) < 0 ? config.requestTimeout()
                : MIN_ATTEMPT;
        return attempt < config.maxAttempts() && Instant.now().plus(delay).plus(minimumAttempt).isBefore(deadline);
    }

    private void sleep(Duration delay, Call call, IOException last, int attempt, long start) {
        try {
            Thread.sleep(delay.toMillis(), (int) (delay.toNanos() % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            IonQConnectionException failure = new IonQConnectionException("Could not " + call.action()
                    + ": interrupted while waiting to retry (attempt " + attempt + ", "
                    + Duration.ofNanos(System.nanoTime() - start).toMillis() + " ms)", call.jobId(), 0, null, null, e);
            if (last != null) {
                failure.addSuppressed(last);
            }
            throw failure;
        }
    }

    /** @return the configuration it sends with */
    public IonQConfig config() {
        return config;
    }

    @Override
    public String toString() {
        return "Transport[" + config.baseUrl() + "]";
    }
}
