package io.github.ionqci.junit.assertions;

import static io.github.ionqci.junit.assertions.Observed.bitstrings;
import static io.github.ionqci.junit.assertions.Observed.degrees;
import static io.github.ionqci.junit.report.Numbers.number;
import static io.github.ionqci.junit.report.Numbers.probability;

import io.github.ionqci.client.result.Bitstrings;
import io.github.ionqci.client.result.Distribution;
import io.github.ionqci.client.result.Probabilities;
import io.github.ionqci.junit.baseline.BaselineStore;
import io.github.ionqci.junit.report.CheckKind;
import io.github.ionqci.junit.report.CheckRecord;
import io.github.ionqci.junit.run.StatisticalFamily;
import io.github.ionqci.junit.run.TestIdentity;
import io.github.ionqci.junit.statistics.ChiSquared;
import io.github.ionqci.junit.statistics.GoodnessOfFit;
import io.github.ionqci.junit.statistics.GoodnessOfFitResult;
import io.github.ionqci.junit.statistics.HomogeneityResult;
import io.github.ionqci.junit.statistics.IonQStatistics;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * The report's record of a {@link Verdict}: title, statistic, threshold, an explanation in words, and
 * the observed (and reference) distribution, at most {@link #REPORTED_OUTCOMES} outcomes of it.
 */
final class ReportRecords {

    /** How many outcomes a report record keeps (the most likely); the rest are summed. */
    static final int REPORTED_OUTCOMES = 256;

    private ReportRecords() {
    }

    /**
     * @param verdict  the check's verdict
     * @param observed what was checked
     * @param known    the full expected distribution known to the assertion chain (from this check or an
     *                 earlier one, such as {@code matchesSimulation()}), or null
     * @return the record, with its verdict but without the failure message
     */
    static CheckRecord.Builder of(Verdict verdict, Observed observed, Distribution known) {
        return describe(verdict, observed, known).passed(verdict.passed());
    }

    /** @return {@code "; detects TVD ≥ 0.035 (power 0.9)"}, or empty when nothing can be planned */
    private static String detectableText(double tvd) {
        return Double.isNaN(tvd) ? "" : "; detects TVD ≥ " + number(tvd) + " (power " + number(CheckRecord.REPORTED_POWER) + ")";
    }

    private static String detectableExplanation(double tvd, long shots, String level, String subject) {
        return Double.isNaN(tvd) ? "" : " At " + shots + " shots and " + level + ", " + subject + " detects a"
                + " shift of the true distribution by a total variation distance of " + number(tvd) + " or more with"
                + " probability " + number(CheckRecord.REPORTED_POWER) + ", in the least favourable direction"
                + " (IonQStatistics.detectableTvd); smaller shifts may pass.";
    }

    private static String underpoweredExplanation(double declared, double tvd) {
        return Double.isNaN(tvd) || !(declared < tvd) ? "" : " The declared tolerance " + number(declared)
                + " is below that: the check is underpowered (more shots, or a wider tolerance).";
    }

    /** The smallest TVD a goodness-of-fit test at this level detects at these shots, NaN when nothing can be planned. */
    static double detectableTvd(Distribution expected, Long shots, double level) {
        if (expected == null || shots == null || shots < 1 || !(level > 0 && level < CheckRecord.REPORTED_POWER)) {
            return Double.NaN;
        }
        Probabilities probabilities = probabilitiesOf(expected);
        long possible = IntStream.range(0, probabilities.size()).filter(i -> probabilities.probabilityAt(i) > 0).count();
        if (possible < 2) {
            return Double.NaN;
        }
        return IonQStatistics.detectableTvd(probabilities, shots, level, CheckRecord.REPORTED_POWER);
    }

    private static Probabilities probabilitiesOf(Distribution d) {
        if (d instanceof Probabilities p) {
            return p;
        }
        long[] states = new long[d.size()];
        double[] values = new double[d.size()];
        for (int i = 0; i < d.size(); i++) {
            states[i] = d.state(i);
            values[i] = d.probabilityAt(i);
        }
        return Probabilities.of(states, values, d.qubits());
    }

    /** One outcome against the rest: the two-bin distribution a single probability's check is about. */
    private static Probabilities twoBins(double p) {
        return Probabilities.of(new long[] {0, 1}, new double[] {p, 1 - p}, 1);
    }

    private static CheckRecord.Builder describe(Verdict verdict, Observed observed, Distribution known) {
        Distribution actual = observed.actual();
        int width = verdict.width();
        if (verdict instanceof Verdict.Outcomes v) {
            String listed = bitstrings(v.expected(), width);
            return record(CheckKind.OUTCOMES, observed, width, actual, observed.shots(), "expected", known, null)
                    .title("Outcomes present")
                    .threshold("only " + listed)
                    .explanation("Every listed outcome must appear and no other outcome may: " + listed + ".");
        }
        if (verdict instanceof Verdict.Probability v) {
            String outcome = Bitstrings.of(v.state(), width);
            double detectable = v.expected() > 0 && v.expected() < 1
                    ? detectableTvd(twoBins(v.expected()), observed.shots(), familyAlpha(observed)) : Double.NaN;
            CheckRecord.Builder record = record(CheckKind.PROBABILITY, observed, width, actual, observed.shots(),
                    "expected", known, null)
                    .title("Probability of " + outcome)
                    .statistic("p(" + outcome + ")", v.observed())
                    .threshold(Precision.value(v.expected(), v.tolerance()) + " ± " + Precision.tolerance(v.tolerance())
                            + detectableText(detectable))
                    .declaredTvd(v.tolerance())
                    .explanation("The observed probability of outcome " + outcome + " must be within ±"
                            + Precision.tolerance(v.tolerance()) + " of " + Precision.value(v.expected(), v.tolerance()) + "."
                            + detectableExplanation(detectable, observed.shots() == null ? 0 : observed.shots(),
                            "the run's family-wise α " + number(familyAlpha(observed)), "a test of this outcome against the rest")
                            + underpoweredExplanation(v.tolerance(), detectable));
            if (known == null) {
                record.reference("expected", Map.of(outcome, v.expected()), null);   // only the checked outcome is known
            }
            return Double.isNaN(detectable) ? record : record.detects(detectable);
        }
        if (verdict instanceof Verdict.MostLikely v) {
            String outcome = Bitstrings.of(v.state(), width);
            return record(CheckKind.MOST_LIKELY, observed, width, actual, observed.shots(), "expected", known, null)
                    .title("Most likely outcome " + outcome)
                    .statistic("p(" + outcome + ")", v.own())
                    .threshold(v.rival() < 0 ? "the only outcome" : "> " + probability(v.rivalProbability())
                            + " (next: " + Bitstrings.of(v.rival(), width) + ")")
                    .explanation("Outcome " + outcome + " must have a higher observed probability than any other outcome.");
        }
        if (verdict instanceof Verdict.Distance v) {
            String allowance = number(v.tolerance().maximum());
            if (v.tolerance() instanceof Tolerance.TotalVariation) {
                String margin = marginText(v);
                double detectable = detectableTvd(v.expected(), observed.shots(), familyAlpha(observed));
                CheckRecord.Builder record = record(CheckKind.TOTAL_VARIATION, observed, width, actual, observed.shots(),
                        "expected", v.expected(), null)
                        .statistic("TVD", v.distance())
                        .threshold("≤ " + allowance + margin + detectableText(detectable))
                        .declaredTvd(v.tolerance().maximum())
                        .explanation("The total variation distance is half the sum of |observed − expected| over all"
                                + " outcomes: the largest difference in probability the two distributions give any set"
                                + " of outcomes. The check passes when it is at most " + allowance + margin + "."
                                + detectableExplanation(detectable, observed.shots() == null ? 0 : observed.shots(),
                                "the run's family-wise α " + number(familyAlpha(observed)), "a goodness-of-fit test")
                                + underpoweredExplanation(v.tolerance().maximum(), detectable));
                return Double.isNaN(detectable) ? record : record.detects(detectable);
            }
            return record(CheckKind.HELLINGER, observed, width, actual, observed.shots(), "expected", v.expected(), null)
                    .statistic("H", v.distance())
                    .threshold("≤ " + allowance)
                    .explanation("The Hellinger distance √(½ Σ (√observed − √expected)²) runs from 0 (identical) to 1 "
                            + "(disjoint supports). The check passes when it is at most " + allowance + ".");
        }
        if (verdict instanceof Verdict.Fidelity v) {
            return record(CheckKind.HELLINGER_FIDELITY, observed, width, actual, observed.shots(), "expected",
                    v.expected(), null)
                    .statistic("F", v.fidelity())
                    .threshold("≥ " + number(v.minimum()))
                    .explanation("The Hellinger fidelity (Σ √(observed · expected))², as Qiskit's hellinger_fidelity"
                            + " defines it, runs from 0 (disjoint supports) to 1 (identical). The check passes when it is"
                            + " at least " + number(v.minimum()) + ".");
        }
        if (verdict instanceof Verdict.Fit v) {
            GoodnessOfFitResult fit = v.fit();
            StatisticalFamily.Decision decision = v.decision();
            String symbol = FailureMessages.symbol(fit.method());
            String critical = fit.degreesOfFreedom() > 0 ? symbol + " ≥ "
                    + number(ChiSquared.criticalValue(decision.level(), fit.degreesOfFreedom())) : null;
            double detectable = detectableTvd(v.expected(), v.counts().total(), decision.level());
            CheckRecord.Builder record = record(CheckKind.GOODNESS_OF_FIT, observed, width, v.counts(),
                    v.counts().total(), "expected", v.expected(), null)
                    .title(fit.method().label() + " goodness of fit")
                    .statistic(symbol, fit.statistic())
                    .threshold("fails at p ≤ " + number(decision.level()) + detectableText(detectable))
                    .decision(fit.pValue(), decision.level(), decision.index(), decision.alpha())
                    .explanation(fitExplanation(fit, decision, critical)
                            + detectableExplanation(detectable, v.counts().total(), "this level", "the check"));
            return Double.isNaN(detectable) ? record : record.detects(detectable);
        }
        if (verdict instanceof Verdict.Expectation v) {
            String tol = Precision.tolerance(v.tolerance());
            CheckRecord.Builder record = record(CheckKind.EXPECTATION, observed, width, actual, observed.shots(),
                    "expected", known, null)
                    .title("⟨" + v.zString() + "⟩ (Z on qubits " + v.zQubits() + ")")
                    .statistic("⟨" + v.zString() + "⟩", v.value())
                    .threshold(Precision.value(v.expected(), v.tolerance()) + " ± " + tol);
            if (v.decision() == null) {
                return record.explanation("The expectation of " + v.zString() + " over the exact probabilities must be"
                        + " within ±" + tol + " of " + Precision.value(v.expected(), v.tolerance()) + ".");
            }
            return record.decision(v.pValue(), v.decision().level(), v.decision().index(), v.decision().alpha())
                    .explanation("From " + v.shots() + " shots the estimate has standard error √((1 − E²)/n) = "
                            + number(v.standardError()) + ". The check fails when |estimate − "
                            + Precision.value(v.expected(), v.tolerance()) + "| exceeds ±" + tol + " by more than shot"
                            + " noise explains: p = " + number(v.pValue()) + " at or below "
                            + number(v.decision().level()) + ".");
        }
        if (verdict instanceof Verdict.Homogeneity v) {
            HomogeneityResult result = v.result();
            StatisticalFamily.Decision decision = v.decision();
            String critical = result.degreesOfFreedom() > 0 ? "X² ≥ "
                    + number(ChiSquared.criticalValue(decision.level(), result.degreesOfFreedom())) : null;
            return record(v.baseline() ? CheckKind.BASELINE : CheckKind.HOMOGENEITY, observed, width, v.counts(),
                    v.counts().total(), v.referenceLabel(), v.other(), v.other().total())
                    .title(v.baseline() ? "Baseline comparison (2×k χ² homogeneity)" : "Two-sample χ² homogeneity")
                    .statistic("X²", result.statistic())
                    .threshold("fails at p ≤ " + number(decision.level()))
                    .decision(result.pValue(), decision.level(), decision.index(), decision.alpha())
                    .explanation(result.degreesOfFreedom() == 0
                            ? "Both results put all their shots in one bin (after merging sparse outcomes), so there is"
                            + " nothing to compare (p = 1)."
                            : "X² on the 2×k table of both results' counts measures how far they are from sharing one"
                            + " distribution" + (result.mergedOutcomes() > 0 ? " (" + result.mergedOutcomes()
                            + " sparse outcomes merged into one bin)" : "") + "; with " + degrees(result.degreesOfFreedom())
                            + ", p = " + number(result.pValue()) + " is the chance of a difference at least this large"
                            + " from shot noise alone. The check fails when p ≤ " + number(decision.level()) + " ("
                            + decision.levelExplanation() + "), i.e. when " + critical + ".");
        }
        if (verdict instanceof Verdict.BaselineMissing v) {
            return record(CheckKind.BASELINE_MISSING, observed, width, v.counts(), v.counts().total(), null, null, null)
                    .threshold(v.shown().toString())
                    .explanation("There is no baseline at " + v.shown() + ", and missing baselines fail in CI.");
        }
        Verdict.BaselineRecorded v = (Verdict.BaselineRecorded) verdict;
        return record(CheckKind.BASELINE_RECORDED, observed, width, v.counts(), v.counts().total(), null, null, null)
                .title(v.rewritten() ? "Baseline rewritten" : "Baseline recorded")
                .threshold(v.shown().toString())
                .explanation((v.rewritten() ? "Rewritten on request (-D" + BaselineStore.UPDATE_PROPERTY + "=true): "
                        : "There was no baseline, so this result was recorded as one: ") + v.shown()
                        + ". Commit it; later runs are compared with it.");
    }

    private static double familyAlpha(Observed observed) {
        return observed.context().run().family().alpha();
    }

    /** @return {@code " + sampling margin … = …"} for a TVD tolerance with a sampling margin, else empty */
    static String marginText(Verdict.Distance v) {
        Verdict.SamplingMargin margin = v.margin();
        if (margin == null) {
            return "";
        }
        return " + sampling margin " + number(margin.bound()) + " (Weissman bound, k = " + margin.outcomes() + ", n = "
                + margin.shots() + ", δ = " + number(margin.delta()) + ") = " + number(v.allowed());
    }

    private static String fitExplanation(GoodnessOfFitResult fit, StatisticalFamily.Decision decision, String critical) {
        if (fit.hasForbiddenOutcomes()) {
            return "Outcomes the expected distribution gives probability 0 were observed, so it cannot be the true "
                    + "distribution whatever the shot noise: the check fails at any level.";
        }
        if (fit.degreesOfFreedom() == 0) {
            return "After merging outcomes with expected count below 5 a single bin is left, so there is nothing to test "
                    + "beyond the absence of forbidden outcomes (p = 1).";
        }
        String sum = fit.method() == GoodnessOfFit.Method.PEARSON
                ? "Pearson's X² sums (observed − expected)² / expected"
                : "The G statistic sums 2·observed·ln(observed / expected)";
        return sum + " over " + fit.bins().size() + " bins" + (fit.mergedOutcomes() > 0 ? " (" + fit.mergedOutcomes()
                + " outcomes with expected count below 5 merged into one)" : "") + "; if the expected distribution is true it "
                + "follows χ² with " + degrees(fit.degreesOfFreedom()) + ", so p = " + number(fit.pValue())
                + " is the chance of a deviation at least this large from shot noise alone. The check fails when p ≤ "
                + number(decision.level()) + " (" + decision.levelExplanation() + "), i.e. when " + critical + ".";
    }

    /**
     * A record with the observed (and reference) distribution: at most {@link #REPORTED_OUTCOMES}
     * outcomes, the most likely in either, with the mass of the rest.
     */
    private static CheckRecord.Builder record(CheckKind kind, Observed observedResult, int width, Distribution observed,
                                              Long observedShots, String referenceLabel, Distribution reference,
                                              Long referenceShots) {
        ResultContext context = observedResult.context();
        TreeSet<Long> kept = mostLikely(observed, reference, REPORTED_OUTCOMES);
        Map<String, Double> observedMap = new TreeMap<>();
        Map<String, Double> referenceMap = new TreeMap<>();
        double observedKept = 0;
        double referenceKept = 0;
        for (long state : kept) {
            String outcome = Bitstrings.of(state, Math.max(width, Bitstrings.widthOf(state)));
            double p = observed.probability(state);
            if (p > 0) {
                observedMap.put(outcome, p);
                observedKept += p;
            }
            if (reference != null) {
                double q = reference.probability(state);
                if (q > 0) {
                    referenceMap.put(outcome, q);
                    referenceKept += q;
                }
            }
        }
        int all = Observed.union(observed, reference == null ? observed : reference).size();
        TestIdentity test = context.test();
        CheckRecord.Builder builder = CheckRecord.builder(kind)
                .test(test == null ? null : test.displayName())
                .job(context.jobId(), context.backend())
                .observed(observedMap, observedShots)
                .omitted(all - kept.size(), Math.max(0, 1 - observedKept),
                        reference == null ? 0 : Math.max(0, 1 - referenceKept));
        if (reference != null) {
            builder.reference(referenceLabel, referenceMap, referenceShots);
        }
        return builder;
    }

    /** @return up to {@code limit} states with the highest probability in either distribution */
    private static TreeSet<Long> mostLikely(Distribution a, Distribution b, int limit) {
        PriorityQueue<Map.Entry<Long, Double>> smallest = new PriorityQueue<>(Map.Entry.comparingByValue());
        Map<Long, Double> best = new HashMap<>();
        for (Distribution d : b == null ? List.of(a) : List.of(a, b)) {
            for (int i = 0; i < d.size(); i++) {
                double p = d.probabilityAt(i);
                if (p > 0) {
                    best.merge(d.state(i), p, Math::max);
                }
            }
        }
        for (Map.Entry<Long, Double> entry : best.entrySet()) {
            smallest.add(entry);
            if (smallest.size() > limit) {
                smallest.poll();
            }
        }
        TreeSet<Long> kept = new TreeSet<>();
        for (Map.Entry<Long, Double> entry : smallest) {
            kept.add(entry.getKey());
        }
        return kept;
    }
}
