package io.github.ionqci.junit.statistics;

import io.github.ionqci.client.result.Probabilities;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Shot planning for the goodness-of-fit checks ({@code fitsDistribution}, {@code matchesSimulation}): how
 * many shots detect a shift of a given total variation distance (TVD), and which TVD a given number of
 * shots can detect.
 *
 * <p><b>Method.</b> Pearson's X² over k bins (after pooling the bins with expected count below 5, as
 * {@link GoodnessOfFit} does at that shot count) is, under a true distribution q ≠ p, approximately
 * noncentral χ²(k − 1, λ) with λ = n·Σ(qᵢ − pᵢ)²/pᵢ. Among all q at TVD δ from p, the least favourable (the
 * smallest λ) raises the bins of a set S and lowers the rest T in proportion to their probabilities:
 * qᵢ − pᵢ = δ·pᵢ/P(S) on S and −δ·pᵢ/P(T) on T, so λ = n·δ²·(1/P(S) + 1/P(T)), smallest when P(S) is as close
 * to ½ as the bins allow (every bin is in S or T: leaving one out only makes λ larger). S is found exactly
 * for up to 20 bins and by taking the largest bins first beyond, where single bins are small. The power at
 * α is then P(χ'²(k − 1, λ) &gt; χ²_{k−1, 1−α}) ({@link NoncentralChiSquared}), and the shots are the smallest
 * n with at least the requested power. Checked by simulation in {@code ShotPlanningTest}.
 *
 * <pre>{@code
 * Map<String, Double> uniform = Map.of("00", 0.25, "01", 0.25, "10", 0.25, "11", 0.25);
 * long shots = IonQStatistics.shotsToDetect(uniform, 0.05, 0.001, 0.9);    // 2,594
 * double tvd = IonQStatistics.detectableTvd(uniform, 10_000, 0.001, 0.9);  // ≈ 0.025
 * }</pre>
 */
public final class IonQStatistics {

    private static final int EXACT_PARTITION_BINS = 20;
    private static final long MAX_SHOTS = 1L << 40;

    private IonQStatistics() {
    }

    /**
     * The shots a Pearson goodness-of-fit check at level {@code alpha} needs to reject, with probability
     * {@code power}, every distribution at total variation distance {@code tvd} from {@code expected}
     * (the least favourable direction included).
     *
     * @param expected bitstrings (qubit 0 rightmost) to probabilities summing to 1, with at least two outcomes
     * @param tvd      the shift to detect, in (0, 0.5]
     * @param alpha    the check's significance level, in (0, 1)
     * @param power    the wanted probability of detection, in (alpha, 1)
     * @return the smallest shot count with at least that power
     */
    public static long shotsToDetect(Map<String, ? extends Number> expected, double tvd, double alpha, double power) {
        return shotsToDetect(Probabilities.ofBitstrings(expected), tvd, alpha, power);
    }

    /**
     * As {@link #shotsToDetect(Map, double, double, double)}, for probabilities keyed by basis state.
     *
     * @param expected the expected probabilities, with at least two outcomes
     * @param tvd      the shift to detect, in (0, 0.5]
     * @param alpha    the check's significance level, in (0, 1)
     * @param power    the wanted probability of detection, in (alpha, 1)
     * @return the smallest shot count with at least that power
     */
    public static long shotsToDetect(Probabilities expected, double tvd, double alpha, double power) {
        check(expected, alpha, power);
        if (!(tvd > 0 && tvd <= 0.5)) {
            throw new IllegalArgumentException("tvd must be above 0 and at most 0.5, but was " + tvd
                    + "; a larger shift moves more than half the mass and needs only a handful of shots");
        }
        long hi = 2;
        while (power(expected, hi, tvd, alpha) < power) {
            hi *= 2;
            if (hi > MAX_SHOTS) {
                throw new IllegalArgumentException("No shot count up to 2^40 detects a TVD of " + tvd
                        + " at α = " + alpha + " with power " + power + "; ask for a larger shift or a larger α");
            }
        }
        long lo = hi / 2;   // power(lo) < power ≤ power(hi)
        while (hi - lo > 1) {
            long mid = lo + (hi - lo) / 2;
            if (power(expected, mid, tvd, alpha) >= power) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return hi;
    }

    /**
     * The smallest TVD shift that a check with these shots detects with probability {@code power} in every
     * direction: the figure the report shows for each statistical check.
     *
     * @param expected bitstrings (qubit 0 rightmost) to probabilities summing to 1
     * @param shots    the check's shots
     * @param alpha    the check's significance level, in (0, 1)
     * @param power    the wanted probability of detection, in (alpha, 1)
     * @return the TVD, in (0, 1]; 1 when even a complete change of distribution is not detected reliably
     */
    public static double detectableTvd(Map<String, ? extends Number> expected, long shots, double alpha,
                                       double power) {
        return detectableTvd(Probabilities.ofBitstrings(expected), shots, alpha, power);
    }

    /**
     * As {@link #detectableTvd(Map, long, double, double)}, for probabilities keyed by basis state.
     *
     * @param expected the expected probabilities
     * @param shots    the check's shots
     * @param alpha    the check's significance level, in (0, 1)
     * @param power    the wanted probability of detection, in (alpha, 1)
     * @return the TVD, in (0, 1]
     */
    public static double detectableTvd(Probabilities expected, long shots, double alpha, double power) {
        check(expected, alpha, power);
        if (shots < 1) {
            throw new IllegalArgumentException("shots must be at least 1, was " + shots);
        }
        Plan plan = plan(expected, shots);
        if (plan.bins() < 2) {
            return 1.0;
        }
        double critical = ChiSquared.criticalValue(alpha, plan.bins() - 1);
        double lo = 0;
        double hi = 1;
        while (NoncentralChiSquared.survival(critical, plan.bins() - 1, hi) < power) {
            hi *= 2;
        }
        for (int i = 0; i < 100 && hi - lo > 1e-9 * hi; i++) {
            double mid = 0.5 * (lo + hi);
            if (NoncentralChiSquared.survival(critical, plan.bins() - 1, mid) >= power) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        // λ = n δ² c  ⇒  δ = √(λ / (n c))
        return Math.min(1.0, Math.sqrt(hi / (shots * plan.leastFavourableFactor())));
    }

    /**
     * @param expected the expected probabilities
     * @param shots    the check's shots
     * @param tvd      the shift, as a total variation distance
     * @param alpha    the check's significance level
     * @return the power of the Pearson check at {@code shots} against the least favourable shift of
     *         {@code tvd}
     */
    public static double power(Probabilities expected, long shots, double tvd, double alpha) {
        Plan plan = plan(expected, shots);
        if (plan.bins() < 2) {
            return 0.0;
        }
        double lambda = shots * tvd * tvd * plan.leastFavourableFactor();
        return NoncentralChiSquared.survival(ChiSquared.criticalValue(alpha, plan.bins() - 1), plan.bins() - 1,
                lambda);
    }

    /**
     * The least favourable shift itself: the distribution at TVD {@code tvd} from {@code expected} that the
     * check at {@code shots} detects least easily (for simulation checks and reports).
     *
     * @param expected the expected probabilities
     * @param shots    the check's shots
     * @param tvd      the shift, as a total variation distance
     * @return the shifted probabilities
     */
    public static Probabilities leastFavourableShift(Probabilities expected, long shots, double tvd) {
        Plan plan = plan(expected, shots);
        long[] states = new long[expected.size()];
        double[] values = new double[expected.size()];
        for (int i = 0; i < expected.size(); i++) {
            states[i] = expected.state(i);
            double p = expected.probabilityAt(i);
            boolean raised = plan.raised().contains(states[i]);
            values[i] = p + (raised ? tvd * p / plan.raisedMass() : -tvd * p / (1 - plan.raisedMass()));
        }
        return Probabilities.of(states, values, expected.qubits());
    }

    /** k pooled bins, the raised set S (original states) and the factor 1/P(S) + 1/P(T). */
    private record Plan(int bins, List<Long> raised, double raisedMass) {
        double leastFavourableFactor() {
            return 1 / raisedMass + 1 / (1 - raisedMass);
        }
    }

    private static Plan plan(Probabilities expected, long shots) {
        List<GoodnessOfFit.MutableBin> bins = new ArrayList<>();
        for (int i = 0; i < expected.size(); i++) {
            if (expected.probabilityAt(i) > 0) {
                bins.add(new GoodnessOfFit.MutableBin(expected.state(i), 0, shots * expected.probabilityAt(i)));
            }
        }
        GoodnessOfFit.mergeSparse(bins);
        double total = bins.stream().mapToDouble(b -> b.expected).sum();
        double[] mass = bins.stream().mapToDouble(b -> b.expected / total).toArray();
        boolean[] inS = bins.size() <= EXACT_PARTITION_BINS ? exactHalf(mass) : greedyHalf(mass);
        List<Long> raised = new ArrayList<>();
        double raisedMass = 0;
        for (int b = 0; b < bins.size(); b++) {
            if (inS[b]) {
                raised.addAll(bins.get(b).states);
                raisedMass += mass[b];
            }
        }
        // T must be able to give up δ: put the larger side in T
        if (raisedMass > 0.5) {
            List<Long> other = new ArrayList<>();
            for (int b = 0; b < bins.size(); b++) {
                if (!inS[b]) {
                    other.addAll(bins.get(b).states);
                }
            }
            raised = other;
            raisedMass = 1 - raisedMass;
        }
        return new Plan(bins.size(), raised, raisedMass);
    }

    /** The subset with mass closest to ½ (non-empty, not everything), by enumeration. */
    private static boolean[] exactHalf(double[] mass) {
        int k = mass.length;
        boolean[] best = new boolean[k];
        if (k < 2) {
            return best;
        }
        double bestGap = Double.MAX_VALUE;
        int bestMask = 1;
        // bin k−1 is fixed in T: every partition is seen once
        for (int mask = 1; mask < 1 << (k - 1); mask++) {
            double s = 0;
            for (int b = 0; b < k - 1; b++) {
                if ((mask & (1 << b)) != 0) {
                    s += mass[b];
                }
            }
            double gap = Math.abs(s - 0.5);
            if (gap < bestGap) {
                bestGap = gap;
                bestMask = mask;
            }
        }
        for (int b = 0; b < k - 1; b++) {
            best[b] = (bestMask & (1 << b)) != 0;
        }
        return best;
    }

    /** Largest bins first into S while that brings its mass closer to ½. */
    private static boolean[] greedyHalf(double[] mass) {
        Integer[] order = new Integer[mass.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -mass[i]));
        boolean[] inS = new boolean[mass.length];
        double s = 0;
        for (int i : order) {
            if (Math.abs(s + mass[i] - 0.5) < Math.abs(s - 0.5)) {
                inS[i] = true;
                s += mass[i];
            }
        }
        return inS;
    }

    private static void check(Probabilities expected, double alpha, double power) {
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be between 0 and 1 (exclusive), but was " + alpha);
        }
        if (!(power > alpha && power < 1)) {
            throw new IllegalArgumentException("power must be above alpha and below 1, but was " + power);
        }
        long outcomes = java.util.stream.IntStream.range(0, expected.size())
                .filter(i -> expected.probabilityAt(i) > 0).count();
        if (outcomes < 2) {
            throw new IllegalArgumentException("The expected distribution has " + outcomes + " possible outcome(s);"
                    + " a shift can only move mass onto forbidden outcomes, which any shot detects. Use"
                    + " containsOnlyOutcomes instead of planning shots for it.");
        }
    }
}
