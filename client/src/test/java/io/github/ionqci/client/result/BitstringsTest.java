package io.github.ionqci.client.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bit order: IonQ's decimal keys have qubit 0 as the least significant bit; bitstrings put qubit 0 rightmost. */
class BitstringsTest {

    @Test
    void qubitZeroIsRightmost() {
        assertThat(Bitstrings.of(1, 3)).isEqualTo("001");
        assertThat(Bitstrings.of(4, 3)).isEqualTo("100");
        assertThat(Bitstrings.of(6, 4)).isEqualTo("0110");
        assertThat(Bitstrings.parse("001")).isEqualTo(1);
        assertThat(Bitstrings.parse("110")).isEqualTo(6);
        for (long s = 0; s < 64; s++) {
            assertThat(Bitstrings.parse(Bitstrings.of(s, 6))).isEqualTo(s);
        }
    }

    @Test
    void distributionsViewStatesAsBitstrings() {
        // X on qubit 0 of 2 qubits: IonQ reports state 1 ("01", qubit 0 rightmost)
        Probabilities p = Probabilities.of(new long[] {1}, new double[] {1.0}, 2);
        assertThat(p.asBitstringMap()).containsExactly(Map.entry("01", 1.0));
        assertThat(p.probability("01")).isEqualTo(1.0);
        assertThat(p.probability("10")).isEqualTo(0.0);
        assertThat(p).hasToString("Probabilities{01=1.0} (qubit 0 rightmost)");
    }

    @Test
    void badBitstringsSayWhy() {
        assertThatThrownBy(() -> Bitstrings.parse("012")).hasMessage(
                "Bitstring \"012\" has '2' at position 2; use only 0 and 1, qubit 0 rightmost");
        assertThatThrownBy(() -> Bitstrings.of(8, 3)).hasMessage("State 8 does not fit in 3 qubits (it needs 4)");
    }

    @Test
    void histogramsAndShots() {
        Histogram h = Histogram.of(new long[] {3, 0}, new long[] {502, 498}, 2);
        assertThat(h.count("11")).isEqualTo(502);
        assertThat(h.total()).isEqualTo(1000);
        assertThat(h.probability(0)).isEqualTo(0.498);
        Shots shots = Shots.of(new long[] {3, 0, 3}, 2);
        assertThat(shots.toHistogram().count(3)).isEqualTo(2);
        assertThat(shots.qubits()).isEqualTo(2);
    }
}
