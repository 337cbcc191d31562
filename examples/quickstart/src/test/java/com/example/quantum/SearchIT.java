package com.example.quantum;

import static io.github.ionqci.junit.assertions.IonQAssertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.ionqci.client.job.Job;
import io.github.ionqci.junit.IonQJob;
import io.github.ionqci.junit.IonQTest;
import org.junit.jupiter.api.Test;

/** Grover search and Bernstein–Vazirani: the answer is the most likely outcome. */
@IonQTest
class SearchIT {

    /** Grover, 3 qubits, marked state 101, two iterations: P(101) = 121/128. */
    @Test
    void groverFindsTheMarkedState(@IonQJob(name = "grover3") Job job) {
        assertThat(job).isCompleted()
                .probabilities()
                .hasMostLikelyOutcome("101")
                .hasProbability("101", 121.0 / 128, within(1e-9));
    }

    /**
     * Bernstein–Vazirani with secret 101 on qubits 0..2 and the ancilla (qubit 3) returned to 0, on
     * forte-1's noise model: the secret still dominates, and the noisy counts match the baseline.
     */
    @Test
    void bernsteinVaziraniRevealsTheSecret(@IonQJob(name = "bernstein-vazirani") Job job) {
        assertThat(job).isCompleted()
                .histogram()
                .hasMostLikelyOutcome("0101")
                .hasProbability("0101", 1.0, within(0.05));
    }

    /**
     * The whole noisy distribution, with no expectation written by hand: the emulator simulates the circuit the
     * job ran (recorded by ionq:submit) under the job's noise model, exactly, and the counts must fit it.
     */
    @Test
    void bernsteinVaziraniMatchesItsSimulation(@IonQJob(name = "bernstein-vazirani") Job job) {
        assertThat(job).distribution().matchesSimulation();
    }

    @Test
    void bernsteinVaziraniHasNotRegressed(@IonQJob(name = "bernstein-vazirani") Job job) {
        assertThat(job).histogram().matchesBaseline();
    }
}
