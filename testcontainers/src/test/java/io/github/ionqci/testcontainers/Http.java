package io.github.ionqci.testcontainers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Real HTTP requests over a socket to an emulator, for the tests of this module. */
public final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Http() {
    }

    /** {@code GET /health} on the origin of a v0.4 base URL, without credentials. */
    public static HttpResponse<String> health(String baseUrl) {
        return get(URI.create(baseUrl).resolve("/health").toString(), null);
    }

    /** {@code GET {baseUrl}/jobs}, which needs the key, with the given key ({@code null}: no Authorization header). */
    public static HttpResponse<String> listJobs(String baseUrl, String apiKey) {
        return get(baseUrl + "/jobs", apiKey);
    }

    /** A POST of a JSON body with IonQ's {@code Authorization: apiKey <key>} header. */
    public static HttpResponse<String> postJson(String url, String apiKey, String json) {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .header("Authorization", "apiKey " + apiKey)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A GET with IonQ's {@code Authorization: apiKey <key>} header when a key is given. */
    public static HttpResponse<String> get(String url, String apiKey) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET();
        if (apiKey != null) {
            request.header("Authorization", "apiKey " + apiKey);
        }
        return send(request);
    }

    private static HttpResponse<String> send(HttpRequest.Builder builder) {
        HttpRequest request = builder.build();
        String url = request.method() + " " + request.uri();
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(url + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during " + url, e);
        }
    }
}
