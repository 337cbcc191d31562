package io.github.ionqci.junit.assertions;

/**
 * How close a measured distribution must be to an expected one, for
 * {@link AbstractDistributionAssert#isCloseTo(java.util.Map, Tolerance)}.
 *
 * <pre>{@code
 * assertThat(job).probabilities().isCloseTo(Map.of("00", 0.5, "11", 0.5), tvd(0.05));
 * assertThat(job).probabilities().isCloseTo(Map.of("00", 0.5, "11", 0.5), hellinger(0.1));
 * // allow shot noise on top of τ: TVD ≤ 0.02 + Weissman bound at δ = 0.001 for this shot count
 * assertThat(job).histogram().isCloseTo(Map.of("00", 0.5, "11", 0.5), tvd(0.02).plusSamplingError(0.001));
 * }</pre>
 */
public sealed interface Tolerance permits Tolerance.TotalVariation, Tolerance.Hellinger {

    /**
     * @param maximum the largest total variation distance allowed, from 0 to 1
     * @return the tolerance TVD(actual, expected) ≤ maximum
     */
    static TotalVariation tvd(double maximum) {
        return new TotalVariation(maximum, null);
    }

    /**
     * @param maximum the largest Hellinger distance allowed, from 0 to 1
     * @return the tolerance H(actual, expected) ≤ maximum
     */
    static Hellinger hellinger(double maximum) {
        return new Hellinger(maximum);
    }

    /** @return the largest distance allowed (before any sampling margin) */
    double maximum();

    /**
     * A total-variation-distance tolerance, optionally widened by the Weissman bound for the sample's size.
     *
     * @param maximum       τ, the distance allowed between the true and the expected distribution
     * @param samplingDelta δ for the sampling margin, or null for none
     */
    record TotalVariation(double maximum, Double samplingDelta) implements Tolerance {

        /**
         * Checks the values.
         *
         * @param maximum       τ, the distance allowed between the true and the expected distribution
         * @param samplingDelta δ for the sampling margin, or null for none
         */
        public TotalVariation {
            checkDistance(maximum, "TVD");
            if (samplingDelta != null && !(samplingDelta > 0 && samplingDelta < 1)) {
                throw new IllegalArgumentException("The sampling margin's δ must be between 0 and 1 (exclusive), but was "
                        + samplingDelta);
            }
        }

        /**
         * Adds the Weissman bound {@code ε(δ)/2} for the measured shot count and the number of outcomes k
         * (those the expected distribution allows plus any others observed): if the true distribution is within
         * {@code maximum} of the expected one, the check then fails with probability at most δ. It needs the
         * shot count (a histogram, or probabilities of a job with known shots).
         *
         * @param delta the allowed chance that shot noise alone fails the check
         * @return the widened tolerance
         */
        public TotalVariation plusSamplingError(double delta) {
            return new TotalVariation(maximum, delta);
        }
    }

    /**
     * A Hellinger-distance tolerance.
     *
     * @param maximum the largest Hellinger distance allowed
     */
    record Hellinger(double maximum) implements Tolerance {
        /**
         * Checks the value.
         *
         * @param maximum the largest Hellinger distance allowed
         */
        public Hellinger {
            checkDistance(maximum, "Hellinger distance");
        }
    }

    private static void checkDistance(double maximum, String what) {
        if (!(maximum >= 0 && maximum <= 1)) {
            throw new IllegalArgumentException("A " + what + " tolerance must be from 0 to 1, but was " + maximum);
        }
    }
}
