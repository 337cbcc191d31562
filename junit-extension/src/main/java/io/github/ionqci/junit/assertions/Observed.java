package io.github.ionqci.junit.assertions;

import static io.github.ionqci.junit.report.Numbers.probability;

import io.github.ionqci.client.result.Bitstrings;
import io.github.ionqci.client.result.Distribution;
import io.github.ionqci.client.result.Histogram;
import io.github.ionqci.client.result.Probabilities;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The distribution under test with what is known about it, as the checks, the failure messages and the
 * report records read it: its width in qubits, its counts, and its outcomes written out.
 *
 * @param actual  the distribution
 * @param context where it came from
 */
record Observed(Distribution actual, ResultContext context) {

    /**
     * @param extra a width the check's arguments need (an expected distribution's, a bitstring's length)
     * @return the number of bits to write outcomes with
     */
    int width(int extra) {
        return Math.max(Math.max(actual.qubits(), context.jobQubits()), Math.max(1, extra));
    }

    /** @return the shot count behind the distribution: a histogram's total, else the known shots, else null */
    Long shots() {
        if (actual instanceof Histogram histogram) {
            return histogram.total();
        }
        return context.shots();
    }

    /**
     * @param purpose what the counts are for, such as {@code a goodness-of-fit test}
     * @return why there are no counts, or null when {@link #counts()} has them
     */
    String countsProblem(String purpose) {
        if (actual instanceof Histogram) {
            return null;
        }
        if (context.shots() == null) {
            return "Expecting " + context.subject() + " to have shot counts for " + purpose
                    + ",\nbut it is probabilities without a known shot count.\n"
                    + "Use a histogram (assertThat(job).histogram()), or give the shots with withShots(n).";
        }
        if (counts().total() == 0) {
            return "Expecting " + context.subject() + " to have shot counts for " + purpose
                    + ",\nbut round(p × " + context.shots() + " shots) is 0 for every outcome.";
        }
        return null;
    }

    /** @return the histogram itself, or round(p × shots) from probabilities with known shots */
    Histogram counts() {
        if (actual instanceof Histogram histogram) {
            return histogram;
        }
        long shots = context.shots();
        long[] states = new long[actual.size()];
        long[] values = new long[actual.size()];
        for (int i = 0; i < actual.size(); i++) {
            states[i] = actual.state(i);
            values[i] = Math.round(actual.probabilityAt(i) * shots);
        }
        return Histogram.of(states, values, actual.qubits());
    }

    /** @return whether counts were made from probabilities (the messages then say so) */
    boolean countsFromProbabilities() {
        return actual instanceof Probabilities && context.shots() != null;
    }

    /** @return every outcome with its value, one per row */
    OutcomeTable table(int width) {
        Map<String, String> rows = new TreeMap<>();
        for (int i = 0; i < actual.size(); i++) {
            if (actual.probabilityAt(i) > 0) {
                rows.put(Bitstrings.of(actual.state(i), width), valueText(actual.state(i)));
            }
        }
        return OutcomeTable.of(rows);
    }

    /** @return a histogram's count and probability, or a probability */
    String valueText(long state) {
        if (actual instanceof Histogram histogram) {
            return histogram.count(state) + " (" + probability(histogram.probability(state)) + ")";
        }
        return probability(actual.probability(state));
    }

    /** @return {@code 10 shots} for a histogram, {@code p = 0.0010} for probabilities */
    String shortValueText(long state) {
        if (actual instanceof Histogram histogram) {
            long count = histogram.count(state);
            return count + (count == 1 ? " shot" : " shots");
        }
        return "p = " + probability(actual.probability(state));
    }

    static OutcomeTable probabilityTable(Distribution distribution, int width) {
        return OutcomeTable.of(probabilityMap(distribution, width).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> probability(e.getValue()))));
    }

    static Map<String, Double> probabilityMap(Distribution distribution, int width) {
        Map<String, Double> map = new TreeMap<>();
        for (int i = 0; i < distribution.size(); i++) {
            double p = distribution.probabilityAt(i);
            if (p > 0) {
                map.put(Bitstrings.of(distribution.state(i), Math.max(width, distribution.qubits())), p);
            }
        }
        return map;
    }

    static String binLabel(List<Long> states, int width) {
        if (states.size() == 1) {
            return Bitstrings.of(states.get(0), width);
        }
        return "merged " + states.size() + " outcomes";
    }

    static String bitstrings(Collection<Long> states, int width) {
        return states.stream().sorted().map(s -> Bitstrings.of(s, width)).collect(Collectors.joining(", ", "[", "]"));
    }

    static String degrees(int df) {
        return df + (df == 1 ? " degree of freedom" : " degrees of freedom");
    }

    static TreeSet<Long> union(Distribution a, Distribution b) {
        TreeSet<Long> states = new TreeSet<>();
        for (Distribution d : List.of(a, b)) {
            for (int i = 0; i < d.size(); i++) {
                if (d.probabilityAt(i) > 0) {
                    states.add(d.state(i));
                }
            }
        }
        return states;
    }
}
