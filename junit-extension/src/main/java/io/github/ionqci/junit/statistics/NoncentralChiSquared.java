package io.github.ionqci.junit.statistics;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.apache.commons.statistics.distribution.PoissonDistribution;

/**
 * The noncentral χ² distribution's survival function, which Apache Commons Statistics 1.1 does not
 * offer. It is the Poisson mixture of central χ² distributions:
 * <pre>P(X &gt; x) = Σ_j Poisson(j; λ/2) · P(χ²(df + 2j) &gt; x)</pre>
 * summed from the Poisson mode outwards until the remaining Poisson mass is below 1e-14 (both factors
 * are probabilities, so the truncation error is at most that mass). The central survival functions are
 * the library's.
 *
 * <pre>{@code
 * double power = NoncentralChiSquared.survival(ChiSquared.criticalValue(0.05, 1), 1, 7.849);   // 0.80
 * }</pre>
 */
public final class NoncentralChiSquared {

    private static final double NEGLIGIBLE = 1e-14;

    private NoncentralChiSquared() {
    }

    /**
     * @param x                the point, zero or more
     * @param degreesOfFreedom positive
     * @param noncentrality    λ, zero or more (0 gives the central χ²)
     * @return P(X &gt; x) for X ~ χ'²(degreesOfFreedom, λ)
     */
    public static double survival(double x, double degreesOfFreedom, double noncentrality) {
        if (!(noncentrality >= 0) || Double.isInfinite(noncentrality)) {
            throw new IllegalArgumentException("The noncentrality must be zero or more and finite, but was "
                    + noncentrality);
        }
        if (noncentrality == 0) {
            return ChiSquared.survival(x, degreesOfFreedom);
        }
        double mean = noncentrality / 2;
        PoissonDistribution weights = PoissonDistribution.of(mean);
        int mode = (int) Math.floor(mean);
        double sum = 0;
        double covered = 0;
        for (int j = mode; j >= 0; j--) {
            double w = weights.probability(j);
            sum += w * ChiSquaredDistribution.of(degreesOfFreedom + 2.0 * j).survivalProbability(x);
            covered += w;
            if (w < NEGLIGIBLE * 1e-3 && j < mode) {
                break;
            }
        }
        for (int j = mode + 1; 1 - covered > NEGLIGIBLE; j++) {
            double w = weights.probability(j);
            if (w == 0 && j > mode + 10) {
                break;
            }
            sum += w * ChiSquaredDistribution.of(degreesOfFreedom + 2.0 * j).survivalProbability(x);
            covered += w;
        }
        return Math.min(1.0, sum);
    }
}
