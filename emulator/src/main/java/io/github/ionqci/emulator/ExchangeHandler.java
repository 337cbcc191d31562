package io.github.ionqci.emulator;

import io.github.ionqci.emulator.internal.ApiErrors;
import io.github.ionqci.emulator.internal.ApiRequest;
import io.github.ionqci.emulator.internal.ApiRouter;
import io.github.ionqci.emulator.internal.HttpReply;
import io.github.ionqci.emulator.internal.Json;
import io.github.ionqci.emulator.internal.http.Exchange;
import io.github.ionqci.emulator.internal.http.Handler;
import io.github.ionqci.emulator.internal.http.HttpProtocolException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Between the HTTP server ({@code internal.http}, which frames requests and writes answers) and the API: faults,
 * the body limit, routing and the request log. Logs no header.
 */
final class ExchangeHandler implements Handler {

    /** Largest accepted request body, as IonQ's 413 documents. */
    static final int MAX_BODY_BYTES = 10 * 1024 * 1024;
    /** How much of an oversized body is read and dropped so the client gets the 413 rather than a reset. */
    private static final long MAX_DRAIN_BYTES = 64L * 1024 * 1024;

    private static final Logger LOG = Logger.getLogger(IonQEmulator.class.getName());

    private final ApiRouter router;
    private final Faults faults;
    private final RequestLog log;
    private final Clock clock;

    ExchangeHandler(ApiRouter router, Faults faults, RequestLog log, Clock clock) {
        this.router = router;
        this.faults = faults;
        this.log = log;
        this.clock = clock;
    }

    @Override
    public void handle(Exchange exchange) {
        String method = exchange.method().toUpperCase(Locale.ROOT);
        String path = exchange.rawPath();   // raw: %2F is not a path separator
        String query = exchange.rawQuery();
        java.time.Instant at = clock.instant();
        boolean recorded = false;
        try {
            List<Fault> fired = faults.select(method, path);
            Fault decisive = null;
            for (Fault fault : fired) {
                if (fault.kind() == Fault.Kind.LATENCY) {
                    sleep(fault);
                } else {
                    decisive = fault;
                }
            }
            if (decisive != null && decisive.kind() == Fault.Kind.CONNECTION_RESET) {
                recorded = record(method, path, query, 0, at);
                exchange.close();   // nothing sent: the connection is dropped
                return;
            }
            HttpReply reply = decisive == null || decisive.kind() == Fault.Kind.TRUNCATED_BODY
                    ? route(exchange, method, path, query) : injected(decisive);
            // recorded before the client can see the response, so a test reading the log after it never races
            recorded = record(method, path, query, reply.status(), at);
            if (decisive != null && decisive.kind() == Fault.Kind.TRUNCATED_BODY) {
                writeTruncated(exchange, reply);
            } else {
                exchange.respond(reply);
            }
        } catch (IOException e) {
            LOG.log(Level.FINE, "client went away during " + method + " " + path, e);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "emulator failed on " + method + " " + path, e);
            try {
                HttpReply reply = ApiErrors.error(500, "The emulator failed: " + e);
                if (!recorded) {
                    recorded = record(method, path, query, 500, at);
                }
                exchange.respond(reply);
            } catch (IOException | RuntimeException ignored) {
                // headers may already be gone; nothing more to say
            }
        } finally {
            if (!recorded) {
                record(method, path, query, 0, at);
            }
            exchange.close();
        }
    }

    private boolean record(String method, String path, String query, int status, java.time.Instant at) {
        log.record(new RecordedRequest(method, path, query, status, at));
        return true;
    }

    private HttpReply route(Exchange exchange, String method, String path, String query) throws IOException {
        byte[] body;
        try {
            body = readBody(exchange);
        } catch (HttpProtocolException e) {
            // a body that cannot be framed (a bad chunk): the connection closes after this answer
            return ApiErrors.error(e.status(), e.getMessage());
        }
        if (body == null) {
            return ApiErrors.error(413, "The request body is larger than 10 MB; split the job into smaller ones.");
        }
        return router.handle(new ApiRequest(method, path, query, exchange.header("Authorization"),
                exchange.header("Content-Type"), body));
    }

    /** @return the body, or null when it exceeds {@link #MAX_BODY_BYTES} (then drained, so the 413 arrives) */
    private static byte[] readBody(Exchange exchange) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean tooLarge = false;
        long drained = 0;
        try (InputStream in = exchange.requestBody()) {
            byte[] buffer = new byte[65536];
            int n;
            while ((n = in.read(buffer)) >= 0) {
                if (tooLarge) {
                    drained += n;
                    if (drained > MAX_DRAIN_BYTES) {
                        break;
                    }
                    continue;
                }
                out.write(buffer, 0, n);
                if (out.size() > MAX_BODY_BYTES) {
                    tooLarge = true;
                    out = new ByteArrayOutputStream();
                }
            }
        }
        return tooLarge ? null : out.toByteArray();
    }

    private static HttpReply injected(Fault fault) {
        HttpReply reply;
        if (fault.kind() == Fault.Kind.HTML_PAGE) {
            String html = "<!DOCTYPE html>\n<html><head><title>" + fault.statusCode() + " "
                    + ApiErrors.errorName(fault.statusCode()) + "</title></head><body><center><h1>"
                    + fault.statusCode() + " " + ApiErrors.errorName(fault.statusCode())
                    + "</h1></center><hr><center>cloudflare</center></body></html>\n";
            reply = new HttpReply(fault.statusCode(), "text/html; charset=utf-8",
                    html.getBytes(StandardCharsets.UTF_8), Map.of());
        } else {
            reply = ApiErrors.error(fault.statusCode(), ApiErrors.defaultMessage(fault.statusCode()));
        }
        return fault.retryAfter() == null ? reply : reply.withHeader("Retry-After", fault.retryAfter());
    }

    /** Declares the full length, sends half of the body, then drops the connection. */
    private static void writeTruncated(Exchange exchange, HttpReply reply) throws IOException {
        HttpReply full = reply.body().length >= 2 ? reply : new HttpReply(reply.status(), HttpReply.JSON,
                Json.bytes(ApiErrors.body(reply.status(), ApiErrors.defaultMessage(reply.status()))), reply.headers());
        exchange.respondCut(full, Math.max(1, full.body().length / 2));
    }

    private static void sleep(Fault fault) {
        try {
            Thread.sleep(fault.delay().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
