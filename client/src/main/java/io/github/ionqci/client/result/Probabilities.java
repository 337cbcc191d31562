package io.github.ionqci.client.result;

import java.util.Map;

/**
 * A probabilities result: the probability of each basis state, in primitive arrays.
 *
 * <pre>{@code
 * Probabilities p = client.getProbabilities(job);
 * double bell = p.probability("00") + p.probability("11");   // qubit 0 rightmost
 * double same = p.probability(0) + p.probability(3);         // IonQ's decimal keys
 * }</pre>
 */
public final class Probabilities extends Distribution {

    /** How far the probabilities may sum from 1 before the result is rejected. */
    public static final double SUM_TOLERANCE = 1e-6;

    private final double[] values;

    private Probabilities(long[] states, double[] values, int qubits) {
        super(states, qubits);
        this.values = values;
    }

    /**
     * Builds probabilities from parallel arrays, checking every value.
     *
     * @param states basis states (any order; sorted here); the array is taken over, not copied
     * @param values their probabilities; the array is taken over, not copied
     * @param qubits the width, or 0 to infer it from the largest state
     * @return the probabilities
     * @throws IllegalArgumentException on a negative or non-finite value, a duplicate or negative
     *                                  state, or a sum further than {@link #SUM_TOLERANCE} from 1
     */
    public static Probabilities of(long[] states, double[] values, int qubits) {
        if (states.length != values.length) {
            throw new IllegalArgumentException("states and values differ in length");
        }
        if (states.length == 0) {
            throw new IllegalArgumentException("A probabilities result lists no state; it must sum to 1");
        }
        double sum = 0;
        for (int i = 0; i < states.length; i++) {
            checkState(states[i]);
            double v = values[i];
            if (!Double.isFinite(v) || v < 0 || v > 1 + SUM_TOLERANCE) {
                throw new IllegalArgumentException("The probability of state " + states[i] + " is " + v
                        + "; each probability must be a number from 0 to 1");
            }
            sum += v;
        }
        if (Math.abs(sum - 1.0) > SUM_TOLERANCE) {
            throw new IllegalArgumentException("The probabilities sum to " + sum + ", not 1 (tolerance "
                    + SUM_TOLERANCE + ")");
        }
        int[] order = sortByState(states);
        double[] sorted = values;
        if (order != null) {
            sorted = new double[values.length];
            for (int i = 0; i < order.length; i++) {
                sorted[i] = values[order[i]];
            }
        }
        return new Probabilities(states, sorted, qubits);
    }

    /**
     * @param byBitstring probabilities by bitstring, qubit 0 rightmost, such as {@code Map.of("00", 0.5, "11", 0.5)}
     * @return the probabilities, as wide as the longest bitstring
     */
    public static Probabilities ofBitstrings(Map<String, ? extends Number> byBitstring) {
        long[] states = new long[byBitstring.size()];
        double[] values = new double[byBitstring.size()];
        int i = 0;
        int qubits = 1;
        for (Map.Entry<String, ? extends Number> e : byBitstring.entrySet()) {
            states[i] = Bitstrings.parse(e.getKey());
            values[i++] = e.getValue().doubleValue();
            qubits = Math.max(qubits, e.getKey().length());
        }
        return of(states, values, qubits);
    }

    @Override
    public double probabilityAt(int index) {
        return values[index];
    }

    /**
     * @param qubits the width to use for bitstrings
     * @return the same probabilities with another width
     */
    public Probabilities withQubits(int qubits) {
        return new Probabilities(states(), values, qubits);
    }

    @Override
    String valueText(int index) {
        return Double.toString(values[index]);
    }
}
