package io.github.ionqci.junit.assertions;

import io.github.ionqci.client.job.Job;
import io.github.ionqci.client.result.Distribution;
import io.github.ionqci.client.result.Histogram;
import io.github.ionqci.client.result.Probabilities;
import io.github.ionqci.junit.run.StatisticalFamily;
import io.github.ionqci.junit.statistics.GoodnessOfFitResult;
import io.github.ionqci.junit.statistics.HomogeneityResult;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedSet;

/**
 * What one distribution check found, as plain facts: whether it passed and the numbers behind it.
 * {@link Checks} computes it; {@link FailureMessages} and {@link ReportRecords} turn it into words for
 * the assertion error and the report.
 */
sealed interface Verdict {

    /** @return whether the check passed */
    boolean passed();

    /** @return the width outcomes are written with */
    int width();

    /** {@code containsOnlyOutcomes}: which expected outcomes are missing and which others are present. */
    record Outcomes(SortedSet<Long> expected, SortedSet<Long> present, List<Long> unexpected, List<Long> missing,
                    int width) implements Verdict {
        @Override
        public boolean passed() {
            return unexpected.isEmpty() && missing.isEmpty();
        }
    }

    /**
     * {@code hasExpectation}: a Z-string's expectation against the expected value; on counts, a normal test of the
     * excess over the tolerance decided by the run's family (decision null on exact probabilities).
     */
    record Expectation(String zString, String zQubits, double value, double expected, double tolerance, Long shots,
                       double standardError, double pValue, StatisticalFamily.Decision decision, int width)
            implements Verdict {
        @Override
        public boolean passed() {
            return decision == null ? Math.abs(value - expected) <= tolerance : !decision.rejected();
        }
    }

    /** {@code hasProbability}: one outcome's observed probability against the expected one. */
    record Probability(long state, double observed, double expected, double tolerance, boolean strict, int width)
            implements Verdict {
        double off() {
            return Math.abs(observed - expected);
        }

        @Override
        public boolean passed() {
            return strict ? off() < tolerance : off() <= tolerance;
        }
    }

    /** {@code hasMostLikelyOutcome}: the outcome's probability and its strongest rival's (state -1: none). */
    record MostLikely(long state, double own, long rival, double rivalProbability, int width) implements Verdict {
        @Override
        public boolean passed() {
            return own > 0 && rivalProbability < own;
        }
    }

    /**
     * {@code isCloseTo}: a distance to the expected distribution and the largest one allowed.
     *
     * @param margin the Weissman sampling margin added to the allowance, or null
     */
    record Distance(Tolerance tolerance, Distribution expected, double distance, SamplingMargin margin, int width)
            implements Verdict {
        double allowed() {
            return tolerance.maximum() + (margin == null ? 0 : margin.bound());
        }

        @Override
        public boolean passed() {
            return distance <= allowed();
        }
    }

    /** The Weissman bound added to a TVD tolerance: k outcomes, n shots, δ. */
    record SamplingMargin(double bound, int outcomes, long shots, double delta) {
    }

    /** {@code hellingerFidelityAtLeast}: the fidelity and its floor. */
    record Fidelity(Distribution expected, double fidelity, double minimum, int width) implements Verdict {
        @Override
        public boolean passed() {
            return fidelity >= minimum;
        }
    }

    /** {@code fitsDistribution}: the test's result and how the run's family decided it. */
    record Fit(Histogram counts, Probabilities expected, GoodnessOfFitResult fit, StatisticalFamily.Decision decision,
               int width) implements Verdict {
        @Override
        public boolean passed() {
            return !decision.rejected();
        }
    }

    /**
     * {@code isHomogeneousWith} and {@code matchesBaseline}: the two-sample test and its decision.
     *
     * @param otherText how messages name the other sample
     * @param otherJob  the other job, or null
     * @param baseline  true for a baseline comparison
     * @param hint      a line the failure message ends with, or null
     */
    record Homogeneity(Histogram counts, Histogram other, String otherText, Job otherJob, boolean baseline,
                       String hint, HomogeneityResult result, StatisticalFamily.Decision decision, int width)
            implements Verdict {
        @Override
        public boolean passed() {
            return !decision.rejected();
        }

        String referenceLabel() {
            return baseline ? "baseline" : otherJob == null ? "other" : "other job";
        }
    }

    /** {@code matchesBaseline} in CI without a baseline: fails. */
    record BaselineMissing(Histogram counts, Path shown, String test, int width) implements Verdict {
        @Override
        public boolean passed() {
            return false;
        }
    }

    /** {@code matchesBaseline} that recorded (or on request rewrote) the baseline: passes. */
    record BaselineRecorded(Histogram counts, Path shown, boolean rewritten, int width) implements Verdict {
        @Override
        public boolean passed() {
            return true;
        }
    }
}
