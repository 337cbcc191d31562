package io.github.ionqci.client.job;

/**
 * {@code output.error_mitigation.symmetry_verification}: whether IonQ kept only the outcomes the circuit's
 * symmetry allows.
 *
 * @param numAllowedStates how many basis states the symmetry allows, or null when not reported
 * @param applied          whether the verification was applied, or null when not reported
 */
public record SymmetryVerification(Double numAllowedStates, Boolean applied) {
}
