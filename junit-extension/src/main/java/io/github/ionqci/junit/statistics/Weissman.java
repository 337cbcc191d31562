package io.github.ionqci.junit.statistics;

/**
 * The Weissman et al. (2003) concentration bound for the empirical distribution of {@code n} samples
 * over {@code k} outcomes: {@code P(‖p̂ − p‖₁ ≥ ε) ≤ (2^k − 2)·exp(−nε²/2)}. Inverted, with probability
 * at least {@code 1 − δ}:
 * <pre>TVD(p̂, p) ≤ ε(δ)/2 = ½·√(2·[ln(2^k − 2) + ln(1/δ)] / n)</pre>
 *
 * <p>Use it as a sampling margin: a check {@code TVD ≤ τ} on a sample should allow {@code τ + ε(δ)/2}.
 * The bound is conservative (k = 2, n = 1000, δ = 0.01 gives 0.052, where the empirical 99th
 * percentile is 0.041).
 *
 * <pre>{@code
 * double margin = Weissman.tvdBound(4, 10_000, 0.01);   // 0.0193
 * }</pre>
 */
public final class Weissman {

    private static final double LN2 = Math.log(2);

    private Weissman() {
    }

    /**
     * @param outcomes the alphabet size k (the outcomes the sampled distribution can produce), at least 1
     * @param shots    the sample size n, at least 1
     * @param delta    the probability that the bound fails, in (0, 1)
     * @return ε(δ)/2: with probability at least {@code 1 − delta}, TVD(p̂, p) is at most this; 0 for k = 1
     */
    public static double tvdBound(int outcomes, long shots, double delta) {
        if (outcomes < 1) {
            throw new IllegalArgumentException("The number of outcomes must be at least 1, but was " + outcomes);
        }
        if (shots < 1) {
            throw new IllegalArgumentException("The number of shots must be at least 1, but was " + shots);
        }
        if (!(delta > 0 && delta < 1)) {
            throw new IllegalArgumentException("delta must be between 0 and 1 (exclusive), but was " + delta);
        }
        if (outcomes == 1) {
            return 0.0;   // a one-outcome distribution is always sampled exactly
        }
        // ln(2^k − 2) = k ln 2 + ln(1 − 2^(1−k)), stable for large k
        double logSubsets = outcomes * LN2 + Math.log1p(-Math.pow(2, 1 - outcomes));
        double epsilon = Math.sqrt(2 * (logSubsets + Math.log(1 / delta)) / shots);
        return Math.min(1.0, epsilon / 2);
    }
}
