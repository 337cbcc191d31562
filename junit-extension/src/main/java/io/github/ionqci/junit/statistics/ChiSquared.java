package io.github.ionqci.junit.statistics;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

/**
 * The χ² distribution: survival function (the p-value of a χ² statistic) and critical values, on
 * Apache Commons Statistics' {@link ChiSquaredDistribution} (its regularised gamma functions keep
 * relative accuracy for p-values far below {@code 1e-100} and for degrees of freedom in the millions).
 * This class only adds argument checks with messages that say what to pass.
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
        checkStatistic(statistic);
        return distribution(degreesOfFreedom).survivalProbability(statistic);
    }

    /**
     * @param statistic        the χ² statistic, zero or more
     * @param degreesOfFreedom degrees of freedom, positive
     * @return P(X ≤ statistic) for X ~ χ²(degreesOfFreedom)
     */
    public static double cdf(double statistic, double degreesOfFreedom) {
        checkStatistic(statistic);
        return distribution(degreesOfFreedom).cumulativeProbability(statistic);
    }

    /**
     * The critical value at significance {@code alpha}: the statistic above which a test rejects.
     *
     * @param alpha            the upper-tail probability, in (0, 1)
     * @param degreesOfFreedom degrees of freedom, positive
     * @return x with {@code survival(x, degreesOfFreedom) == alpha}, to about 1e-12 relative
     */
    public static double criticalValue(double alpha, double degreesOfFreedom) {
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be between 0 and 1 (exclusive), but was " + alpha);
        }
        return distribution(degreesOfFreedom).inverseSurvivalProbability(alpha);
    }

    /** The χ² distribution with these degrees of freedom, after checking them. */
    static ChiSquaredDistribution distribution(double degreesOfFreedom) {
        if (!(degreesOfFreedom > 0) || Double.isInfinite(degreesOfFreedom)) {
            throw new IllegalArgumentException("Degrees of freedom must be positive and finite, but was "
                    + degreesOfFreedom);
        }
        return ChiSquaredDistribution.of(degreesOfFreedom);
    }

    private static void checkStatistic(double statistic) {
        if (!(statistic >= 0)) {
            throw new IllegalArgumentException("A χ² statistic must be zero or more, but was " + statistic);
        }
    }
}
