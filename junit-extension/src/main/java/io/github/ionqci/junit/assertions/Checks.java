package io.github.ionqci.junit.assertions;

import io.github.ionqci.client.job.Job;
import io.github.ionqci.client.result.Distribution;
import io.github.ionqci.client.result.Histogram;
import io.github.ionqci.client.result.Probabilities;
import io.github.ionqci.junit.run.StatisticalFamily;
import io.github.ionqci.junit.statistics.Distances;
import io.github.ionqci.junit.statistics.GoodnessOfFit;
import io.github.ionqci.junit.statistics.GoodnessOfFitResult;
import io.github.ionqci.junit.statistics.Homogeneity;
import io.github.ionqci.junit.statistics.HomogeneityResult;
import io.github.ionqci.junit.statistics.Weissman;
import java.util.List;
import java.util.TreeSet;

/**
 * Each distribution check as a function from the observed result (and the check's arguments) to its
 * {@link Verdict}. Statistical checks are decided in the run's {@link StatisticalFamily}; nothing here
 * formats text or records anything.
 */
final class Checks {

    private Checks() {
    }

    static Verdict.Outcomes outcomes(Observed observed, List<Long> wanted, int extraWidth) {
        Distribution actual = observed.actual();
        TreeSet<Long> expected = new TreeSet<>(wanted);
        TreeSet<Long> present = new TreeSet<>();
        for (int i = 0; i < actual.size(); i++) {
            if (actual.probabilityAt(i) > 0) {
                present.add(actual.state(i));
            }
        }
        List<Long> unexpected = present.stream().filter(s -> !expected.contains(s)).toList();
        List<Long> missing = expected.stream().filter(s -> !present.contains(s)).toList();
        return new Verdict.Outcomes(expected, present, unexpected, missing, observed.width(extraWidth));
    }

    static Verdict.Probability probability(Observed observed, long state, int extraWidth, double expected,
                                           double tolerance, boolean strict) {
        return new Verdict.Probability(state, observed.actual().probability(state), expected, tolerance, strict,
                observed.width(extraWidth));
    }

    static Verdict.MostLikely mostLikely(Observed observed, long state, int extraWidth) {
        Distribution actual = observed.actual();
        long rival = -1;
        double rivalProbability = -1;
        for (int i = 0; i < actual.size(); i++) {
            if (actual.state(i) != state && actual.probabilityAt(i) > rivalProbability) {
                rival = actual.state(i);
                rivalProbability = actual.probabilityAt(i);
            }
        }
        return new Verdict.MostLikely(state, actual.probability(state), rival, rivalProbability,
                observed.width(extraWidth));
    }

    /**
     * @param counts the observed counts, for a TVD tolerance with a sampling margin; else null
     */
    static Verdict.Distance distance(Observed observed, Distribution expected, Tolerance tolerance, Histogram counts) {
        Distribution actual = observed.actual();
        int width = observed.width(expected.qubits());
        if (tolerance instanceof Tolerance.TotalVariation tvd) {
            Verdict.SamplingMargin margin = null;
            if (tvd.samplingDelta() != null) {
                int outcomes = Observed.union(expected, counts).size();
                margin = new Verdict.SamplingMargin(Weissman.tvdBound(outcomes, counts.total(), tvd.samplingDelta()),
                        outcomes, counts.total(), tvd.samplingDelta());
            }
            return new Verdict.Distance(tolerance, expected, Distances.totalVariation(actual, expected), margin, width);
        }
        return new Verdict.Distance(tolerance, expected, Distances.hellinger(actual, expected), null, width);
    }

    static Verdict.Fidelity fidelity(Observed observed, Distribution expected, double minimum) {
        return new Verdict.Fidelity(expected, Distances.hellingerFidelity(observed.actual(), expected), minimum,
                observed.width(expected.qubits()));
    }

    static Verdict.Fit fit(Observed observed, Histogram counts, Probabilities expected, GoodnessOfFit.Method method,
                           StatisticalFamily family) {
        GoodnessOfFitResult fit = GoodnessOfFit.test(counts, expected, method);
        return new Verdict.Fit(counts, expected, fit, family.decide(fit.pValue()), observed.width(expected.qubits()));
    }

    static Verdict.Homogeneity homogeneity(Observed observed, Histogram counts, Histogram other, String otherText,
                                           Job otherJob, boolean baseline, String hint, StatisticalFamily family) {
        HomogeneityResult result = Homogeneity.test(counts, other);
        return new Verdict.Homogeneity(counts, other, otherText, otherJob, baseline, hint, result,
                family.decide(result.pValue()), observed.width(other.qubits()));
    }
}
