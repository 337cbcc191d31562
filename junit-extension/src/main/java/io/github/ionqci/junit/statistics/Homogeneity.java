package io.github.ionqci.junit.statistics;

import io.github.ionqci.client.result.Histogram;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.statistics.inference.ChiSquareTest;
import org.apache.commons.statistics.inference.SignificanceResult;

/**
 * The two-sample χ² test of homogeneity on a 2×k table: could two histograms come from the same
 * distribution? Each may have its own shot count.
 *
 * <ul>
 *   <li>Bins are the outcomes seen in either histogram; under the null hypothesis the expected count of
 *       outcome {@code i} in sample {@code j} is {@code E_ji = N_j·(O_1i + O_2i)/(N_1 + N_2)}.</li>
 *   <li>Sparse bins (either {@code E_ji < 5}) are pooled into one bin; if the pool is still sparse, the
 *       smallest remaining bins join it until it is not.</li>
 *   <li>X² = Σ (O_ji − E_ji)² / E_ji with degrees of freedom = bins − 1 (no Yates correction). One bin
 *       left means nothing to test: p = 1.</li>
 * </ul>
 *
 * <p>The pooling is this class's; the test of the pooled 2×k table is Apache Commons Statistics'
 * {@code ChiSquareTest}.
 *
 * <pre>{@code
 * HomogeneityResult same = Homogeneity.test(baselineCounts, currentCounts);
 * boolean changed = same.rejectsAt(0.001);
 * }</pre>
 */
public final class Homogeneity {

    private Homogeneity() {
    }

    /**
     * @param first  one histogram
     * @param second the other
     * @return the statistic, degrees of freedom, p-value and bins
     */
    public static HomogeneityResult test(Histogram first, Histogram second) {
        long n1 = first.total();
        long n2 = second.total();
        double total = (double) n1 + n2;
        double smaller = Math.min(n1, n2);

        List<MutableBin> bins = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < first.size() || j < second.size()) {
            long s1 = i < first.size() ? first.state(i) : Long.MAX_VALUE;
            long s2 = j < second.size() ? second.state(j) : Long.MAX_VALUE;
            long state = Math.min(s1, s2);
            long c1 = s1 == state ? first.countAt(i++) : 0;
            long c2 = s2 == state ? second.countAt(j++) : 0;
            if (c1 + c2 > 0) {
                bins.add(new MutableBin(state, c1, c2));
            }
        }

        int pooled = PooledBin.mergeSparse(bins, bin -> sparse(bin, smaller, total));

        List<HomogeneityResult.Bin> resultBins = new ArrayList<>(bins.size());
        long[][] table = new long[2][bins.size()];
        for (int b = 0; b < bins.size(); b++) {
            MutableBin bin = bins.get(b);
            table[0][b] = bin.first;
            table[1][b] = bin.second;
            double column = bin.first + bin.second;
            double e1 = n1 * column / total;
            double e2 = n2 * column / total;
            double contribution = square(bin.first - e1) / e1 + square(bin.second - e2) / e2;
            resultBins.add(new HomogeneityResult.Bin(bin.states, bin.first, bin.second, e1, e2, contribution));
        }
        int degreesOfFreedom = bins.size() - 1;
        if (degreesOfFreedom < 1 || n1 == 0 || n2 == 0) {
            return new HomogeneityResult(0.0, Math.max(0, degreesOfFreedom), 1.0, n1, n2, resultBins, pooled);
        }
        SignificanceResult test = ChiSquareTest.withDefaults().test(table);
        return new HomogeneityResult(test.getStatistic(), degreesOfFreedom, test.getPValue(), n1, n2, resultBins,
                pooled);
    }

    private static boolean sparse(MutableBin bin, double smallerShots, double totalShots) {
        return smallerShots * (bin.first + bin.second) / totalShots < GoodnessOfFit.MIN_EXPECTED_COUNT;
    }

    private static double square(double x) {
        return x * x;
    }

    private static final class MutableBin extends PooledBin<MutableBin> {
        long first;
        long second;

        MutableBin(long state, long first, long second) {
            super(state);
            this.first = first;
            this.second = second;
        }

        @Override
        double size() {
            return first + second;
        }

        @Override
        void addCounts(MutableBin other) {
            first += other.first;
            second += other.second;
        }
    }
}
