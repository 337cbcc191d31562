package io.github.ionqci.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ionqci.client.ApiKey;
import io.github.ionqci.client.Durations;
import io.github.ionqci.client.IonQAuthenticationException;
import io.github.ionqci.client.IonQConnectionException;
import io.github.ionqci.client.IonQException;
import io.github.ionqci.client.IonQNotFoundException;
import io.github.ionqci.client.IonQRateLimitException;
import io.github.ionqci.client.IonQRequestException;
import io.github.ionqci.client.IonQResponseException;
import io.github.ionqci.client.IonQServerException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Turns failed calls into typed exceptions whose message names the call and the job, the HTTP
 * status, IonQ's {@code error} and {@code message}, the {@code x-request-id}, and what to do.
 * The API key is scrubbed from every text that came from the server.
 */
public final class ErrorReports {

    /** How many characters of an unexpected body a message shows. */
    public static final int SNIPPET_LENGTH = 200;

    private static final String STATUS_PAGE = "https://status.ionq.co";

    private final ApiKey key;

    /**
     * @param key the API key to scrub from server texts, or null
     */
    public ErrorReports(ApiKey key) {
        this.key = key;
    }

    /**
     * @param call     the call
     * @param response its final, unsuccessful response
     * @return the exception to throw
     */
    public IonQException forStatus(Call call, ApiResponse response) {
        int status = response.status();
        String error = null;
        String ionqMessage = null;
        JsonNode node = parseErrorBody(response.body());
        if (node != null) {
            error = text(node, "error");
            ionqMessage = text(node, "message");
        }
        StringBuilder m = new StringBuilder("Could not ").append(call.action()).append(": HTTP ").append(status);
        appendAttempts(m, response);
        if (error != null || ionqMessage != null) {
            m.append(", IonQ says \"");
            if (error != null && ionqMessage != null) {
                m.append(error).append(": ").append(ionqMessage);
            } else {
                m.append(error != null ? error : ionqMessage);
            }
            m.append('"');
        } else if (response.body().length > 0) {
            m.append(", with a body that is not IonQ's JSON error (").append(describe(response)).append(")");
        } else {
            m.append(", with an empty body");
        }
        String rid = requestId(response);
        appendRequestId(m, rid);
        m.append(". ").append(advice(call, status));
        String message = m.toString();
        String jobId = call.jobId();
        if (status == 401 || status == 403) {
            return new IonQAuthenticationException(message, jobId, status, error, rid, null);
        }
        if (status == 404) {
            return new IonQNotFoundException(message, jobId, status, error, rid, null);
        }
        if (status == 429) {
            return new IonQRateLimitException(message, jobId, error, rid,
                    RetryAfter.parse(response.headers().firstValue("retry-after").orElse(null)));
        }
        if (status >= 500 || (status == 409 && call.idempotent())) {
            return new IonQServerException(message, jobId, status, error, rid, null);
        }
        if (status >= 400) {
            return new IonQRequestException(message, jobId, status, error, rid, validation(node), null);
        }
        return new IonQResponseException(message, jobId, status, error, rid, null);
    }

    /**
     * @param call     the call
     * @param response its successful response, whose body could not be used
     * @param problem  what is wrong with it
     * @return the exception to throw
     */
    public IonQResponseException badBody(Call call, ApiResponse response, String problem) {
        StringBuilder m = new StringBuilder("Could not ").append(call.action()).append(": HTTP ")
                .append(response.status()).append(" answered ").append(clip(problem, 1000)).append("; received ")
                .append(describe(response));
        String rid = requestId(response);
        appendRequestId(m, rid);
        m.append(". This is a fault of IonQ's service or of a proxy in between: retry later, and if it persists"
                + " send the x-request-id to support@ionq.co");
        return new IonQResponseException(m.toString(), call.jobId(), response.status(), null, rid, null);
    }

