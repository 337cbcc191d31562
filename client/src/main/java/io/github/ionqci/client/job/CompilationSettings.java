package io.github.ionqci.client.job;

/**
 * {@code settings.compilation} of a circuit job.
 *
 * @param precision      the compiler's precision setting
 * @param opt            the optimisation level
 * @param gateBasis      the gate basis the circuit was compiled to
 * @param serviceVersion the compiler service version
 */
public record CompilationSettings(String precision, Double opt, String gateBasis, String serviceVersion) {
}
