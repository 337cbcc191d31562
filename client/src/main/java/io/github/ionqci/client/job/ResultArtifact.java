package io.github.ionqci.client.job;

/**
 * An artifact descriptor (IonQ's {@code ArtifactDescriptor}): a result in the artifact form (an entry of
 * {@code results} keyed by its format, such as {@code "ionq.result.probabilities.json.v1"}), a compiled circuit
 * ({@code output.compilation.compiled_circuits}) or an aggregation ({@code output.error_mitigation.aggregations}),
 * downloaded from {@code /jobs/{id}/artifacts/{artifactId}}.
 *
 * @param id        the artifact id
 * @param format    the format, such as {@code ionq.result.histogram.json.v1} or {@code ionq.native.v1}
 * @param mediaType the artifact's media type, such as {@code application/json}
 */
public record ResultArtifact(String id, String format, String mediaType) {
}
