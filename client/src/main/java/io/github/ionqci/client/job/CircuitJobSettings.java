package io.github.ionqci.client.job;

/**
 * {@code settings} of a circuit job.
 *
 * @param compilation     compiler settings, or null
 * @param errorMitigation error-mitigation settings, or null
 */
public record CircuitJobSettings(CompilationSettings compilation, ErrorMitigationSettings errorMitigation) {
}
