package io.github.ionqci.client.job;

/**
 * {@code settings.error_mitigation} of a circuit job.
 *
 * @param debiasing            the debiasing setting, or null when not given
 * @param symmetryVerification whether symmetry verification was requested, or null when not given
 */
public record ErrorMitigationSettings(DebiasingSettings debiasing, Boolean symmetryVerification) {
}
