package io.github.ionqci.junit.assertions;

import static io.github.ionqci.junit.assertions.IonQAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.ionqci.client.result.Histogram;
import io.github.ionqci.client.result.Probabilities;
import io.github.ionqci.junit.report.CheckKind;
import io.github.ionqci.junit.support.RunScope;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code marginal(...)} and {@code hasExpectation(...)}. */
class MarginalAndExpectationTest {

    private static final Histogram NOISY_BELL = Histogram.ofBitstrings(Map.of("00", 4900, "11", 4900, "01", 100, "10", 100));

    @RegisterExtension
    final RunScope run = new RunScope();

    @Test
    void aMarginalSumsOverTheOtherQubitsInTheGivenBitOrder() {
        Histogram h = Histogram.ofBitstrings(Map.of("001", 10, "100", 30, "101", 60));
        assertThat(h).marginal(0).containsOnlyOutcomes("0", "1").hasProbability("1", 0.7, within(1e-12));
        // bit j of the marginal is qubits[j]: marginal(2, 0) writes "q0 q2", qubit 2 rightmost
        assertThat(h).marginal(2, 0).hasProbability("01", 0.3, within(1e-12))
                .hasProbability("10", 0.1, within(1e-12)).hasProbability("11", 0.6, within(1e-12));
        assertThatThrownBy(() -> assertThat(h).marginal(2, 0).containsOnlyOutcomes("11"))
                .hasMessageContaining("marginal over qubits [2, 0], bits written q0 q2 (qubit 2 rightmost)");
        assertThatThrownBy(() -> assertThat(h).marginal(1, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Qubit 1 is listed twice");
    }

    @Test
    void exactProbabilitiesCompareTheExpectationDirectly() {
        Probabilities bell = Probabilities.ofBitstrings(Map.of("00", 0.5, "11", 0.5));
        assertThat(bell).hasExpectation("ZZ", 1.0, within(1e-12)).hasExpectation("ZI", 0.0, within(1e-12))
                .hasExpectation("iz", 0.0, within(1e-12));
        assertThatThrownBy(() -> assertThat(bell).hasExpectation("ZZ", 0.9, within(0.05)))
                .hasMessageContaining("Expecting ⟨ZZ⟩ (Z on qubits 0, 1, qubit 0 rightmost) of the probabilities")
                .hasMessageContaining("but was 1");
        org.assertj.core.api.Assertions.assertThat(run.checks()).extracting(r -> r.kind())
                .contains(CheckKind.EXPECTATION);
    }

    @Test
    void countsAllowForTheSamplingError() {
        // ⟨ZZ⟩ = 0.96 from 10,000 shots: standard error √((1 − 0.9216)/10000) = 0.0028
        assertThat(NOISY_BELL).hasExpectation("ZZ", 0.965, within(0.0));        // 1.8 standard errors: shot noise
        assertThatThrownBy(() -> assertThat(NOISY_BELL).hasExpectation("ZZ", 1.0, within(0.02)))   // 7 beyond
                .hasMessageContaining("to be 1 ± 0.02 (standard error 0.0028")
                .hasMessageContaining("but was 0.96 (off by 0.04)");
        assertThatThrownBy(() -> assertThat(NOISY_BELL).hasExpectation("XZ", 1.0, within(0.1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("made of Z and I");
    }
}
