package com.example.quantum;

import static io.github.ionqci.junit.assertions.IonQAssertions.assertThat;
import static io.github.ionqci.junit.assertions.IonQAssertions.tvd;

import io.github.ionqci.client.job.Job;
import io.github.ionqci.junit.IonQJob;
import io.github.ionqci.junit.IonQTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Failsafe's part of the pasted POM: the job that ionq:submit made of bell.json, awaited by ionq:await-jobs. */
@IonQTest
class BellIT {

    @Test
    void bellPairIsHalfAndHalf(@IonQJob(name = "bell") Job job) {
        assertThat(job).isCompleted().ranOn("simulator")
                .probabilities()
                .isCloseTo(Map.of("00", 0.5, "11", 0.5), tvd(0.05));
    }
}
