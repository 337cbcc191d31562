package it;

import static io.github.ionqci.junit.assertions.IonQAssertions.assertThat;
import static io.github.ionqci.junit.assertions.IonQAssertions.tvd;

import io.github.ionqci.client.job.Job;
import io.github.ionqci.junit.IonQJob;
import io.github.ionqci.junit.IonQTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Surefire's phase: a distance check, and a baseline that the first build records. */
@IonQTest(emulator = true)
class GhzTest {

    @Test
    void ghzHasNotRegressed(@IonQJob(circuit = "circuits/ghz3.json", shots = 2000, noise = "aria-1") Job job) {
        assertThat(job).isCompleted().histogram()
                .isCloseTo(Map.of("000", 0.5, "111", 0.5), tvd(0.1))
                .matchesBaseline();
    }
}
