package io.github.ionqci.junit.assertions;

import static io.github.ionqci.junit.assertions.IonQAssertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ionqci.client.result.Histogram;
import io.github.ionqci.client.result.Probabilities;
import io.github.ionqci.emulator.circuit.Circuit;
import io.github.ionqci.emulator.circuit.CircuitOracle;
import io.github.ionqci.emulator.circuit.CircuitRunner;
import io.github.ionqci.emulator.circuit.Circuits;
import io.github.ionqci.emulator.circuit.SimulationResult;
import io.github.ionqci.junit.run.IonQRun;
import io.github.ionqci.junit.run.RunConfiguration;
import io.github.ionqci.junit.run.StatisticalFamily;
import io.github.ionqci.junit.statistics.IonQStatistics;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Calibration and power of {@code matchesSimulationOf} on noisy results from the emulator's own trajectory
 * simulator ({@link CircuitRunner}, the code behind a noisy emulator job), one seed per sample.
 *
 * <ul>
 *   <li>False alarms: over 1,000 noise seeds, the check (exact density-matrix expectation, Pearson at
 *       α = 0.001) fails no more often than Binomial(1000, 0.001) allows (upper tail below 1e-4).</li>
 *   <li>Power: the least favourable 5 % TVD shift of the simulated distribution, sampled at 10,000 shots,
 *       is rejected in at least 99 % of 200 seeds.</li>
 * </ul>
 */
class MatchesSimulationCalibrationTest {

    private static final int SEEDS = 1_000;
    private static final double TAIL = 1e-4;

    private static Circuit circuit(String resource) {
        JsonNode input = CircuitFile.load(resource, MatchesSimulationCalibrationTest.class).payload().get("input");
        return Circuits.parse(Circuits.CIRCUIT_V1, input).get(0);
    }

    @ParameterizedTest(name = "{0} with {1}, {2} shots")
    @CsvSource({"circuits/ghz5.json, aria-1, 2000", "circuits/grover3.json, harmony, 2000"})
    void falseAlarmRateOverAThousandNoiseSeeds(String resource, String model, int shots) {
        Circuit circuit = circuit(resource);
        int failed = 0;
        for (int seed = 1; seed <= SEEDS; seed++) {
            SimulationResult run = CircuitRunner.run(circuit, shots, model, (long) seed);
            Histogram counts = Histogram.of(run.states(), run.counts(), run.qubits());
            if (fails(counts, resource, model)) {
                failed++;
            }
        }
        int bound = GoodnessOfFitCalibrationTest.binomialUpperBound(SEEDS, StatisticalFamily.DEFAULT_ALPHA, TAIL);
        System.out.printf("matchesSimulation calibration %s %s %d shots: %d false alarms of %d at α=0.001 (bound %d)%n",
                resource, model, shots, failed, SEEDS, bound);
        assertThat(failed).isLessThanOrEqualTo(bound);
    }

    @ParameterizedTest(name = "{0} with {1}")
    @CsvSource({"circuits/ghz5.json, aria-1", "circuits/grover3.json, harmony"})
    void rejectsAFivePercentShiftAtTenThousandShots(String resource, String model) {
        var simulated = CircuitOracle.distribution(circuit(resource), model);
        Probabilities expected = Probabilities.of(simulated.states(), simulated.probabilities(), simulated.qubits());
        Probabilities shifted = IonQStatistics.leastFavourableShift(expected, 10_000, 0.05);
        int seeds = 200;
        int rejected = 0;
        for (int seed = 1; seed <= seeds; seed++) {
            if (fails(GoodnessOfFitCalibrationTest.sample(shifted, 10_000, new SplittableRandom(seed)), resource, model)) {
                rejected++;
            }
        }
        System.out.printf("matchesSimulation power %s %s: rejected %d of %d (least favourable TVD 0.05 shift, 10000 shots)%n",
                resource, model, rejected, seeds);
        assertThat(rejected).isGreaterThanOrEqualTo((int) Math.ceil(0.99 * seeds));
    }

    /** One check as the first statistical check of a fresh run. */
    private static boolean fails(Histogram sample, String resource, String model) {
        try (IonQRun.Scope fresh = IonQRun.create(RunConfiguration.NONE).enter(null)) {
            assertThat(sample).matchesSimulationOf(resource, model);
            return false;
        } catch (AssertionError rejected) {
            return true;
        }
    }
}
