package com.example.quantum;

import static io.github.ionqci.junit.assertions.CircuitAssertions.assertThatCircuit;
import static io.github.ionqci.junit.assertions.IonQAssertions.assertThat;
import static io.github.ionqci.junit.assertions.IonQAssertions.tvd;

import io.github.ionqci.client.job.Job;
import io.github.ionqci.junit.IonQJob;
import io.github.ionqci.junit.IonQTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Bell and GHZ states: entanglement shows as correlated outcomes. The Bell pair runs on the ideal
 * simulator (exact probabilities); the GHZ state on aria-1's noise model (sampled shots).
 */
@IonQTest
class EntanglementIT {

    @Test
    void bellPairGivesOnlyCorrelatedOutcomes(@IonQJob(name = "bell") Job job) {
        assertThat(job).isCompleted()
                .probabilities()
                .containsOnlyOutcomes("00", "11")
                .isCloseTo(Map.of("00", 0.5, "11", 0.5), tvd(0.05));
    }

    /** A rewrite of the Bell circuit (CNOT as H·CZ·H) implements the same unitary: checked before any job runs. */
    @Test
    void bellCircuitRewriteIsEquivalent() {
        assertThatCircuit("ionq/circuits/bell.json").isEquivalentTo("ionq/rewrites/bell-cz.json");
    }

    /** On aria-1's noise model, two CNOTs leak about 1.3 % of the shots outside 000 and 111. */
    @Test
    void noisyGhzKeepsItsFidelity(@IonQJob(name = "ghz3") Job job) {
        assertThat(job).histogram()
                .hellingerFidelityAtLeast(Map.of("000", 0.5, "111", 0.5), 0.97);
    }

    @Test
    void noisyGhzStaysMostlyInItsTwoBranches(@IonQJob(name = "ghz3") Job job) {
        assertThat(job).isCompleted().ranOn("simulator")
                .histogram()
                .isCloseTo(Map.of("000", 0.5, "111", 0.5), tvd(0.06));
    }

    @Test
    void noisyGhzHasNotRegressed(@IonQJob(name = "ghz3") Job job) {
        assertThat(job).histogram().matchesBaseline();
    }
}
