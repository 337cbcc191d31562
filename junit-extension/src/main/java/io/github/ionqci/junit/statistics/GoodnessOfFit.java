package io.github.ionqci.junit.statistics;

import io.github.ionqci.client.result.Histogram;
import io.github.ionqci.client.result.Probabilities;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.statistics.inference.ChiSquareTest;
import org.apache.commons.statistics.inference.GTest;
import org.apache.commons.statistics.inference.SignificanceResult;

/**
 * Goodness-of-fit tests of a measured histogram against expected probabilities, using the real
 * shot count.
 *
 * <ul>
 *   <li>Expected counts are {@code E_i = n·p_i} over the outcomes with {@code p_i > 0}.</li>
 *   <li>Sparse bins are merged (Cochran's rule): every outcome with {@code E_i < 5} goes into one
 *       pooled bin; if the pool is still below 5, the smallest remaining bins join it until it is not.</li>
 *   <li>Any observed outcome whose expected probability is 0 is <em>forbidden</em>: the test rejects
 *       with p = 0, whatever the significance level.</li>
 *   <li>Degrees of freedom are the number of bins after merging, minus one. With a single bin left
 *       (a deterministic expectation, or too few shots) there is nothing to test: p = 1.</li>
 * </ul>
 *
 * <p>The pooling and forbidden outcomes are this class's; the test on the pooled bins (statistic and
 * p-value) is Apache Commons Statistics' {@code ChiSquareTest} or {@code GTest}.
 *
 * <pre>{@code
 * Histogram observed = Histogram.ofBitstrings(Map.of("00", 5_060, "11", 4_940));
 * Probabilities expected = Probabilities.ofBitstrings(Map.of("00", 0.5, "11", 0.5));
 * GoodnessOfFitResult fit = GoodnessOfFit.test(observed, expected, GoodnessOfFit.Method.PEARSON);
 * fit.statistic();   // 1.44
 * fit.pValue();      // 0.2301
 * }</pre>
 */
public final class GoodnessOfFit {

    /** Bins whose expected count is below this are merged (Cochran). */
    public static final double MIN_EXPECTED_COUNT = 5.0;

    /** The statistic to compute. */
    public enum Method {
        /** Pearson's X² = Σ (O − E)² / E. */
        PEARSON("Pearson χ²"),
        /** The likelihood-ratio G = 2 Σ O ln(O / E) = 2n·KL(p̂‖p). */
        G("G-test");

        private final String label;

        Method(String label) {
            this.label = label;
        }

        /** @return a short human name, such as {@code "Pearson χ²"} */
        public String label() {
            return label;
        }
    }

    private GoodnessOfFit() {
    }

    /**
     * Tests whether {@code observed} could be a sample of {@code expected}.
     *
     * @param observed the measured counts
     * @param expected the expected probabilities (they sum to 1)
     * @param method   Pearson or G
     * @return the statistic, degrees of freedom, p-value, the bins used and any forbidden outcomes
     */
    public static GoodnessOfFitResult test(Histogram observed, Probabilities expected, Method method) {
        long shots = observed.total();
        List<GoodnessOfFitResult.ForbiddenOutcome> forbidden = new ArrayList<>();
        for (int i = 0; i < observed.size(); i++) {
            long count = observed.countAt(i);
            if (count > 0 && expected.probability(observed.state(i)) <= 0) {
                forbidden.add(new GoodnessOfFitResult.ForbiddenOutcome(observed.state(i), count));
            }
        }

        List<MutableBin> bins = new ArrayList<>();
        for (int i = 0; i < expected.size(); i++) {
            double p = expected.probabilityAt(i);
            if (p > 0) {
                long state = expected.state(i);
                bins.add(new MutableBin(state, observed.count(state), shots * p));
            }
        }
        int merged = mergeSparse(bins);

        int degreesOfFreedom = bins.size() - 1;
        List<GoodnessOfFitResult.Bin> resultBins = new ArrayList<>(bins.size());
        double[] expectedCounts = new double[bins.size()];
        long[] observedCounts = new long[bins.size()];
        for (int b = 0; b < bins.size(); b++) {
            MutableBin bin = bins.get(b);
            expectedCounts[b] = bin.expected;
            observedCounts[b] = bin.observed;
            resultBins.add(new GoodnessOfFitResult.Bin(bin.states, bin.observed, bin.expected,
                    contribution(method, bin.observed, bin.expected)));
        }
        double statistic;
        double pValue;
        if (!forbidden.isEmpty()) {
            statistic = Double.POSITIVE_INFINITY;
            pValue = 0.0;
        } else if (degreesOfFreedom < 1 || shots == 0) {
            statistic = 0.0;
            pValue = 1.0;
        } else {
            SignificanceResult test = method == Method.PEARSON
                    ? ChiSquareTest.withDefaults().test(expectedCounts, observedCounts)
                    : GTest.withDefaults().test(expectedCounts, observedCounts);
            statistic = test.getStatistic();
            pValue = test.getPValue();
        }
        return new GoodnessOfFitResult(method, statistic, Math.max(0, degreesOfFreedom), pValue, shots,
                resultBins, forbidden, merged);
    }

    private static double contribution(Method method, long observed, double expected) {
        if (method == Method.PEARSON) {
            double diff = observed - expected;
            return diff * diff / expected;
        }
        // deviance residual: 2[O ln(O/E) − (O − E)] ≥ 0; the (O − E) terms sum to zero over all bins
        double logTerm = observed == 0 ? 0.0 : observed * Math.log(observed / expected);
        return 2 * (logTerm - (observed - expected));
    }

    /**
     * Pools the bins with expected count below 5 into one, then grows the pool with the smallest
     * remaining bins until it reaches 5. Leaves the kept bins in state order and the pool last.
     *
     * @return how many original bins went into the pool (0 when none did)
     */
    static int mergeSparse(List<MutableBin> bins) {
        return PooledBin.mergeSparse(bins, bin -> bin.expected < MIN_EXPECTED_COUNT);
    }

    /** A bin under construction: the outcomes in it, their observed and expected counts. */
    static final class MutableBin extends PooledBin<MutableBin> {
        long observed;
        double expected;

        MutableBin(long state, long observed, double expected) {
            super(state);
            this.observed = observed;
            this.expected = expected;
        }

        @Override
        double size() {
            return expected;
        }

        @Override
        void addCounts(MutableBin other) {
            observed += other.observed;
            expected += other.expected;
        }
    }
}
