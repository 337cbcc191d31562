package ${package};

import static io.github.ionqci.junit.assertions.IonQAssertions.assertThat;
import static io.github.ionqci.junit.assertions.IonQAssertions.tvd;

import io.github.ionqci.client.job.Job;
import io.github.ionqci.junit.IonQJob;
import io.github.ionqci.junit.IonQTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The circuits in {@code src/test/resources/ionq/circuits/}, submitted by {@code ionq:submit} and awaited by
 * {@code ionq:await-jobs} before Failsafe runs this class. {@code @IonQJob(name = "bell")} is the job of
 * {@code bell.json}.
 */
@IonQTest
class QuantumCircuitsIT {

    /** Status: the job completed, on the backend its file names. */
    @Test
    void bellJobCompletedOnTheSimulator(@IonQJob(name = "bell") Job job) {
        assertThat(job).isCompleted().ranOn("simulator");
    }

    /** Probabilities: the ideal simulator returns exact probabilities, half 00 and half 11. */
    @Test
    void bellPairGivesOnlyCorrelatedOutcomes(@IonQJob(name = "bell") Job job) {
        assertThat(job).isCompleted()
                .probabilities()
                .containsOnlyOutcomes("00", "11")
                .isCloseTo(Map.of("00", 0.5, "11", 0.5), tvd(0.05));
    }

    /** Statistics: under aria-1's noise model the shots are sampled; the fidelity to the ideal GHZ state holds. */
    @Test
    void noisyGhzKeepsItsFidelity(@IonQJob(name = "ghz3") Job job) {
        assertThat(job).isCompleted()
                .histogram()
                .hellingerFidelityAtLeast(Map.of("000", 0.5, "111", 0.5), 0.97);
    }

    /**
     * Baseline: a two-sample test against the committed result in
     * {@code src/test/resources/ionq/baselines/}. To accept an intended change, run with
     * {@code -Dionq.baselines.update=true} and commit the file.
     */
    @Test
    void noisyGhzHasNotRegressed(@IonQJob(name = "ghz3") Job job) {
        assertThat(job).histogram().matchesBaseline();
    }
}
