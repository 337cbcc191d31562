package io.github.ionqci.emulator.internal.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A request line and its headers, read and checked: the method is a token, the target a path of visible ASCII
 * (origin form, or absolute form cut to its path), the version HTTP/1.0 or HTTP/1.1, every header a
 * {@code name: value} line without control characters, within the size caps.
 *
 * @param method   the method as sent (a token)
 * @param rawPath  the path, not decoded
 * @param rawQuery the query after {@code ?}, not decoded, or null
 * @param http11   whether the version is HTTP/1.1 (else HTTP/1.0)
 * @param headers  the header values by lower-case name, in order
 */
record RequestHead(String method, String rawPath, String rawQuery, boolean http11, Map<String, List<String>> headers) {

    /** The longest request line accepted, in bytes. */
    static final int MAX_REQUEST_LINE = 8 * 1024;
    /** The largest header block accepted (request line excluded), in bytes. */
    static final int MAX_HEADER_BYTES = 64 * 1024;
    /** The most header lines accepted. */
    static final int MAX_HEADERS = 100;
    /** Empty lines skipped before a request line (RFC 9112 allows a stray CRLF between requests). */
    private static final int MAX_LEADING_EMPTY_LINES = 4;

    /**
     * @param name a header name (any case)
     * @return its first value, or null
     */
    String header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null ? null : values.get(0);
    }

    /**
     * @param name a header name (any case)
     * @return all its values, in order (empty for none)
     */
    List<String> headers(String name) {
        return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    }

    /**
     * Reads the next request's line and headers.
     *
     * @param in the connection
     * @return the request head, or null when the connection ended before a request began
     * @throws HttpProtocolException if the request line or a header is malformed or too large
     * @throws java.io.IOException   if the connection fails or the deadline passes
     */
    static RequestHead read(ConnectionInput in) throws java.io.IOException {
        String line = in.readLine(MAX_REQUEST_LINE, new HttpProtocolException(414, "The request line is longer"
                + " than " + MAX_REQUEST_LINE + " bytes; send long lists in a POST body or split the request."));
        for (int skipped = 0; line != null && line.isEmpty() && skipped < MAX_LEADING_EMPTY_LINES; skipped++) {
            line = in.readLine(MAX_REQUEST_LINE, new HttpProtocolException(414, "The request line is longer than "
                    + MAX_REQUEST_LINE + " bytes."));
        }
        if (line == null) {
            return null;
        }
        String[] parts = line.split(" ", -1);
        if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty()) {
            throw new HttpProtocolException(400, "The request line must be 'METHOD /path HTTP/1.1' with single"
                    + " spaces; got " + quote(line) + ". Percent-encode spaces in the path (%20).");
        }
        String method = parts[0];
        for (int i = 0; i < method.length(); i++) {
            if (!token(method.charAt(i))) {
                throw new HttpProtocolException(400, "The method " + quote(method) + " is not an HTTP token;"
                        + " use GET, POST, PUT or DELETE.");
            }
        }
        boolean http11 = version(parts[2]);
        String target = target(parts[1]);
        int question = target.indexOf('?');
        String rawPath = question < 0 ? target : target.substring(0, question);
        String rawQuery = question < 0 ? null : target.substring(question + 1);
        Map<String, List<String>> headers = headers(in);
        List<String> hosts = headers.getOrDefault("host", List.of());
        if (http11 && hosts.size() != 1) {
            throw new HttpProtocolException(400, hosts.isEmpty()
                    ? "An HTTP/1.1 request needs a Host header; send 'Host: <host>:<port>'."
                    : "The request has " + hosts.size() + " Host headers; send exactly one.");
        }
        return new RequestHead(method, rawPath, rawQuery, http11, headers);
    }

    private static boolean version(String version) throws HttpProtocolException {
        if (version.equals("HTTP/1.1")) {
            return true;
        }
        if (version.equals("HTTP/1.0")) {
            return false;
        }
        if (version.length() == 8 && version.startsWith("HTTP/") && Character.isDigit(version.charAt(5))
                && version.charAt(6) == '.' && Character.isDigit(version.charAt(7))) {
            throw new HttpProtocolException(505, "The emulator speaks HTTP/1.1 and HTTP/1.0, not "
                    + version + "; send the request as HTTP/1.1.");
        }
        throw new HttpProtocolException(400, "The request line must end in HTTP/1.1 or HTTP/1.0; got "
                + quote(version) + ".");
    }

    /** @return the target as a path with an optional query: origin form, or the path of an absolute form */
    private static String target(String target) throws HttpProtocolException {
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            if (c <= ' ' || c >= 0x7f) {
                throw new HttpProtocolException(400, "The request target holds " + describe(c) + " at position "
                        + (i + 1) + "; percent-encode it (" + String.format("%%%02X", (int) c) + ").");
            }
            if (c == '#') {
                throw new HttpProtocolException(400, "The request target holds a fragment ('#' at position "
                        + (i + 1) + "); leave the fragment out of requests, or percent-encode it (%23).");
            }
        }
        if (target.startsWith("/")) {
            return target;
        }
        String lower = target.toLowerCase(Locale.ROOT);
        int scheme = lower.startsWith("http://") ? 7 : lower.startsWith("https://") ? 8 : -1;
        if (scheme > 0) {
            int slash = target.indexOf('/', scheme);
            int question = target.indexOf('?', scheme);
            if (slash < 0 || question >= 0 && question < slash) {
                return question < 0 ? "/" : "/" + target.substring(question);
            }
            return target.substring(slash);
        }
        throw new HttpProtocolException(400, "The request target " + quote(target) + " is not a path; the"
                + " emulator serves paths such as /v0.4/jobs and /health.");
    }

    private static Map<String, List<String>> headers(ConnectionInput in) throws java.io.IOException {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        HttpProtocolException tooLarge = new HttpProtocolException(431, "The request headers are larger than "
                + MAX_HEADER_BYTES / 1024 + " KiB; send fewer or shorter headers.");
        int bytes = 0;
        int count = 0;
        while (true) {
            String line = in.readLine(MAX_HEADER_BYTES - bytes, tooLarge);
            if (line == null) {
                throw new java.io.EOFException("the connection closed in the middle of the headers");
            }
            if (line.isEmpty()) {
                return headers;
            }
            bytes += line.length() + 2;
            if (++count > MAX_HEADERS) {
                throw new HttpProtocolException(431, "The request has more than " + MAX_HEADERS + " headers;"
                        + " send fewer.");
            }
            char first = line.charAt(0);
            if (first == ' ' || first == '\t') {
                throw new HttpProtocolException(400, "Header line " + count + " starts with white space (a folded"
                        + " header); send each header on one line.");
            }
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw new HttpProtocolException(400, "Header line " + count + " has no colon; send"
                        + " 'Name: value' (the line is not shown: it may carry a credential).");
            }
            String name = line.substring(0, colon);
            if (name.isEmpty()) {
                throw new HttpProtocolException(400, "Header line " + count + " has no name before its colon;"
                        + " send 'Name: value'.");
            }
            for (int i = 0; i < name.length(); i++) {
                if (!token(name.charAt(i))) {
                    throw new HttpProtocolException(400, "The name of header line " + count + " holds "
                            + describe(name.charAt(i)) + " at position " + (i + 1) + "; a header name is a token,"
                            + " with no white space before the colon.");
                }
            }
            String value = line.substring(colon + 1).strip();
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c < ' ' && c != '\t' || c == 0x7f) {
                    throw new HttpProtocolException(400, "The value of header " + quote(name) + " holds "
                            + describe(c) + "; header values cannot carry control characters.");
                }
            }
            headers.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new ArrayList<>(1)).add(value);
        }
    }

    private static boolean token(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
                || c < 0x7f && c > ' ' && "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
    }

    private static String describe(char c) {
        if (c == ' ') {
            return "a space";
        }
        if (c < ' ' || c == 0x7f) {
            return String.format("a control character (0x%02x)", (int) c);
        }
        if (c > 0x7f) {
            return String.format("a byte outside ASCII (0x%02x)", (int) c);
        }
        return "'" + c + "'";
    }

    /** @return the text quoted, control characters shown as escapes, cut at 100 characters */
    static String quote(String text) {
        StringBuilder quoted = new StringBuilder("'");
        for (int i = 0; i < text.length() && i < 100; i++) {
            char c = text.charAt(i);
            quoted.append(c < ' ' || c >= 0x7f ? String.format("\\x%02x", (int) c) : String.valueOf(c));
        }
        return quoted.append(text.length() > 100 ? "…'" : "'").toString();
    }
}
