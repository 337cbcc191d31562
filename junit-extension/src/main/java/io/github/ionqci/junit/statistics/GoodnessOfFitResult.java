package io.github.ionqci.junit.statistics;

import java.util.List;

/**
 * The outcome of a {@link GoodnessOfFit} test.
 *
 * <pre>{@code
 * GoodnessOfFitResult fit = GoodnessOfFit.test(observed, expected, GoodnessOfFit.Method.PEARSON);
 * if (fit.rejectsAt(0.001)) {
 *     fit.largestContributions(3).forEach(bin -> System.out.println(bin.states() + " " + bin.contribution()));
 * }
 * }</pre>
 *
 * @param method           the statistic computed
 * @param statistic        its value; {@code +∞} when an outcome is forbidden
 * @param degreesOfFreedom bins after merging, minus one (0: nothing to test)
 * @param pValue           P(statistic at least this large | expected is true); 0 with a forbidden outcome
 * @param shots            the total observed shots
 * @param bins             the bins tested: kept outcomes in state order, then the merged pool if any
 * @param forbidden        observed outcomes whose expected probability is 0
 * @param mergedOutcomes   how many outcomes were pooled into the last bin (0 when none were)
 */
public record GoodnessOfFitResult(
        GoodnessOfFit.Method method,
        double statistic,
        int degreesOfFreedom,
        double pValue,
        long shots,
        List<Bin> bins,
        List<ForbiddenOutcome> forbidden,
        int mergedOutcomes) {

    /**
     * Copies the lists.
     *
     * @param method           the statistic computed
     * @param statistic        its value; {@code +∞} when an outcome is forbidden
     * @param degreesOfFreedom bins after merging, minus one (0: nothing to test)
     * @param pValue           P(statistic at least this large | expected is true); 0 with a forbidden outcome
     * @param shots            the total observed shots
     * @param bins             the bins tested: kept outcomes in state order, then the merged pool if any
     * @param forbidden        observed outcomes whose expected probability is 0
     * @param mergedOutcomes   how many outcomes were pooled into the last bin (0 when none were)
     */
    public GoodnessOfFitResult {
        bins = List.copyOf(bins);
        forbidden = List.copyOf(forbidden);
    }

    /**
     * One bin of the test.
     *
     * @param states       the outcomes in it (more than one for the merged pool)
     * @param observed     the observed count
     * @param expected     the expected count, shots × probability
     * @param contribution its term of the statistic
     */
    public record Bin(List<Long> states, long observed, double expected, double contribution) {
        /**
         * Copies the states.
         *
         * @param states       the outcomes in it (more than one for the merged pool)
         * @param observed     the observed count
         * @param expected     the expected count, shots × probability
         * @param contribution its term of the statistic
         */
        public Bin {
            states = List.copyOf(states);
        }
    }

    /**
     * An observed outcome that the expected distribution gives probability 0.
     *
     * @param state the outcome
     * @param count how many shots gave it
     */
    public record ForbiddenOutcome(long state, long count) {
    }

    /** @return whether any observed outcome has expected probability 0 */
    public boolean hasForbiddenOutcomes() {
        return !forbidden.isEmpty();
    }

    /** @return whether the test had anything to test: a forbidden outcome, or at least two bins */
    public boolean isTestable() {
        return hasForbiddenOutcomes() || degreesOfFreedom > 0;
    }

    /**
     * @param alpha the significance level
     * @return whether the test rejects the expected distribution: {@code pValue <= alpha}
     */
    public boolean rejectsAt(double alpha) {
        return pValue <= alpha;
    }

    /**
     * @param limit how many to return at most
     * @return the bins with the largest contributions to the statistic, largest first
     */
    public List<Bin> largestContributions(int limit) {
        return Contributions.largest(bins, Bin::contribution, limit);
    }
}
