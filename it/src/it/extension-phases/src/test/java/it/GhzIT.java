package it;

import static io.github.ionqci.junit.assertions.IonQAssertions.assertThat;
import static io.github.ionqci.junit.assertions.IonQAssertions.tvd;

import io.github.ionqci.client.job.Job;
import io.github.ionqci.junit.IonQJob;
import io.github.ionqci.junit.IonQTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Failsafe's phase, after Surefire's: its checks join the same report directory. */
@IonQTest(emulator = true)
class GhzIT {

    @Test
    void ghzIsExactOnTheIdealSimulator(@IonQJob(circuit = "circuits/ghz3.json", shots = 1000) Job job) {
        assertThat(job).isCompleted().probabilities()
                .containsOnlyOutcomes("000", "111")
                .isCloseTo(Map.of("000", 0.5, "111", 0.5), tvd(1e-9));
    }
}
