package io.github.ionqci.emulator.internal;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A complete HTTP response, built before anything is written so that faults can alter or cut it.
 *
 * @param status      the HTTP status
 * @param contentType the Content-Type, or null for an empty body
 * @param body        the body bytes (empty for none)
 * @param headers     extra headers
 */
public record HttpReply(int status, String contentType, byte[] body, Map<String, String> headers) {

    /** JSON media type with charset. */
    public static final String JSON = "application/json; charset=utf-8";

    /** Copies the headers. */
    public HttpReply {
        headers = Map.copyOf(headers);
    }

    /**
     * @param status HTTP status
     * @param value  body, serialised with Jackson
     * @return a JSON reply
     */
    public static HttpReply json(int status, Object value) {
        return new HttpReply(status, JSON, Json.bytes(value), Map.of());
    }

    /**
     * @param status HTTP status
     * @param text   JSON text sent verbatim
     * @return a JSON reply
     */
    public static HttpReply rawJson(int status, String text) {
        return new HttpReply(status, JSON, text.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    /**
     * @param name  header name
     * @param value header value
     * @return this reply with one more header
     */
    public HttpReply withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new HttpReply(status, contentType, body, copy);
    }
}
