package io.github.ionqci.client.result;

/**
 * A shots result: the basis state measured in each shot, in order, in a primitive array.
 *
 * <pre>{@code
 * Shots shots = client.getShots(job);
 * Histogram counts = shots.toHistogram();
 * }</pre>
 */
public final class Shots {

    private final long[] outcomes;
    private final int qubits;

    private Shots(long[] outcomes, int qubits) {
        this.outcomes = outcomes;
        this.qubits = qubits;
    }

    /**
     * @param outcomes the state of each shot; the array is taken over, not copied
     * @param qubits   the width, or 0 to infer it from the largest state
     * @return the shots
     */
    public static Shots of(long[] outcomes, int qubits) {
        long max = 0;
        for (long o : outcomes) {
            if (o < 0) {
                throw new IllegalArgumentException("A shot's state cannot be negative, but was " + o);
            }
            max = Math.max(max, o);
        }
        int needed = Bitstrings.widthOf(max);
        if (qubits > 0 && qubits < needed) {
            throw new IllegalArgumentException("Shot state " + max + " does not fit in " + qubits + " qubits");
        }
        return new Shots(outcomes, qubits > 0 ? qubits : needed);
    }

    /** @return the number of shots */
    public int size() {
        return outcomes.length;
    }

    /**
     * @param index the shot, from 0
     * @return the state it measured
     */
    public long get(int index) {
        return outcomes[index];
    }

    /** @return the width used for bitstrings */
    public int qubits() {
        return qubits;
    }

    /** @return a copy of every shot's state, in order */
    public long[] toArray() {
        return outcomes.clone();
    }

    /** @return the counts of each state over all shots */
    public Histogram toHistogram() {
        long[] sorted = outcomes.clone();
        java.util.Arrays.sort(sorted);
        int distinct = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                distinct++;
            }
        }
        long[] states = new long[distinct];
        long[] counts = new long[distinct];
        int k = -1;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                states[++k] = sorted[i];
            }
            counts[k]++;
        }
        return Histogram.of(states, counts, qubits);
    }

    @Override
    public String toString() {
        return "Shots{" + outcomes.length + " shots on " + qubits + " qubits}";
    }
}
