package io.github.ionqci.junit.statistics;

/**
 * The χ² distribution: survival function (the p-value of a χ² statistic) and critical values.
 *
 * <p>The survival function is the regularised upper incomplete gamma function
 * {@code Q(df/2, x/2)}, computed directly (never as {@code 1 − P}) in the upper tail, so p-values
 * far below {@code 1e-100} keep their relative accuracy, and with a Stirling-series prefactor, so
 * it stays accurate for degrees of freedom in the millions.
 *
 * <pre>{@code
 * double p = ChiSquared.survival(3.841458820694124, 1);   // 0.05
 * double critical = ChiSquared.criticalValue(0.001, 3);   // 16.2662361962381
 * }</pre>
 */
public final class ChiSquared {

    private ChiSquared() {
    }

    /**
     * @param statistic        the χ² statistic, zero or more ({@code +∞} gives 0)
     * @param degreesOfFreedom degrees of freedom, positive
     * @return P(X ≥ statistic) for X ~ χ²(degreesOfFreedom): the p-value
     * @throws IllegalArgumentException on a negative or NaN statistic or non-positive degrees of freedom
     */
    public static double survival(double statistic, double degreesOfFreedom) {
        checkDegreesOfFreedom(degreesOfFreedom);
        if (!(statistic >= 0)) {
            throw new IllegalArgumentException("A χ² statistic must be zero or more, but was " + statistic);
        }
        return Gamma.regularizedQ(degreesOfFreedom / 2, statistic / 2);
    }

    /**
     * @param statistic        the χ² statistic, zero or more
     * @param degreesOfFreedom degrees of freedom, positive
     * @return P(X ≤ statistic) for X ~ χ²(degreesOfFreedom)
     */
    public static double cdf(double statistic, double degreesOfFreedom) {
        checkDegreesOfFreedom(degreesOfFreedom);
        if (!(statistic >= 0)) {
            throw new IllegalArgumentException("A χ² statistic must be zero or more, but was " + statistic);
        }
        return Gamma.regularizedP(degreesOfFreedom / 2, statistic / 2);
    }

    /**
     * The critical value at significance {@code alpha}: the statistic above which a test rejects.
     *
     * @param alpha            the upper-tail probability, in (0, 1)
     * @param degreesOfFreedom degrees of freedom, positive
     * @return x with {@code survival(x, degreesOfFreedom) == alpha}, to about 1e-12 relative
     */
    public static double criticalValue(double alpha, double degreesOfFreedom) {
        checkDegreesOfFreedom(degreesOfFreedom);
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be between 0 and 1 (exclusive), but was " + alpha);
        }
        double lo = 0;
        double hi = Math.max(1.0, degreesOfFreedom);
        while (survival(hi, degreesOfFreedom) > alpha) {
            lo = hi;
            hi *= 2;
        }
        // bisection on the monotone survival function; 200 halvings reach double precision
        for (int i = 0; i < 200 && hi - lo > 1e-13 * hi; i++) {
            double mid = 0.5 * (lo + hi);
            if (survival(mid, degreesOfFreedom) > alpha) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    private static void checkDegreesOfFreedom(double degreesOfFreedom) {
        if (!(degreesOfFreedom > 0) || Double.isInfinite(degreesOfFreedom)) {
            throw new IllegalArgumentException("Degrees of freedom must be positive and finite, but was "
                    + degreesOfFreedom);
        }
    }
}
