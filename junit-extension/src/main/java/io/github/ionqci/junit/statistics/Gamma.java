package io.github.ionqci.junit.statistics;

/**
 * The log-gamma function and the regularised incomplete gamma functions.
 *
 * <p>Series for {@code x < a + 1}, a Lentz continued fraction otherwise; the prefactor
 * {@code x^a e^-x / Γ(a)} is computed through Stirling's series and {@code log1p} for large
 * {@code a}, so it keeps its relative accuracy when {@code a} is in the millions.
 */
final class Gamma {

    private static final double EPSILON = 1e-16;
    private static final double TINY = 1e-300;
    private static final double HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);
    private static final double STIRLING_FROM = 10.0;

    private Gamma() {
    }

    /**
     * @param a a positive number
     * @return ln Γ(a)
     */
    static double logGamma(double a) {
        if (!(a > 0) || Double.isInfinite(a)) {
            throw new IllegalArgumentException("logGamma needs a positive finite argument, but was " + a);
        }
        if (a >= STIRLING_FROM) {
            return (a - 0.5) * Math.log(a) - a + HALF_LOG_TWO_PI + stirlingCorrection(a);
        }
        // Γ(a) = Γ(a + n) / (a (a+1) … (a+n-1)), with a + n ≥ 10
        double product = 1.0;
        double shifted = a;
        while (shifted < STIRLING_FROM) {
            product *= shifted;
            shifted += 1.0;
        }
        return logGamma(shifted) - Math.log(product);
    }

    /** The remainder of Stirling's series: ln Γ(a) − [(a−½) ln a − a + ½ ln 2π], for a ≥ 10. */
    private static double stirlingCorrection(double a) {
        double inv = 1.0 / a;
        double inv2 = inv * inv;
        return inv * (1.0 / 12 - inv2 * (1.0 / 360 - inv2 * (1.0 / 1260 - inv2 * (1.0 / 1680 - inv2 / 1188))));
    }

    /** ln(x^a e^-x / Γ(a)), accurate for large a. */
    private static double logPrefactor(double a, double x) {
        if (a < STIRLING_FROM) {
            return a * Math.log(x) - x - logGamma(a);
        }
        double t = (x - a) / a;
        return a * (Math.log1p(t) - t) + 0.5 * Math.log(a / (2 * Math.PI)) - stirlingCorrection(a);
    }

    /**
     * @param a shape, positive
     * @param x point, non-negative
     * @return Q(a, x) = Γ(a, x) / Γ(a), the regularised upper incomplete gamma function
     */
    static double regularizedQ(double a, double x) {
        check(a, x);
        if (x == 0) {
            return 1.0;
        }
        if (Double.isInfinite(x)) {
            return 0.0;
        }
        if (x < a + 1) {
            return 1.0 - lowerSeries(a, x);
        }
        return upperContinuedFraction(a, x);
    }

    /**
     * @param a shape, positive
     * @param x point, non-negative
     * @return P(a, x) = 1 − Q(a, x)
     */
    static double regularizedP(double a, double x) {
        check(a, x);
        if (x == 0) {
            return 0.0;
        }
        if (Double.isInfinite(x)) {
            return 1.0;
        }
        if (x < a + 1) {
            return lowerSeries(a, x);
        }
        return 1.0 - upperContinuedFraction(a, x);
    }

    private static void check(double a, double x) {
        if (!(a > 0) || Double.isInfinite(a)) {
            throw new IllegalArgumentException("The gamma shape must be positive and finite, but was " + a);
        }
        if (!(x >= 0)) {
            throw new IllegalArgumentException("The gamma argument must be zero or more, but was " + x);
        }
    }

    private static int maxIterations(double a) {
        return 1_000 + (int) Math.min(100_000_000, 100 * Math.sqrt(a));
    }

    private static double lowerSeries(double a, double x) {
        double term = 1.0 / a;
        double sum = term;
        double denominator = a;
        int limit = maxIterations(a);
        for (int n = 1; n <= limit; n++) {
            denominator += 1.0;
            term *= x / denominator;
            sum += term;
            if (Math.abs(term) < Math.abs(sum) * EPSILON) {
                return Math.min(1.0, Math.exp(logPrefactor(a, x) + Math.log(sum)));
            }
        }
        throw new ArithmeticException("The incomplete gamma series did not converge for a=" + a + ", x=" + x);
    }

    private static double upperContinuedFraction(double a, double x) {
        double b = x + 1 - a;
        double c = 1 / TINY;
        double d = 1 / b;
        double h = d;
        int limit = maxIterations(a);
        for (int i = 1; i <= limit; i++) {
            double an = -i * (i - a);
            b += 2;
            d = an * d + b;
            if (Math.abs(d) < TINY) {
                d = TINY;
            }
            c = b + an / c;
            if (Math.abs(c) < TINY) {
                c = TINY;
            }
            d = 1 / d;
            double delta = d * c;
            h *= delta;
            if (Math.abs(delta - 1) < EPSILON) {
                return Math.min(1.0, Math.exp(logPrefactor(a, x) + Math.log(h)));
            }
        }
        throw new ArithmeticException("The incomplete gamma continued fraction did not converge for a=" + a
                + ", x=" + x);
    }
}
