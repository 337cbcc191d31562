package io.github.ionqci.junit.assertions;

import io.github.ionqci.client.result.Distribution;
import java.util.Locale;

/**
 * A Z-string such as {@code "ZIZ"}: Z on some qubits, identity on the rest, written like a bitstring (qubit 0
 * rightmost). Its expectation on a measured distribution is {@code Σ p(x)·(−1)^(parity of x on the Z qubits)},
 * from −1 to 1 ({@code "ZZ"} on a Bell pair: 1, the parity).
 *
 * @param text the string as given
 * @param mask bit q set when qubit q carries Z
 */
record PauliZ(String text, long mask) {

    /**
     * @param text Z and I characters, qubit 0 rightmost, at most 63
     * @return the Z-string
     */
    static PauliZ parse(String text) {
        if (text == null || text.isEmpty() || text.length() > 63 || !text.toUpperCase(Locale.ROOT).matches("[ZI]+")) {
            throw new IllegalArgumentException("A Z-string is made of Z and I, qubit 0 rightmost, such as \"ZZ\" (parity"
                    + " of qubits 0 and 1) or \"ZII\" (qubit 2 alone), but was \"" + text + "\"");
        }
        String upper = text.toUpperCase(Locale.ROOT);
        long mask = 0;
        for (int q = 0; q < upper.length(); q++) {
            if (upper.charAt(upper.length() - 1 - q) == 'Z') {
                mask |= 1L << q;
            }
        }
        return new PauliZ(upper, mask);
    }

    /** @return ⟨Z…⟩ under the distribution's probabilities (shot frequencies for a histogram) */
    double expectation(Distribution d) {
        double sum = 0;
        for (int i = 0; i < d.size(); i++) {
            sum += (Long.bitCount(d.state(i) & mask) % 2 == 0 ? 1 : -1) * d.probabilityAt(i);
        }
        return sum;
    }

    /** @return the qubits carrying Z, for messages */
    String qubits() {
        StringBuilder s = new StringBuilder();
        for (int q = 0; q < 63; q++) {
            if ((mask & 1L << q) != 0) {
                s.append(s.length() == 0 ? "" : ", ").append(q);
            }
        }
        return s.length() == 0 ? "none" : s.toString();
    }
}
