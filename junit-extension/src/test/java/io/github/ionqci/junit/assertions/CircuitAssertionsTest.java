package io.github.ionqci.junit.assertions;

import static io.github.ionqci.junit.assertions.CircuitAssertions.assertThatCircuit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code assertThatCircuit}: equivalence, prepared distribution and backend limits, exactly. */
class CircuitAssertionsTest {

    private static final String DIR = "circuits/equivalence/";

    @Test
    void cnotIsHadamardCzHadamardOnTheTarget() {
        assertThatCircuit(DIR + "cnot.json").isEquivalentTo(DIR + "h-cz-h.json");
    }

    @Test
    void swapIsThreeCnots() {
        assertThatCircuit(DIR + "swap.json").isEquivalentTo(DIR + "three-cnots.json");
    }

    @Test
    void nativeMsCnotIsTheQisCnot() {
        assertThatCircuit(DIR + "cnot-native.json").isEquivalentTo(DIR + "cnot.json");
    }

    @Test
    void tIsRzUpToGlobalPhase() {
        assertThatCircuit(DIR + "controlled-t.json").isEquivalentTo(DIR + "controlled-rz.json");
    }

    @Test
    void swapIsNotCnotAndTheMessageNamesTheWorstElement() {
        assertThatThrownBy(() -> assertThatCircuit(DIR + "swap.json").isEquivalentTo(DIR + "cnot.json"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting circuit \"circuits/equivalence/swap.json\" to implement the same unitary"
                        + " as \"circuits/equivalence/cnot.json\" up to a global phase, but they differ by 1 at ⟨")
                .hasMessageContaining("qubit 0 rightmost")
                .hasMessageMatching("(?s).*at ⟨[01]{2}\\|U\\|[01]{2}⟩ \\(input \\|[01]{2}⟩, output \\|[01]{2}⟩.*");
    }

    @Test
    void aWrongPhaseOnOneRzFails() {
        Throwable failure = catchThrowable(() -> assertThatCircuit(DIR + "controlled-rz-wrong-phase.json")
                .isEquivalentTo(DIR + "controlled-rz.json"));
        System.out.println(failure.getMessage());
        assertThat(failure).isInstanceOf(AssertionError.class)
                .hasMessageContaining("\"circuits/equivalence/controlled-rz-wrong-phase.json\" gives")
                .hasMessageContaining("\"circuits/equivalence/controlled-rz.json\" gives")
                .hasMessageContaining("after aligning the global phase");
        // the distributions from |00> do not tell the two apart: only the unitary comparison does
        assertThatCircuit(DIR + "controlled-rz-wrong-phase.json")
                .preparesDistribution(Map.of("00", 0.5, "01", 0.5));
    }

    @Test
    void preparesTheGhzDistribution() {
        assertThatCircuit("circuits/ghz5.json").preparesDistribution(Map.of("00000", 0.5, "11111", 0.5));
        assertThatThrownBy(() -> assertThatCircuit("circuits/ghz5.json")
                .preparesDistribution(Map.of("00000", 0.5, "11110", 0.5)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("2 outcome(s) differ")
                .hasMessageContaining("11111: expected 0, simulated 0.5")
                .hasMessageContaining("11110: expected 0.5, simulated 0");
    }

    @Test
    void fitsBackendUsesTheEmulatorsLimits() {
        assertThatCircuit("circuits/ghz5.json").fitsBackend("qpu.harmony").fitsBackend("simulator");
        assertThatThrownBy(() -> assertThatCircuit("circuits/too-wide-input.json").fitsBackend("qpu.harmony"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("to fit qpu.harmony, but IonQ would fail the job with NotEnoughQubits: The circuit"
                        + " uses 30 qubits but qpu.harmony has 11.");
        assertThatThrownBy(() -> assertThatCircuit("circuits/ghz5.json").fitsBackend("qpu.nowhere"))
                .hasMessageContaining("Unknown backend \"qpu.nowhere\"; use one of simulator, qpu.aria-1");
    }

    @Test
    void aGateOutsideTheGateSetDoesNotFit() {
        assertThatThrownBy(() -> assertThatCircuit("circuits/not-a-circuit.json"))
                .hasMessageContaining("The circuit file circuits/not-a-circuit.json has neither \"input\" (a v0.4 job"
                        + " body) nor \"circuit\"/\"circuits\" (an input)");
    }
}