    /**
     * @param call    the call
     * @param limit   the limit its body grew past
     * @param elapsed time spent
     * @return the exception to throw: the body is not read further, and the call is not retried
     */
    public IonQResponseException tooLarge(Call call, long limit, Duration elapsed) {
        boolean result = call.maxBytes() > 0;
        String what = result ? "the limit for this result (scaled to the job's qubits and shots, at most "
                + "ionq.http.max-result-size)" : "the limit for job JSON (ionq.http.max-response-size)";
        return new IonQResponseException("Could not " + call.action() + ": the response body grew past "
                + ByteSizes.format(limit) + ", " + what + ", so reading stopped after " + format(elapsed)
                + ". A body that large is not a job or result IonQ sends: check ionq.base-url and any proxy in"
                + " between; if it is genuine, raise " + (result ? "ionq.http.max-result-size"
                : "ionq.http.max-response-size") + " (IonQConfig.Builder." + (result ? "maxResultSize"
                : "maxResponseSize") + ")", call.jobId(), 0, null, null, null);
    }

    /**
     * @param call    the call
     * @param problem what is wrong, as a full sentence ending without a period
     * @param advice  what to do
     * @return the exception to throw
     */
    public IonQResponseException invalid(Call call, String problem, String advice) {
        return new IonQResponseException("Could not " + call.action() + ": " + clip(problem, 1000) + ". " + advice,
                call.jobId(), 0, null, null, null);
    }

    /**
     * @param call       the call
     * @param failure    the last I/O failure
     * @param attempts   attempts made
     * @param elapsed    time spent
     * @param maybeSent  whether a non-idempotent request may have reached the server
     * @return the exception to throw
     */
    public IonQConnectionException forConnection(Call call, IOException failure, int attempts, Duration elapsed,
                                                 boolean maybeSent) {
        StringBuilder m = new StringBuilder("Could not ").append(call.action()).append(": ");
        boolean slow = false;
        if (failure instanceof ExchangeTimeoutException && ((ExchangeTimeoutException) failure).headersArrived()) {
            m.append("the response body from ").append(Origins.originOf(call.uri()))
                    .append(" did not arrive in time");
            slow = true;
        } else if (failure instanceof HttpTimeoutException
                && !(failure instanceof java.net.http.HttpConnectTimeoutException)) {
            m.append("no response from ").append(Origins.originOf(call.uri())).append(" in time");
            slow = true;
        } else if (failure instanceof ConnectException || failure instanceof java.net.http.HttpConnectTimeoutException) {
            m.append("cannot connect to ").append(Origins.originOf(call.uri()));
        } else {
            m.append("the connection to ").append(Origins.originOf(call.uri())).append(" failed");
        }
        if (attempts > 1) {
            m.append(" after ").append(attempts).append(" attempts over ").append(format(elapsed));
        }
        m.append(" (").append(failure.getClass().getSimpleName());
        if (failure.getMessage() != null) {
            m.append(": ").append(clip(failure.getMessage(), SNIPPET_LENGTH));
        }
        m.append("). ");
        if (slow) {
            m.append("Each attempt, headers and body, ends after the request timeout (ionq.http.request-timeout,"
                    + " IonQConfig.Builder.requestTimeout) or at the await timeout, whichever is first; raise it"
                    + " only if the network is genuinely that slow. ");
        }
        if (maybeSent) {
            m.append("The request may have reached IonQ, so the job may or may not have been created; it is not"
                    + " sent again automatically: list your jobs (GET /jobs) before submitting again.");
        } else {
            m.append("Check ionq.base-url and that the network reaches it; see " + STATUS_PAGE
                    + " for IonQ incidents, and retry later.");
        }
        return new IonQConnectionException(m.toString(), call.jobId(), 0, null, null, scrubbed(failure), slow);
    }

