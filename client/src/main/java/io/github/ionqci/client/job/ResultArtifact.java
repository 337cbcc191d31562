package io.github.ionqci.client.job;

/**
 * A result in the artifact form: an entry of {@code results} keyed by its format, such as
 * {@code "ionq.result.probabilities.json.v1"}, downloaded from {@code /jobs/{id}/artifacts/{artifactId}}.
 *
 * @param id        the artifact id
 * @param format    the result format, such as {@code ionq.result.histogram.json.v1}
 * @param mediaType the artifact's media type, such as {@code application/json}
 */
public record ResultArtifact(String id, String format, String mediaType) {
}
