package io.github.ionqci.emulator.circuit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.ionqci.emulator.simulator.HeapCheck;
import io.github.ionqci.emulator.simulator.StateVector;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CircuitRunnerTest {

    private static Circuit bell() {
        return CircuitBuilder.qis(2).gate("h", 0).cnot(0, 1).circuit();
    }

    private static Circuit ghz(int n) {
        CircuitBuilder b = CircuitBuilder.qis(n).gate("h", 0);
        for (int q = 1; q < n; q++) {
            b.cnot(q - 1, q);
        }
        return b.circuit();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ideal", "aria-1", "forte-1", "harmony"})
    void sameSeedGivesBitForBitTheSameResult(String model) {
        Circuit c = ghz(5);
        SimulationResult a = CircuitRunner.run(c, 5000, model, 2024L);
        SimulationResult b = CircuitRunner.run(c, 5000, model, 2024L);
        assertThat(a.states()).isEqualTo(b.states());
        assertThat(a.counts()).isEqualTo(b.counts());
        assertThat(a.shots()).isEqualTo(b.shots());
        assertThat(Arrays.stream(a.probabilities()).mapToLong(Double::doubleToRawLongBits).toArray())
                .isEqualTo(Arrays.stream(b.probabilities()).mapToLong(Double::doubleToRawLongBits).toArray());
    }

    @Test
    void differentSeedsGiveDifferentShots() {
        assertThat(CircuitRunner.run(bell(), 200, "ideal", 1L).shots())
                .isNotEqualTo(CircuitRunner.run(bell(), 200, "ideal", 2L).shots());
    }

    @Test
    void withoutSeedEachRunIsRandom() {
        assertThat(CircuitRunner.run(bell(), 200, "ideal", null).shots())
                .isNotEqualTo(CircuitRunner.run(bell(), 200, "ideal", null).shots());
    }

    @ParameterizedTest
    @CsvSource({"ideal,1", "ideal,1000", "aria-1,777", "forte-1,1"})
    void histogramAndShotsAgreeAndSumToTheShots(String model, int shots) {
        SimulationResult r = CircuitRunner.run(ghz(4), shots, model, 9L);
        assertThat(r.shots()).hasSize(shots);
        assertThat(Arrays.stream(r.counts()).sum()).isEqualTo(shots);
        assertThat(r.counts()).hasSameSizeAs(r.states());
        assertThat(r.probabilities()).hasSameSizeAs(r.states());
        for (int i = 0; i < r.states().length; i++) {
            long state = r.states()[i];
            assertThat(Arrays.stream(r.shots()).filter(s -> s == state).count()).isEqualTo(r.counts()[i]);
            if (i > 0) {
                assertThat(state).isGreaterThan(r.states()[i - 1]);
            }
        }
        for (long s : r.shots()) {
            assertThat(Arrays.binarySearch(r.states(), s)).as("shot outcome %d is a listed state", s).isNotNegative();
        }
    }

    @Test
    void idealShotsFollowTheProbabilities() {
        Circuit ry = CircuitBuilder.qis(1).rotation("ry", 0, 2 * Math.PI / 3).circuit();
        int shots = 100_000;
        SimulationResult r = CircuitRunner.run(ry, shots, "ideal", 5L);
        assertThat(r.states()).containsExactly(0, 1);
        double sigma = Math.sqrt(shots * 0.25 * 0.75);
        assertThat((double) r.counts()[1]).isBetween(0.75 * shots - 5 * sigma, 0.75 * shots + 5 * sigma);
    }

    @Test
    void noisyProbabilitiesAreTheShotFrequencies() {
        SimulationResult r = CircuitRunner.run(bell(), 4000, "aria-1", 3L);
        for (int i = 0; i < r.states().length; i++) {
            assertThat(r.probabilities()[i]).isEqualTo(r.counts()[i] / 4000.0);
        }
    }

    /**
     * The two-qubit channel after the CNOT puts r2·8/16 = r2/2 of the mass outside {00, 11}: of its 15
     * Pauli pairs, the 8 that flip exactly one qubit leave the support, while XX, XY, YX, YY flip both
     * and map 00↔11. (The one-qubit channel after H on |+⟩ only changes a phase.) So aria-1 loses
     * 0.665 %, forte-1 0.247 %; checked within 5 standard deviations of the binomial count.
     */
    @ParameterizedTest
    @CsvSource({"aria-1,0.0133", "forte-1,0.004949", "aria-2,0.01856"})
    void noisyBellPairLosesTheModelsMassOutsideTheSupport(String model, double r2) {
        int shots = 200_000;
        SimulationResult r = CircuitRunner.run(bell(), shots, model, 11L);
        long outside = 0;
        for (int i = 0; i < r.states().length; i++) {
            if (r.states()[i] == 1 || r.states()[i] == 2) {
                outside += r.counts()[i];
            }
        }
        double p = r2 / 2;
        double sigma = Math.sqrt(shots * p * (1 - p));
        assertThat((double) outside).isBetween(shots * p - 5 * sigma, shots * p + 5 * sigma);
    }

    @Test
    void oneQubitChannelFlipsWithProbabilityHalfR1() {
        Circuit x = CircuitBuilder.qis(1).gate("x", 0).circuit();
        int shots = 200_000;
        SimulationResult r = CircuitRunner.run(x, shots, "harmony", 4L);
        long zeros = r.states()[0] == 0 ? r.counts()[0] : 0;
        double p = 0.0065 / 2;
        double sigma = Math.sqrt(shots * p * (1 - p));
        assertThat((double) zeros).isBetween(shots * p - 5 * sigma, shots * p + 5 * sigma);
    }

    @Test
    void idealModelIsTheDefault() {
        SimulationResult r = CircuitRunner.run(bell(), 10, null, 1L);
        assertThat(r.noiseModel()).isEqualTo("ideal");
        assertThat(r.probabilities()).containsExactly(new double[] {0.5, 0.5}, org.assertj.core.api.Assertions.within(1e-12));
    }

    @Test
    void unknownNoiseModelIsInvalidInput() {
        assertThatThrownBy(() -> CircuitRunner.run(bell(), 10, "aria-9", 1L))
                .isInstanceOfSatisfying(CircuitException.class, e -> assertThat(e.failureCode()).isEqualTo("InvalidInput"))
                .hasMessageContaining("aria-9").hasMessageContaining("forte-1");
    }

    @Test
    void shotsOutOfRange() {
        assertThatThrownBy(() -> CircuitRunner.run(bell(), 0, "ideal", 1L))
                .isInstanceOfSatisfying(CircuitException.class, e -> assertThat(e.failureCode()).isEqualTo("InvalidInput"));
        assertThatThrownBy(() -> CircuitRunner.run(bell(), 1_000_001, "ideal", 1L))
                .isInstanceOfSatisfying(CircuitException.class, e -> assertThat(e.failureCode()).isEqualTo("TooManyShots"));
    }

    @Test
    void widerThanTheNoiseModelAllowsIsNotEnoughQubits() {
        Circuit wide = CircuitBuilder.qis(12).gate("h", 11).circuit();
        assertThatThrownBy(() -> CircuitRunner.run(wide, 10, "harmony", 1L))
                .isInstanceOfSatisfying(CircuitException.class, e -> assertThat(e.failureCode()).isEqualTo("NotEnoughQubits"))
                .hasMessageContaining("11");
    }

    /** Never allocates: picks a width whose state does not fit in this JVM's free heap. */
    @Test
    void stateTooLargeForTheHeapIsASimulationErrorBeforeAllocating() {
        int qubits = 20;
        while (qubits <= 29 && StateVector.bytes(qubits) <= HeapCheck.availableHeap() * 1.2) {
            qubits++;
        }
        assumeTrue(qubits <= 29, "this heap holds a 29-qubit state; nothing to test here");
        Circuit wide = CircuitBuilder.qis(qubits).gate("h", qubits - 1).circuit();
        int n = qubits;
        assertThatThrownBy(() -> CircuitRunner.run(wide, 10, "ideal", 1L))
                .isInstanceOfSatisfying(CircuitException.class, e -> assertThat(e.failureCode()).isEqualTo("SimulationError"))
                .hasMessageContaining(n + " qubits").hasMessageContaining("GiB").hasMessageContaining("-Xmx");
    }

    @Test
    void noisyMultiControlledGatesRunAndStayConsistent() {
        Circuit toffoli = CircuitBuilder.qis(3).gate("x", 0).gate("x", 1).controlled("x", new int[] {0, 1}, 2).circuit();
        SimulationResult r = CircuitRunner.run(toffoli, 20_000, "harmony", 8L);
        assertThat(Arrays.stream(r.counts()).sum()).isEqualTo(20_000);
        int seven = Arrays.binarySearch(r.states(), 7L);
        assertThat(seven).isNotNegative();
        assertThat(r.probabilities()[seven]).isBetween(0.9, 0.99);
    }

    @Test
    void interruptingTheCallerCancelsTheSimulation() {
        Circuit c = ghz(12);
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> CircuitRunner.run(c, 10, "ideal", 1L))
                    .isInstanceOf(java.util.concurrent.CancellationException.class);
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }
}
