package io.github.ionqci.emulator.internal;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The two aggregations IonQ offers over a debiased job's variants ({@code output.error_mitigation.aggregations}):
 *
 * <ul>
 *   <li>{@link #AVERAGE}: the variants' histograms added up, so its counts sum to the job's shots and its
 *       probabilities are the shot-weighted average of the variants' distributions;</li>
 *   <li>{@link #VOTING}: IonQ's "sharpening via plurality voting": each variant casts one vote for its
 *       highest-probability outcome (a tie splits the vote evenly), and the votes, normalised, are the sharpened
 *       distribution; as counts it is scaled to the job's shots (largest-remainder rounding).</li>
 * </ul>
 *
 * <pre>{@code
 * ResultData average = Aggregations.average(variantResults, 1000);
 * ResultData voting = Aggregations.voting(variantResults, 1000);   // what ?sharpen=true returns
 * }</pre>
 */
public final class Aggregations {

    /** The averaging aggregation's key in {@code aggregations}. */
    public static final String AVERAGE = "average";
    /** The sharpened (plurality-voting) aggregation's key in {@code aggregations}. */
    public static final String VOTING = "voting";
    /** The aggregations the emulator serves, in the spec's order. */
    public static final List<String> NAMES = List.of(AVERAGE, VOTING);

    private Aggregations() {
    }

    /**
     * @param name     {@link #AVERAGE} or {@link #VOTING}
     * @param variants the variants' results
     * @param shots    the job's shots
     * @return that aggregation, or null when no variant has a histogram
     */
    public static ResultData of(String name, List<ResultData> variants, int shots) {
        return VOTING.equals(name) ? voting(variants, shots) : average(variants, shots);
    }

    /**
     * @param variants the variants' results
     * @param shots    the job's shots
     * @return the variants' histograms added up, or null when none has one
     */
    public static ResultData average(List<ResultData> variants, int shots) {
        SortedMap<Long, Long> sum = new TreeMap<>();
        for (ResultData variant : variants) {
            if (variant != null && variant.histogram() != null) {
                variant.histogram().forEach((state, n) -> sum.merge(state, n, Long::sum));
            }
        }
        return sum.isEmpty() ? null : ResultData.of(null, sum, null, shots, false);
    }

    /**
     * @param variants the variants' results
     * @param shots    the job's shots
     * @return the plurality vote of the variants, or null when no variant has a histogram
     */
    public static ResultData voting(List<ResultData> variants, int shots) {
        SortedMap<Long, Double> votes = new TreeMap<>();
        int voters = 0;
        for (ResultData variant : variants) {
            if (variant == null || variant.histogram() == null || variant.histogram().isEmpty()) {
                continue;
            }
            long top = variant.histogram().values().stream().mapToLong(Long::longValue).max().orElse(0);
            List<Long> winners = variant.histogram().entrySet().stream().filter(e -> e.getValue() == top)
                    .map(Map.Entry::getKey).toList();
            for (long state : winners) {
                votes.merge(state, 1.0 / winners.size(), Double::sum);
            }
            voters++;
        }
        if (voters == 0) {
            return null;
        }
        SortedMap<Long, Double> probabilities = new TreeMap<>();
        int total = voters;
        votes.forEach((state, v) -> probabilities.put(state, v / total));
        ResultData counted = ResultData.of(probabilities, null, null, shots, true);
        return ResultData.of(probabilities, counted.histogram(), null, shots, false);
    }
}
