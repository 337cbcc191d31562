package io.github.ionqci.emulator.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request as the API handlers see it.
 *
 * @param method        the HTTP method, upper case
 * @param path          the decoded path
 * @param rawQuery      the raw query string, or null
 * @param authorization the {@code Authorization} header, or null
 * @param contentType   the {@code Content-Type} header, or null
 * @param body          the request body (empty for none)
 */
public record ApiRequest(String method, String path, String rawQuery, String authorization, String contentType,
                         byte[] body) {

    /**
     * @return query parameters by decoded name, values decoded, in order
     */
    public Map<String, List<String>> query() {
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return params;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            params.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return params;
    }

    /**
     * @param name a parameter name
     * @return its first value, or null
     */
    public String param(String name) {
        List<String> values = query().get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** Names the request without its headers or body, so the API key never shows. */
    @Override
    public String toString() {
        return "ApiRequest[" + method + " " + path + (rawQuery == null ? "" : "?" + rawQuery) + ", authorization="
                + (authorization == null ? "none" : "***") + ", " + body.length + " body bytes]";
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }
}
