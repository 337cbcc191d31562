package io.github.ionqci.client.internal;

import io.github.ionqci.client.IonQConfigurationException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/** Base-URL validation and same-origin checks: where the API key may go. */
public final class Origins {

    private static final Pattern IPV4_LOOPBACK = Pattern.compile("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");

    private Origins() {
    }

    /**
     * @param text the configured base URL
     * @return it as a URI without a trailing slash
     * @throws IonQConfigurationException if it is not an absolute https URL (http only for loopback hosts)
     */
    public static URI validateBaseUrl(String text) {
        String trimmed = text.strip();
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException e) {
            throw new IonQConfigurationException("ionq.base-url \"" + trimmed + "\" is not a URL (" + e.getReason()
                    + "): use IonQ's " + io.github.ionqci.client.IonQProperties.DEFAULT_BASE_URL
                    + " or your emulator's URL, such as http://127.0.0.1:8080/v0.4", e);
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (scheme == null || uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new IonQConfigurationException("ionq.base-url \"" + trimmed + "\" is not an absolute https URL: use "
                    + io.github.ionqci.client.IonQProperties.DEFAULT_BASE_URL
                    + " or your emulator's URL, such as http://127.0.0.1:8080/v0.4");
        }
        if (uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IonQConfigurationException("ionq.base-url \"" + redactUserInfo(uri)
                    + "\" must not carry user info, a query or a fragment: give only scheme, host, port and path,"
                    + " such as " + io.github.ionqci.client.IonQProperties.DEFAULT_BASE_URL);
        }
        if (scheme.equals("http") && !isLoopback(uri.getHost())) {
            throw new IonQConfigurationException("ionq.base-url \"" + trimmed + "\" uses plain http to a host that is"
                    + " not loopback, which would send the API key unencrypted: use https (plain http is allowed"
                    + " only for 127.0.0.1, ::1 and localhost, such as the embedded emulator)");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return URI.create(scheme + "://" + uri.getRawAuthority() + path);
    }

    /**
     * @param host a host name or IP literal (IPv6 in brackets or not)
     * @return whether it is a loopback host: localhost, 127.0.0.0/8 or ::1; never resolved through DNS
     */
    public static boolean isLoopback(String host) {
        if (host == null) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        if (h.equals("localhost") || h.endsWith(".localhost")) {
            return true;
        }
        if (IPV4_LOOPBACK.matcher(h).matches()) {
            for (String part : h.split("\\.")) {
                if (Integer.parseInt(part) > 255) {
                    return false;
                }
            }
            return true;
        }
        return h.equals("::1") || h.matches("(0{1,4}:){7}0{0,3}1") || h.equals("0:0:0:0:0:0:0:1");
    }

    /**
     * @param uri an absolute URI
     * @return its origin: scheme, host and (explicit or default) port
     */
    public static URI originOf(URI uri) {
        return URI.create(uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost().toLowerCase(Locale.ROOT)
                + ":" + portOf(uri));
    }

    /**
     * @param a one URI
     * @param b another
     * @return whether both have the same scheme, host and port
     */
    public static boolean sameOrigin(URI a, URI b) {
        return a.getScheme() != null && b.getScheme() != null && a.getHost() != null && b.getHost() != null
                && a.getScheme().equalsIgnoreCase(b.getScheme())
                && a.getHost().equalsIgnoreCase(b.getHost())
                && portOf(a) == portOf(b);
    }

    private static int portOf(URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static String redactUserInfo(URI uri) {
        return uri.getRawUserInfo() == null ? uri.toString() : uri.toString().replace(uri.getRawUserInfo() + "@", "***@");
    }
}
