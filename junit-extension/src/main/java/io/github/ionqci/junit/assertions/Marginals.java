package io.github.ionqci.junit.assertions;

import io.github.ionqci.client.result.Distribution;
import io.github.ionqci.client.result.Histogram;
import io.github.ionqci.client.result.Probabilities;
import java.util.Arrays;
import java.util.TreeMap;

/**
 * Marginal distributions over a subset of qubits: outcome bit j of the marginal is qubit {@code qubits[j]}
 * of the full outcome, so in a bitstring (bit 0 rightmost) the rightmost bit is {@code qubits[0]}.
 */
final class Marginals {

    private Marginals() {
    }

    /**
     * @param full   a histogram (counts are summed) or probabilities (probabilities are summed)
     * @param qubits distinct qubit indices, at least one
     * @return the marginal, of the same kind as {@code full}
     */
    static Distribution of(Distribution full, int... qubits) {
        check(qubits);
        TreeMap<Long, Double> summed = new TreeMap<>();
        boolean counts = full instanceof Histogram;
        for (int i = 0; i < full.size(); i++) {
            long state = full.state(i);
            long m = 0;
            for (int j = 0; j < qubits.length; j++) {
                if ((state >>> qubits[j] & 1L) != 0) {
                    m |= 1L << j;
                }
            }
            double value = counts ? ((Histogram) full).countAt(i) : full.probabilityAt(i);
            summed.merge(m, value, Double::sum);
        }
        long[] states = summed.keySet().stream().mapToLong(Long::longValue).toArray();
        if (counts) {
            long[] values = summed.values().stream().mapToLong(Double::longValue).toArray();
            return Histogram.of(states, values, qubits.length);
        }
        return Probabilities.of(states, summed.values().stream().mapToDouble(Double::doubleValue).toArray(), qubits.length);
    }

    /** @return how the marginal's bits map to qubits, for messages */
    static String describe(int... qubits) {
        StringBuilder order = new StringBuilder();
        for (int j = qubits.length - 1; j >= 0; j--) {
            order.append('q').append(qubits[j]).append(j > 0 ? " " : "");
        }
        return "marginal over qubits " + Arrays.toString(qubits) + ", bits written " + order + " (qubit " + qubits[0]
                + " rightmost)";
    }

    private static void check(int[] qubits) {
        if (qubits == null || qubits.length == 0) {
            throw new IllegalArgumentException("marginal needs at least one qubit, such as marginal(0, 1)");
        }
        long seen = 0;
        for (int q : qubits) {
            if (q < 0 || q > 62) {
                throw new IllegalArgumentException("A qubit index is from 0 to 62, but was " + q);
            }
            if ((seen & 1L << q) != 0) {
                throw new IllegalArgumentException("Qubit " + q + " is listed twice in marginal("
                        + Arrays.toString(qubits).replaceAll("[\\[\\]]", "") + "); list each qubit once");
            }
            seen |= 1L << q;
        }
    }
}
