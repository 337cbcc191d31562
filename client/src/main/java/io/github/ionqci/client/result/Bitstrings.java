package io.github.ionqci.client.result;

/**
 * Converts between IonQ's basis-state integers and bitstrings.
 *
 * <p>IonQ keys results by a decimal integer whose bit {@code i} is qubit {@code i}: qubit 0 is the
 * least significant bit. A bitstring here is written the way Qiskit writes one, with <b>qubit 0
 * rightmost</b>: on 3 qubits, X on qubit 0 gives state {@code 1}, bitstring {@code "001"}.
 *
 * <pre>{@code
 * Bitstrings.of(1, 3);        // "001"
 * Bitstrings.parse("110");    // 6: qubits 1 and 2 set
 * }</pre>
 */
public final class Bitstrings {

    private Bitstrings() {
    }

    /**
     * @param state  the basis state, qubit 0 as the least significant bit
     * @param qubits the width of the bitstring
     * @return the bitstring with qubit 0 rightmost, zero-padded to {@code qubits}
     * @throws IllegalArgumentException if the state does not fit in {@code qubits} qubits
     */
    public static String of(long state, int qubits) {
        if (qubits < 1 || qubits > 63) {
            throw new IllegalArgumentException("qubits must be 1 to 63, but was " + qubits);
        }
        if (state < 0 || (qubits < 63 && state >> qubits != 0)) {
            throw new IllegalArgumentException(
                    "State " + state + " does not fit in " + qubits + " qubits (it needs " + widthOf(state) + ")");
        }
        char[] bits = new char[qubits];
        for (int q = 0; q < qubits; q++) {
            bits[qubits - 1 - q] = ((state >> q) & 1L) == 1L ? '1' : '0';
        }
        return new String(bits);
    }

    /**
     * @param bitstring a string of 0s and 1s with qubit 0 rightmost, such as {@code "011"}
     * @return the basis state it names
     * @throws IllegalArgumentException if the string is empty, too long, or has other characters
     */
    public static long parse(String bitstring) {
        if (bitstring == null || bitstring.isEmpty() || bitstring.length() > 63) {
            throw new IllegalArgumentException(
                    "A bitstring needs 1 to 63 characters of 0 and 1 (qubit 0 rightmost), but was: " + bitstring);
        }
        long state = 0;
        for (int i = 0; i < bitstring.length(); i++) {
            char c = bitstring.charAt(i);
            if (c != '0' && c != '1') {
                throw new IllegalArgumentException("Bitstring \"" + bitstring + "\" has '" + c
                        + "' at position " + i + "; use only 0 and 1, qubit 0 rightmost");
            }
            state = (state << 1) | (c - '0');
        }
        return state;
    }

    /**
     * @param state a basis state
     * @return the fewest qubits that can hold it (at least 1)
     */
    public static int widthOf(long state) {
        return Math.max(1, 64 - Long.numberOfLeadingZeros(state));
    }
}
