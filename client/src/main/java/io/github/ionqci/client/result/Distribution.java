package io.github.ionqci.client.result;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A distribution over basis states, held in primitive arrays sorted by state.
 *
 * <p>States are IonQ's basis-state integers: qubit 0 is the least significant bit. Bitstring views
 * put qubit 0 <b>rightmost</b> (see {@link Bitstrings}). States absent from the result have
 * probability 0.
 */
public abstract sealed class Distribution permits Probabilities, Histogram {

    private final long[] states;
    private final int qubits;

    Distribution(long[] states, int qubits) {
        this.states = states;
        int needed = states.length == 0 ? 1 : Bitstrings.widthOf(states[states.length - 1]);
        if (qubits > 0 && qubits < needed) {
            throw new IllegalArgumentException("State " + states[states.length - 1] + " does not fit in "
                    + qubits + " qubits (it needs " + needed + ")");
        }
        this.qubits = qubits > 0 ? qubits : needed;
    }

    /** @return the number of qubits, used to pad bitstrings */
    public int qubits() {
        return qubits;
    }

    /** @return how many states are listed (states with probability 0 may be listed or not) */
    public int size() {
        return states.length;
    }

    /**
     * @param index 0 to {@code size() - 1}, in increasing state order
     * @return the state at that index
     */
    public long state(int index) {
        return states[index];
    }

    /**
     * @param index 0 to {@code size() - 1}, in increasing state order
     * @return the probability of the state at that index
     */
    public abstract double probabilityAt(int index);

    /**
     * @param state a basis state, qubit 0 as the least significant bit
     * @return its probability; 0 when the result does not list it
     */
    public double probability(long state) {
        int index = indexOf(state);
        return index < 0 ? 0.0 : probabilityAt(index);
    }

    /**
     * @param bitstring a bitstring with qubit 0 rightmost, such as {@code "011"}
     * @return its probability; 0 when the result does not list it
     */
    public double probability(String bitstring) {
        return probability(Bitstrings.parse(bitstring));
    }

    /**
     * @param state a basis state
     * @return its index in increasing state order, or a negative number when not listed
     */
    public int indexOf(long state) {
        return Arrays.binarySearch(states, state);
    }

    /** @return the state with the highest probability (the lowest such state on a tie) */
    public long mostLikelyState() {
        if (states.length == 0) {
            throw new IllegalStateException("The distribution is empty");
        }
        int best = 0;
        for (int i = 1; i < states.length; i++) {
            if (probabilityAt(i) > probabilityAt(best)) {
                best = i;
            }
        }
        return states[best];
    }

    /** @return probabilities by bitstring (qubit 0 rightmost), in increasing state order */
    public Map<String, Double> asBitstringMap() {
        Map<String, Double> map = new LinkedHashMap<>();
        for (int i = 0; i < states.length; i++) {
            map.put(Bitstrings.of(states[i], qubits), probabilityAt(i));
        }
        return Collections.unmodifiableMap(map);
    }

    /** @return probabilities by basis state, in increasing state order */
    public Map<Long, Double> asStateMap() {
        Map<Long, Double> map = new LinkedHashMap<>();
        for (int i = 0; i < states.length; i++) {
            map.put(states[i], probabilityAt(i));
        }
        return Collections.unmodifiableMap(map);
    }

    /** @return a copy of the states, in increasing order */
    public long[] states() {
        return states.clone();
    }

    /**
     * Sorts parallel arrays by state in place and rejects duplicate states.
     *
     * @return the permutation applied ({@code order[i]} is the original index now at {@code i}), or
     *         null when the states were already in strictly increasing order
     */
    static int[] sortByState(long[] states) {
        int n = states.length;
        boolean sorted = true;
        for (int i = 1; i < n; i++) {
            if (states[i - 1] >= states[i]) {
                sorted = false;
                break;
            }
        }
        if (sorted) {
            return null;
        }
        int[] order = new int[n];
        long[] copy = states.clone();
        Arrays.sort(states);
        for (int i = 1; i < n; i++) {
            if (states[i - 1] == states[i]) {
                throw new IllegalArgumentException("State " + states[i] + " is listed twice");
            }
        }
        for (int i = 0; i < n; i++) {
            order[Arrays.binarySearch(states, copy[i])] = i;
        }
        return order;
    }

    static void checkState(long state) {
        if (state < 0) {
            throw new IllegalArgumentException("A basis state cannot be negative, but was " + state);
        }
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(getClass().getSimpleName()).append('{');
        int shown = Math.min(states.length, 16);
        for (int i = 0; i < shown; i++) {
            if (i > 0) {
                text.append(", ");
            }
            text.append(Bitstrings.of(states[i], qubits)).append('=').append(valueText(i));
        }
        if (shown < states.length) {
            text.append(", … ").append(states.length - shown).append(" more");
        }
        return text.append("} (qubit 0 rightmost)").toString();
    }

    abstract String valueText(int index);
}
