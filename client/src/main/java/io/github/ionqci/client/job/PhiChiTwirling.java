package io.github.ionqci.client.job;

/**
 * Parameters of debiasing's phi-chi twirling: {@code settings.error_mitigation.debiasing.phi_chi_twirling}.
 *
 * @param p2q two-qubit twirling probability
 * @param t2q two-qubit twirling parameter
 * @param t1q one-qubit twirling parameter
 */
public record PhiChiTwirling(Double p2q, Double t2q, Double t1q) {
}
