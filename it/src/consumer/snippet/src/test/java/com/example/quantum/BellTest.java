package com.example.quantum;

import static io.github.ionqci.junit.assertions.IonQAssertions.assertThat;

import io.github.ionqci.client.job.Job;
import io.github.ionqci.junit.IonQJob;
import io.github.ionqci.junit.IonQTest;
import org.junit.jupiter.api.Test;

/** Surefire's part of the pasted POM: a circuit on an emulator inside the test JVM. */
@IonQTest(emulator = true)
class BellTest {

    @Test
    void bellPairGivesOnlyCorrelatedOutcomes(@IonQJob(circuit = "ionq/circuits/bell.json") Job job) {
        assertThat(job).isCompleted().probabilities().containsOnlyOutcomes("00", "11");
    }
}