    /**
     * @param body a body
     * @return the first {@link #SNIPPET_LENGTH} characters, whitespace collapsed, the API key scrubbed
     */
    public String snippet(byte[] body) {
        int keyBytes = key == null ? 0 : key.reveal().length() * 4;
        int take = Math.min(body.length, SNIPPET_LENGTH * 4 + keyBytes);
        String text = new String(body, 0, take, StandardCharsets.UTF_8).replaceAll("\\s+", " ").strip();
        String clipped = clip(text, SNIPPET_LENGTH);
        return body.length > take && !clipped.endsWith("…") ? clipped + "…" : clipped;
    }

    /**
     * The one way a text from the server or from an exception is shortened for a message: the whole
     * text is scrubbed, then cut, then its end is scrubbed again, so no cut leaves a piece of the key.
     *
     * @param text a text, or null
     * @param max  the most characters kept (an ellipsis marks a cut)
     * @return the text scrubbed and cut, or null
     */
    public String clip(String text, int max) {
        if (text == null) {
            return null;
        }
        String clean = scrub(text);
        if (clean.length() <= max) {
            return scrubTail(clean);
        }
        return scrubTail(clean.substring(0, max)) + "…";
    }

    /**
     * A copy of an exception, and of its causes, safe to chain: the same class name, stack trace and
     * message, the message scrubbed. The original's message may quote what the server sent, the key
     * included (an invalid status line, a header).
     *
     * @param failure an exception, or null
     * @return its scrubbed copy, or null
     */
    public Throwable scrubbed(Throwable failure) {
        if (failure == null) {
            return null;
        }
        String message = failure.getClass().getName()
                + (failure.getMessage() == null ? "" : ": " + clip(failure.getMessage(), 1000));
        ScrubbedException copy = new ScrubbedException(message, failure.getCause() == failure ? null
                : scrubbed(failure.getCause()));
        copy.setStackTrace(failure.getStackTrace());
        return copy;
    }

    /** Stands in for an exception whose message was scrubbed; its message starts with the original class. */
    static final class ScrubbedException extends Exception {

        private static final long serialVersionUID = 1L;

        ScrubbedException(String message, Throwable cause) {
            super(message, cause);
        }

        @Override
        public String toString() {
            return getMessage();
        }
    }

    /**
     * @param text text from the server or an exception
     * @return the text with the API key replaced by {@code ****}, and so is a beginning of it (8 characters or
     *         more) just before an ellipsis, where a text was cut
     */
    public String scrub(String text) {
        if (text == null || key == null) {
            return text;
        }
        String clean = text.replace(key.reveal(), "****");
        int ellipsis = clean.indexOf('…');
        if (ellipsis < 0) {
            return clean;
        }
        // a text cut elsewhere (marked with an ellipsis) may end a piece with a beginning of the key
        StringBuilder out = new StringBuilder(clean.length());
        int from = 0;
        while (ellipsis >= 0) {
            out.append(scrubTail(clean.substring(from, ellipsis))).append('…');
            from = ellipsis + 1;
            ellipsis = clean.indexOf('…', from);
        }
        return out.append(clean, from, clean.length()).toString();
    }

    /**
     * @param text a text from the server, or null
     * @return whether it holds the API key (or a cut beginning of it that {@link #scrub} would replace)
     */
    public boolean quotesKey(String text) {
        return text != null && !text.equals(scrub(text));
    }

    /** Replaces a beginning of the key (8 characters or more) that ends the text, as a cut leaves it. */
    private String scrubTail(String text) {
        if (key == null) {
            return text;
        }
        String secret = key.reveal();
        for (int length = Math.min(secret.length() - 1, text.length()); length >= 8; length--) {
            if (text.regionMatches(text.length() - length, secret, 0, length)) {
                return text.substring(0, text.length() - length) + "****";
            }
        }
        return text;
    }

