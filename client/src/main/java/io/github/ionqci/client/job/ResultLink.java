package io.github.ionqci.client.job;

/**
 * A result in the URL form: {@code {"url": "/v0.4/jobs/{id}/results/probabilities"}}.
 *
 * <p>The path already carries the {@code /v0.4} prefix, so the client joins it to the API's origin,
 * never to its base URL.
 *
 * @param url the path (or absolute URL) the result is downloaded from
 */
public record ResultLink(String url) {
}
