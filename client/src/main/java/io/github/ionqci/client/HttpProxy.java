package io.github.ionqci.client;

import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An HTTP proxy for the client, such as the active {@code <proxy>} of Maven's {@code settings.xml}: plain-http
 * requests go to it as absolute-URI requests, https ones through {@code CONNECT}. Without one, the client
 * follows the JVM's standard properties ({@code https.proxyHost}, {@code https.proxyPort}, {@code http.proxyHost},
 * {@code http.proxyPort}, {@code http.nonProxyHosts}). Its password never appears in {@link #toString()}.
 *
 * <pre>{@code
 * IonQConfig config = IonQConfig.builder().fromEnvironment()
 *         .proxy(new HttpProxy("proxy.example.com", 3128, "ci-user", "secret", "localhost|*.internal"))
 *         .build();
 * }</pre>
 *
 * @param host          the proxy's host
 * @param port          its port
 * @param username      the user name for proxy authentication, or null
 * @param password      the password, or null
 * @param nonProxyHosts hosts reached directly, {@code |}-separated, {@code *} as a wildcard (as in
 *                      {@code http.nonProxyHosts}); null or empty for none, so even loopback goes through it
 */
public record HttpProxy(String host, int port, String username, String password, String nonProxyHosts) {

    /**
     * Checks host and port.
     *
     * @param host the proxy's host
     * @param port its port
     * @param username the user name for proxy authentication, or null
     * @param password the password, or null
     * @param nonProxyHosts hosts reached directly, {@code |}-separated, {@code *} as a wildcard (as in {@code http.nonProxyHosts}); null or empty for none, so even loopback goes through it
     */
    public HttpProxy {
        Objects.requireNonNull(host, "host");
        if (host.isBlank() || port < 1 || port > 65535) {
            throw new IllegalArgumentException("An HTTP proxy needs a host and a port from 1 to 65535, got '" + host
                    + "' and " + port);
        }
    }

    /** @return whether it has credentials */
    public boolean authenticates() {
        return username != null && !username.isEmpty();
    }

    /**
     * @param uri a request URI
     * @return whether it goes through this proxy (its host matches no {@code nonProxyHosts} pattern)
     */
    public boolean proxies(URI uri) {
        if (nonProxyHosts == null || nonProxyHosts.isBlank() || uri.getHost() == null) {
            return true;
        }
        String target = uri.getHost().toLowerCase(Locale.ROOT);
        return Arrays.stream(nonProxyHosts.split("\\|")).map(String::strip).filter(p -> !p.isEmpty())
                .noneMatch(p -> Pattern.compile(Pattern.quote(p.toLowerCase(Locale.ROOT)).replace("*", "\\E.*\\Q"))
                        .matcher(target).matches());
    }

    /** @return the {@code Proxy-Authorization} value for the credentials (Basic), or null without them */
    public String basicAuthorization() {
        if (!authenticates()) {
            return null;
        }
        String pair = username + ":" + (password == null ? "" : password);
        return "Basic " + java.util.Base64.getEncoder().encodeToString(pair.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** @return a selector sending every request this proxy {@link #proxies} through it */
    public ProxySelector selector() {
        Proxy proxy = new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(host, port));
        return new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                return List.of(proxies(uri) ? proxy : Proxy.NO_PROXY);
            }

            @Override
            public void connectFailed(URI uri, SocketAddress address, java.io.IOException failure) {
                // nothing to remember: there is one proxy
            }
        };
    }

    @Override
    public String toString() {
        return "HttpProxy[" + host + ":" + port + (authenticates() ? ", user=" + username + ", password=redacted" : "")
                + (nonProxyHosts == null || nonProxyHosts.isBlank() ? "" : ", nonProxyHosts=" + nonProxyHosts) + "]";
    }
}
