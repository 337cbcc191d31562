package io.github.ionqci.junit.statistics;

import java.util.List;

/**
 * The outcome of a two-sample {@link Homogeneity} test.
 *
 * <pre>{@code
 * HomogeneityResult h = Homogeneity.test(baseline, current);
 * System.out.printf("X² = %.2f, df = %d, p = %.3g%n", h.statistic(), h.degreesOfFreedom(), h.pValue());
 * }</pre>
 *
 * @param statistic        X² on the 2×k table
 * @param degreesOfFreedom bins after merging, minus one (0: nothing to test)
 * @param pValue           P(X² at least this large | both samples share one distribution)
 * @param firstShots       shots in the first histogram
 * @param secondShots      shots in the second histogram
 * @param bins             the bins tested: kept outcomes in state order, then the merged pool if any
 * @param mergedOutcomes   how many outcomes were pooled into the last bin (0 when none were)
 */
public record HomogeneityResult(
        double statistic,
        int degreesOfFreedom,
        double pValue,
        long firstShots,
        long secondShots,
        List<Bin> bins,
        int mergedOutcomes) {

    /**
     * Copies the bins.
     *
     * @param statistic        X² on the 2×k table
     * @param degreesOfFreedom bins after merging, minus one (0: nothing to test)
     * @param pValue           P(X² at least this large | both samples share one distribution)
     * @param firstShots       shots in the first histogram
     * @param secondShots      shots in the second histogram
     * @param bins             the bins tested: kept outcomes in state order, then the merged pool if any
     * @param mergedOutcomes   how many outcomes were pooled into the last bin (0 when none were)
     */
    public HomogeneityResult {
        bins = List.copyOf(bins);
    }

    /**
     * One column of the 2×k table.
     *
     * @param states         the outcomes in it (more than one for the merged pool)
     * @param first          the count in the first histogram
     * @param second         the count in the second histogram
     * @param expectedFirst  its expected count in the first under homogeneity
     * @param expectedSecond its expected count in the second under homogeneity
     * @param contribution   its term of X²
     */
    public record Bin(List<Long> states, long first, long second, double expectedFirst, double expectedSecond,
                      double contribution) {
        /**
         * Copies the states.
         *
         * @param states         the outcomes in it (more than one for the merged pool)
         * @param first          the count in the first histogram
         * @param second         the count in the second histogram
         * @param expectedFirst  its expected count in the first under homogeneity
         * @param expectedSecond its expected count in the second under homogeneity
         * @param contribution   its term of X²
         */
        public Bin {
            states = List.copyOf(states);
        }
    }

    /** @return whether there were at least two bins to compare */
    public boolean isTestable() {
        return degreesOfFreedom > 0;
    }

    /**
     * @param alpha the significance level
     * @return whether the test rejects homogeneity: {@code pValue <= alpha}
     */
    public boolean rejectsAt(double alpha) {
        return pValue <= alpha;
    }

    /**
     * @param limit how many to return at most
     * @return the bins with the largest contributions to X², largest first
     */
    public List<Bin> largestContributions(int limit) {
        return Contributions.largest(bins, Bin::contribution, limit);
    }
}
