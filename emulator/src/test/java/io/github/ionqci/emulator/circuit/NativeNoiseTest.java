package io.github.ionqci.emulator.circuit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.ionqci.emulator.simulator.DensityMatrix;
import io.github.ionqci.emulator.simulator.NoiseModel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Noise per compiled native gate (what the emulator runs with {@code --noise-per=native}: the job's circuit compiled
 * for its backend, each native gate followed by its channel), against noise per submitted gate, computed exactly
 * with {@link DensityMatrix}.
 */
class NativeNoiseTest {

    private static final double R = 0.01;
    /** Two-qubit errors only, so the swap's cost is read off directly. */
    private static final NoiseModel TWO_QUBIT_ONLY = new NoiseModel("test-2q", 0, R, 10, true);
    /** One-qubit errors only. */
    private static final NoiseModel ONE_QUBIT_ONLY = new NoiseModel("test-1q", R, 0, 10, true);

    private static double[] probabilities(Circuit circuit, NoiseModel model) {
        DensityMatrix rho = DensityMatrix.zero(circuit.qubits());
        rho.run(circuit.operations(), model);
        return rho.probabilities();
    }

    private static Circuit nativeOf(Circuit circuit, String backend) {
        return NativeCompiler.forBackend(backend).compile(circuit).circuit();
    }

    /**
     * |01⟩ swapped is |10⟩; a two-qubit depolarising channel with parameter r leaves it with probability 3r/4, and on a
     * two-qubit circuit the channels commute with every gate, so k of them leave it with probability
     * 3/4·(1 − (1 − r)^k): k = 1 per submitted swap, k = 3 per native gate.
     */
    @ParameterizedTest
    @ValueSource(strings = {"qpu.aria-1", "qpu.forte-1"})
    void aSwapCostsThreeTwoQubitErrorsPerNativeGate(String backend) {
        Circuit swap = CircuitBuilder.qis(2).gate("x", 0).swap(0, 1).circuit();
        double submitted = 1 - probabilities(swap, TWO_QUBIT_ONLY)[2];
        double perNative = 1 - probabilities(nativeOf(swap, backend), TWO_QUBIT_ONLY)[2];
        assertThat(submitted).isCloseTo(0.75 * R, within(1e-12));
        assertThat(perNative).isCloseTo(0.75 * (1 - Math.pow(1 - R, 3)), within(1e-12));
        assertThat(perNative / submitted).isCloseTo(3, within(0.05));

        NoiseModel device = NoiseModel.named(backend.substring("qpu.".length())).orElseThrow();
        double deviceSubmitted = 1 - probabilities(swap, device)[2];
        double deviceNative = 1 - probabilities(nativeOf(swap, backend), device)[2];
        assertThat(deviceNative / deviceSubmitted).as("published rates, one-qubit gates included").isBetween(2.9, 3.5);
    }

    /** x then five rz: per submitted gate six one-qubit channels, per native gate one (the GPI of the x). */
    @ParameterizedTest
    @ValueSource(strings = {"qpu.aria-1", "qpu.forte-1"})
    void rzCostsNothingPerNativeGate(String backend) {
        CircuitBuilder b = CircuitBuilder.qis(1).gate("x", 0);
        for (int i = 0; i < 5; i++) {
            b.rotation("rz", 0, 0.3 + i);
        }
        Circuit circuit = b.circuit();
        // a one-qubit depolarising channel flips a basis state with probability r/2
        assertThat(probabilities(circuit, ONE_QUBIT_ONLY)[0]).isCloseTo((1 - Math.pow(1 - R, 6)) / 2, within(1e-12));
        Circuit compiled = nativeOf(circuit, backend);
        assertThat(compiled.gates()).hasSize(1);
        assertThat(probabilities(compiled, ONE_QUBIT_ONLY)[0]).isCloseTo(R / 2, within(1e-12));
    }
}
