package io.github.ionqci.client.job;

/**
 * {@code output.error_mitigation}.
 *
 * @param debiasing            the debiasing output (variants and aggregation method), or null
 * @param symmetryVerification the symmetry-verification output, or null
 * @param aggregations         the variants' results combined by each method, or null
 */
public record ErrorMitigationOutput(DebiasingOutput debiasing, SymmetryVerification symmetryVerification,
                                    Aggregations aggregations) {
}
