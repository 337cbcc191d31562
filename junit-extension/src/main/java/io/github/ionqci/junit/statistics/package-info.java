/**
 * Statistics for checking measured result distributions: pure functions, no state.
 *
 * <ul>
 *   <li>{@link io.github.ionqci.junit.statistics.ChiSquared}: the χ² distribution's survival function
 *       and critical values, on Apache Commons Statistics.</li>
 *   <li>{@link io.github.ionqci.junit.statistics.GoodnessOfFit}: Pearson χ² and G tests of a histogram
 *       against expected probabilities, with sparse bins merged and forbidden outcomes detected (the
 *       test itself is Commons Statistics' {@code ChiSquareTest} / {@code GTest}).</li>
 *   <li>{@link io.github.ionqci.junit.statistics.Homogeneity}: the two-sample 2×k χ² test.</li>
 *   <li>{@link io.github.ionqci.junit.statistics.Distances}: total variation distance, Hellinger distance
 *       and Hellinger fidelity as Qiskit defines it.</li>
 *   <li>{@link io.github.ionqci.junit.statistics.Weissman}: a confidence bound on the TVD of an empirical
 *       distribution.</li>
 *   <li>{@link io.github.ionqci.junit.statistics.Holm}: Holm's step-down correction.</li>
 *   <li>{@link io.github.ionqci.junit.statistics.IonQStatistics}: shot planning (shots to detect a TVD shift,
 *       the TVD a shot count detects) on {@link io.github.ionqci.junit.statistics.NoncentralChiSquared}.</li>
 * </ul>
 *
 * <p>Outcomes are IonQ basis-state integers (qubit 0 is the least significant bit).
 */
package io.github.ionqci.junit.statistics;
