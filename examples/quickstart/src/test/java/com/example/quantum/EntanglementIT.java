package com.example.quantum;

import static io.github.ionqci.junit.assertions.IonQAssertions.assertThat;
import static io.github.ionqci.junit.assertions.IonQAssertions.tvd;

import io.github.ionqci.client.job.Job;
import io.github.ionqci.junit.IonQJob;
import io.github.ionqci.junit.IonQTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bell and GHZ states: entanglement shows as perfectly correlated outcomes. */
@IonQTest
class EntanglementIT {

    @Test
    void bellPairGivesOnlyCorrelatedOutcomes(@IonQJob(name = "bell") Job job) {
        assertThat(job).isCompleted()
                .probabilities()
                .containsOnlyOutcomes("00", "11")
                .isCloseTo(Map.of("00", 0.5, "11", 0.5), tvd(0.05));
    }

    @Test
    void bellPairSamplesFitTheIdealDistribution(@IonQJob(name = "bell") Job job) {
        assertThat(job).histogram()
                .fitsDistribution(Map.of("00", 0.5, "11", 0.5));
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
