package io.github.ionqci.client.internal;

import java.net.URI;

/** The API's URLs: paths under the configured base URL, and its origin (where the API key may go). */
public final class Endpoints {

    private final URI baseUrl;
    private final URI origin;

    /**
     * @param baseUrl the validated base URL, such as {@code https://api.ionq.co/v0.4}
     */
    public Endpoints(URI baseUrl) {
        this.baseUrl = baseUrl;
        this.origin = Origins.originOf(baseUrl);
    }

    /**
     * @param pathAndQuery a path under the base URL, such as {@code /jobs/abc}
     * @return the absolute URL
     */
    public URI api(String pathAndQuery) {
        return URI.create(baseUrl.toString() + pathAndQuery);
    }

    /** @return the base URL */
    public URI baseUrl() {
        return baseUrl;
    }

    /** @return scheme, host and port of the base URL */
    public URI origin() {
        return origin;
    }
}
