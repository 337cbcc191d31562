package io.github.ionqci.client.result;

import java.util.Map;

/**
 * A histogram result: how many shots gave each basis state, in primitive arrays.
 *
 * <pre>{@code
 * Histogram h = client.getHistogram(job);
 * long zeros = h.count("00");          // qubit 0 rightmost
 * double p = h.probability("00");      // count / total shots
 * }</pre>
 */
public final class Histogram extends Distribution {

    private final long[] counts;
    private final long total;

    private Histogram(long[] states, long[] counts, int qubits) {
        super(states, qubits);
        this.counts = counts;
        long sum = 0;
        for (long c : counts) {
            sum = Math.addExact(sum, c);   // checked by of(): cannot overflow here
        }
        this.total = sum;
    }

    /**
     * Builds a histogram from parallel arrays.
     *
     * @param states basis states (any order; sorted here); the array is taken over, not copied
     * @param counts their counts; the array is taken over, not copied
     * @param qubits the width, or 0 to infer it from the largest state
     * @return the histogram
     * @throws IllegalArgumentException on a negative count, a duplicate or negative state, no shots at all, or
     *                                  counts adding up past {@code Long.MAX_VALUE}
     */
    public static Histogram of(long[] states, long[] counts, int qubits) {
        if (states.length != counts.length) {
            throw new IllegalArgumentException("states and counts differ in length");
        }
        long sum = 0;
        for (int i = 0; i < states.length; i++) {
            checkState(states[i]);
            if (counts[i] < 0) {
                throw new IllegalArgumentException("The count of state " + states[i] + " is " + counts[i]
                        + "; counts cannot be negative");
            }
            if (sum > Long.MAX_VALUE - counts[i]) {
                throw new IllegalArgumentException("The counts add up to more than " + Long.MAX_VALUE
                        + " shots (at state " + states[i] + "), which no job runs: the histogram is corrupt");
            }
            sum += counts[i];
        }
        if (sum == 0) {
            throw new IllegalArgumentException("The histogram holds no shots");
        }
        int[] order = sortByState(states);
        long[] sorted = counts;
        if (order != null) {
            sorted = new long[counts.length];
            for (int i = 0; i < order.length; i++) {
                sorted[i] = counts[order[i]];
            }
        }
        return new Histogram(states, sorted, qubits);
    }

    /**
     * @param byBitstring counts by bitstring, qubit 0 rightmost, such as {@code Map.of("00", 498, "11", 502)}
     * @return the histogram, as wide as the longest bitstring
     */
    public static Histogram ofBitstrings(Map<String, ? extends Number> byBitstring) {
        long[] states = new long[byBitstring.size()];
        long[] counts = new long[byBitstring.size()];
        int i = 0;
        int qubits = 1;
        for (Map.Entry<String, ? extends Number> e : byBitstring.entrySet()) {
            states[i] = Bitstrings.parse(e.getKey());
            counts[i++] = e.getValue().longValue();
            qubits = Math.max(qubits, e.getKey().length());
        }
        return of(states, counts, qubits);
    }

    /** @return the total number of shots */
    public long total() {
        return total;
    }

    /**
     * @param index 0 to {@code size() - 1}, in increasing state order
     * @return the count of the state at that index
     */
    public long countAt(int index) {
        return counts[index];
    }

    /**
     * @param state a basis state
     * @return its count; 0 when not listed
     */
    public long count(long state) {
        int index = indexOf(state);
        return index < 0 ? 0 : counts[index];
    }

    /**
     * @param bitstring a bitstring, qubit 0 rightmost
     * @return its count; 0 when not listed
     */
    public long count(String bitstring) {
        return count(Bitstrings.parse(bitstring));
    }

    @Override
    public double probabilityAt(int index) {
        return (double) counts[index] / total;
    }

    @Override
    String valueText(int index) {
        return Long.toString(counts[index]);
    }
}