    private String describe(ApiResponse response) {
        String type = clip(response.contentType(), 100);
        StringBuilder d = new StringBuilder();
        d.append(type == null ? "no content type" : type).append(", ").append(response.cut() ? "more than " : "")
                .append(response.body().length).append(" bytes");
        if (response.body().length > 0) {
            d.append(": \"").append(snippet(response.body())).append('"');
        }
        return d.toString();
    }

    private static void appendAttempts(StringBuilder m, ApiResponse response) {
        if (response.attempts() > 1) {
            m.append(" after ").append(response.attempts()).append(" attempts over ").append(format(response.elapsed()));
        }
    }

    /** @return the response's x-request-id, scrubbed and cut to 100 characters, or null */
    private String requestId(ApiResponse response) {
        return clip(response.requestId(), 100);
    }

    private static void appendRequestId(StringBuilder m, String requestId) {
        if (requestId != null && !requestId.isBlank()) {
            m.append(" (x-request-id ").append(requestId).append(')');
        }
    }

    private static String format(Duration elapsed) {
        return Durations.format(Duration.ofMillis(Math.max(1, elapsed.toMillis())));
    }

    private String advice(Call call, int status) {
        switch (status) {
            case 401:
                return "Check the API key (ionq.api-key or IONQ_API_KEY): IonQ does not accept it; it may be"
                        + " mistyped, revoked or expired";
            case 403:
                return "The API key is not authorised for this project or resource: use a key of the project that"
                        + " owns the job";
            case 404:
                return call.action().contains("result") || call.action().contains("artifact")
                        ? "The job does not exist for this API key or has no such result (yet): await it until it"
                                + " is completed, and check the id and that the key is for the job's project"
                        : "Check the job id: it is wrong, or the job belongs to a project the API key is not for";
            case 407:
                return "The HTTP proxy refused the request (407 Proxy Authentication Required): check the proxy's user"
                        + " and password (the active <proxy> in settings.xml, or the client's HttpProxy). For an https"
                        + " base URL the JDK sends Basic credentials in a CONNECT only when the JVM runs with"
                        + " -Djdk.http.auth.tunneling.disabledSchemes= (for Maven: in MAVEN_OPTS or .mvn/jvm.config)";
            case 413:
                return "The request is larger than IonQ accepts (10 MB): split the job";
            case 429:
                return "IonQ is rate-limiting this API key: slow down (fewer parallel builds, a longer"
                        + " ionq.await.poll-interval) or ask support@ionq.co for a higher rate limit";
            default:
                break;
        }
        if (status >= 500 || status == 409 && call.idempotent()) {
            String base = "IonQ's service is failing: retry later, and see " + STATUS_PAGE + " for incidents";
            return call.idempotent() ? base
                    : base + "; the job may or may not have been created: list your jobs before submitting again";
        }
        if (status >= 300 && status < 400) {
            return "Redirects are not followed, so the API key never leaves the configured origin: check ionq.base-url";
        }
        return "IonQ rejected the request: fix what its message names";
    }

    private static JsonNode parseErrorBody(byte[] body) {
        if (body.length == 0 || body.length > Transport.ERROR_BODY_LIMIT) {
            return null;
        }
        try {
            JsonNode node = Json.mapper().readTree(body);
            return node != null && node.isObject() && (node.has("error") || node.has("message")) ? node : null;
        } catch (IOException e) {
            return null;
        }
    }

    private String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.isContainerNode()) {
            return null;
        }
        String text = value.asText().strip();
        if (text.isEmpty()) {
            return null;
        }
        return clip(text, 500);
    }

    private IonQRequestException.Validation validation(JsonNode body) {
        JsonNode v = body == null ? null : body.get("validation");
        if (v == null || !v.isObject()) {
            return null;
        }
        java.util.List<String> keys = new java.util.ArrayList<>();
        v.path("keys").forEach(k -> keys.add(scrub(k.asText())));
        JsonNode source = v.get("source");
        return new IonQRequestException.Validation(keys, source == null || source.isNull() ? null
                : scrub(source.asText()));
    }
}
