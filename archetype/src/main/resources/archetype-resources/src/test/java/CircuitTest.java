package ${package};

import static io.github.ionqci.junit.assertions.IonQAssertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.ionqci.client.job.Job;
import io.github.ionqci.junit.IonQJob;
import io.github.ionqci.junit.IonQTest;
import org.junit.jupiter.api.Test;

/**
 * A unit test without the plugin: {@code emulator = true} starts an emulator in the test JVM, and
 * {@code @IonQJob(circuit = ...)} submits the file (a classpath resource) to it and awaits the job.
 */
@IonQTest(emulator = true)
class CircuitTest {

    @Test
    void bellPairIsEntangled(@IonQJob(circuit = "ionq/circuits/bell.json") Job job) {
        assertThat(job).isCompleted()
                .probabilities()
                .containsOnlyOutcomes("00", "11")
                .hasProbability("00", 0.5, within(1e-9));
    }
}
