package io.github.ionqci.junit.assertions;

import static io.github.ionqci.junit.internal.Numbers.expectedCount;
import static io.github.ionqci.junit.internal.Numbers.number;
import static io.github.ionqci.junit.internal.Numbers.probability;

import io.github.ionqci.client.job.Job;
import io.github.ionqci.client.result.Bitstrings;
import io.github.ionqci.client.result.Distribution;
import io.github.ionqci.client.result.Histogram;
import io.github.ionqci.client.result.Probabilities;
import io.github.ionqci.junit.baseline.Baseline;
import io.github.ionqci.junit.baseline.BaselineStore;
import io.github.ionqci.junit.internal.CurrentTest;
import io.github.ionqci.junit.report.CheckKind;
import io.github.ionqci.junit.report.CheckRecord;
import io.github.ionqci.junit.report.IonQReport;
import io.github.ionqci.junit.statistics.ChiSquared;
import io.github.ionqci.junit.statistics.Distances;
import io.github.ionqci.junit.statistics.GoodnessOfFit;
import io.github.ionqci.junit.statistics.GoodnessOfFitResult;
import io.github.ionqci.junit.statistics.Homogeneity;
import io.github.ionqci.junit.statistics.HomogeneityResult;
import io.github.ionqci.junit.statistics.Weissman;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractObjectAssert;
import org.assertj.core.data.Offset;

/**
 * Assertions on a measured result distribution: a job's {@link Probabilities} or {@link Histogram}.
 *
 * <p>Outcomes are written as bitstrings with <b>qubit 0 rightmost</b> ({@code "001"}: only qubit 0 set)
 * or as IonQ's basis-state integers (qubit 0 the least significant bit). Every check is recorded in the
 * run's {@link IonQReport}; statistical checks also count in the run's {@link StatisticalFamily}.
 *
 * <pre>{@code
 * assertThat(job).isCompleted()
 *     .histogram()
 *     .containsOnlyOutcomes("00", "11")
 *     .isCloseTo(Map.of("00", 0.5, "11", 0.5), tvd(0.05))
 *     .fitsDistribution(Map.of("00", 0.5, "11", 0.5));
 * }</pre>
 *
 * @param <SELF>   the assertion's own type
 * @param <ACTUAL> the distribution type
 */
public abstract class AbstractDistributionAssert<SELF extends AbstractDistributionAssert<SELF, ACTUAL>,
        ACTUAL extends Distribution> extends AbstractObjectAssert<SELF, ACTUAL> {

    /** How many outcomes a failure message lists as contributing most. */
    static final int LISTED_CONTRIBUTIONS = 3;
    /** How many outcomes a report record keeps (the most likely); the rest are summed. */
    static final int REPORTED_OUTCOMES = 256;

    private static final StackWalker CALLER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

    private ResultContext context;

    /**
     * @param actual   the distribution
     * @param context  where it came from
     * @param selfType the concrete assertion class
     */
    AbstractDistributionAssert(ACTUAL actual, ResultContext context, Class<?> selfType) {
        super(actual, selfType);
        this.context = Objects.requireNonNull(context, "context");
    }

    /**
     * Gives the shot count behind probabilities, so tests that need counts (goodness of fit,
     * homogeneity, baselines) can use {@code round(p × shots)}. A histogram has its own counts.
     *
     * @param shots the number of shots
     * @return this
     */
    public SELF withShots(long shots) {
        if (shots < 1) {
            throw new IllegalArgumentException("shots must be at least 1, but was " + shots);
        }
        context = context.withShots(shots);
        return myself;
    }

    // ---------------------------------------------------------------- outcomes

    /**
     * Checks that exactly these outcomes have non-zero probability: no other outcome appears and each
     * listed one does.
     *
     * @param bitstrings outcomes, qubit 0 rightmost, such as {@code "00", "11"}
     * @return this
     */
    public SELF containsOnlyOutcomes(String... bitstrings) {
        return containsOnly(parseAll(bitstrings), maxLength(bitstrings));
    }

    /**
     * Checks that exactly these outcomes have non-zero probability.
     *
     * @param states IonQ basis states (qubit 0 the least significant bit), such as {@code 0, 3}
     * @return this
     */
    public SELF containsOnlyOutcomes(long... states) {
        List<Long> list = new ArrayList<>();
        for (long state : states) {
            list.add(checkState(state));
        }
        return containsOnly(list, 0);
    }

    private SELF containsOnly(List<Long> wanted, int extraWidth) {
        isNotNull();
        int width = width(extraWidth);
        TreeSet<Long> expected = new TreeSet<>(wanted);
        TreeSet<Long> present = new TreeSet<>();
        for (int i = 0; i < actual.size(); i++) {
            if (actual.probabilityAt(i) > 0) {
                present.add(actual.state(i));
            }
        }
        List<Long> unexpected = present.stream().filter(s -> !expected.contains(s)).toList();
        List<Long> missing = expected.stream().filter(s -> !present.contains(s)).toList();
        boolean passed = unexpected.isEmpty() && missing.isEmpty();
        String listed = bitstrings(expected, width);
        CheckRecord.Builder record = record(CheckKind.OUTCOMES, width)
                .title("Outcomes present")
                .threshold("only " + listed)
                .explanation("Every listed outcome must appear and no other outcome may: " + listed + ".");
        conclude(record, passed, () -> {
            StringBuilder message = new StringBuilder("Expecting ").append(context.subject())
                    .append(" to contain only the outcomes ").append(listed).append(" (qubit 0 rightmost)");
            if (!unexpected.isEmpty()) {
                message.append("\nbut these outcomes were not expected: ").append(unexpected.stream()
                        .map(s -> Bitstrings.of(s, width) + " (" + shortValueText(s) + ")")
                        .collect(Collectors.joining(", ")));
            }
            if (!missing.isEmpty()) {
                message.append(unexpected.isEmpty() ? "\nbut these outcomes are missing: " : "\nand these are missing: ")
                        .append(bitstrings(missing, width).replaceAll("^\\[|]$", ""));
            }
            message.append("\nactual:\n").append(actualTable(width).indented());
            return failed(bitstrings(present, width), listed, message.toString());
        });
        return myself;
    }

    /**
     * Checks one outcome's probability.
     *
     * @param bitstring the outcome, qubit 0 rightmost
     * @param expected  its expected probability
     * @param within    the tolerance, such as {@code within(0.02)}
     * @return this
     */
    public SELF hasProbability(String bitstring, double expected, Offset<Double> within) {
        return hasProbabilityOf(parse(bitstring), bitstring.length(), expected, within);
    }

    /**
     * Checks one outcome's probability.
     *
     * @param state    the outcome as an IonQ basis state
     * @param expected its expected probability
     * @param within   the tolerance, such as {@code within(0.02)}
     * @return this
     */
    public SELF hasProbability(long state, double expected, Offset<Double> within) {
        return hasProbabilityOf(checkState(state), 0, expected, within);
    }

    private SELF hasProbabilityOf(long state, int extraWidth, double expected, Offset<Double> within) {
        isNotNull();
        Objects.requireNonNull(within, "within");
        if (!(expected >= 0 && expected <= 1)) {
            throw new IllegalArgumentException("An expected probability must be from 0 to 1, but was " + expected);
        }
        int width = width(extraWidth);
        String outcome = Bitstrings.of(state, width);
        double observed = actual.probability(state);
        double off = Math.abs(observed - expected);
        double tolerance = within.value;
        boolean passed = within.strict ? off < tolerance : off <= tolerance;
        CheckRecord.Builder record = record(CheckKind.PROBABILITY, width)
                .title("Probability of " + outcome)
                .statistic("p(" + outcome + ")", observed)
                .threshold(Precision.value(expected, tolerance) + " ± " + Precision.tolerance(tolerance))
                .reference("expected", Map.of(outcome, expected), null)
                .explanation("The observed probability of outcome " + outcome + " must be within ±"
                        + Precision.tolerance(tolerance) + " of " + Precision.value(expected, tolerance) + ".");
        conclude(record, passed, () -> failed(
                OutcomeTable.of(Map.of(outcome, probability(observed))),
                OutcomeTable.of(Map.of(outcome, probability(expected))),
                "Expecting the probability of outcome " + outcome + " (qubit 0 rightmost) in " + context.subject()
                        + "\nto be " + Precision.value(expected, tolerance) + " ± " + Precision.tolerance(tolerance)
                        + "\nbut was " + Precision.value(observed, tolerance) + " (off by " + Precision.value(off, tolerance)
                        + ")"));
        return myself;
    }

    /**
     * Assertions on the marginal distribution over some qubits: bit j of the marginal's outcomes is qubit
     * {@code qubits[j]}, so {@code marginal(2, 0)} writes outcomes as {@code "q0 q2"} with qubit 2 rightmost. A
     * histogram stays a histogram (counts are summed); messages and the report name the qubits and bit order.
     *
     * <pre>{@code
     * assertThat(job).histogram().marginal(0, 1).fitsDistribution(Map.of("00", 0.5, "11", 0.5));
     * }</pre>
     *
     * @param qubits distinct qubit indices
     * @return assertions on the marginal
     */
    public DistributionAssert marginal(int... qubits) {
        isNotNull();
        return new DistributionAssert(Marginals.of(actual, qubits), new ResultContext(context.job(),
                context.kind() + " (" + Marginals.describe(qubits) + ")", context.shots(), context.note(),
                context.source()));
    }

    /**
     * Checks the expectation value of a Z-string, {@code Σ p(x)·(−1)^(parity of x on the Z qubits)}, such as the
     * parity {@code "ZZ"} of a Bell pair (1). On exact probabilities the value must be within {@code within}. On
     * counts (a histogram, or a job's probabilities with its shot count) the estimate has standard error
     * {@code √((1 − E²)/n)}: the check fails when the excess {@code |Ê − expected| − within} is significant at the
     * run's level (a two-sided normal test), and counts in the run's statistical family.
     *
     * <pre>{@code
     * assertThat(job).histogram().hasExpectation("ZZ", 1.0, within(0.02));   // Bell parity
     * }</pre>
     *
     * @param pauliZ   Z and I characters, qubit 0 rightmost
     * @param expected the expected value, from −1 to 1
     * @param within   the tolerance on top of the sampling error
     * @return this
     */
    public SELF hasExpectation(String pauliZ, double expected, Offset<Double> within) {
        isNotNull();
        Objects.requireNonNull(within, "within");
        PauliZ z = PauliZ.parse(pauliZ);
        if (!(expected >= -1 && expected <= 1)) {
            throw new IllegalArgumentException("A Z-string expectation is from −1 to 1, but " + expected + " was given");
        }
        int width = width(z.text().length());
        double value = z.expectation(actual);
        double off = Math.abs(value - expected);
        Long shots = actual instanceof Histogram h ? Long.valueOf(h.total()) : exactProbabilities() ? null : context.shots();
        CheckRecord.Builder record = record(CheckKind.EXPECTATION, width)
                .title("⟨" + z.text() + "⟩ (Z on qubits " + z.qubits() + ")")
                .statistic("⟨" + z.text() + "⟩", value)
                .threshold(Precision.value(expected, within.value) + " ± " + Precision.tolerance(within.value));
        boolean passed;
        String margin;
        if (shots == null) {
            passed = off <= within.value;
            margin = "";
            record.explanation("The expectation of " + z.text() + " over the exact probabilities must be within ±"
                    + Precision.tolerance(within.value) + " of " + Precision.value(expected, within.value) + ".");
        } else {
            double se = Math.sqrt(Math.max(0, 1 - value * value) / shots);
            double excess = off - within.value;
            double pValue = excess <= 0 ? 1.0 : se == 0 ? 0.0
                    : 2 * org.apache.commons.statistics.distribution.NormalDistribution.of(0, 1).survivalProbability(excess / se);
            StatisticalFamily.Decision decision = StatisticalFamily.decide(pValue);
            passed = !decision.rejected();
            margin = " (standard error " + number(se) + " from " + shots + " shots; fails at p ≤ "
                    + number(decision.level()) + ", " + decision.levelExplanation() + ")";
            record.decision(pValue, decision.level(), decision.index(), decision.alpha())
                    .explanation("From " + shots + " shots the estimate has standard error √((1 − E²)/n) = " + number(se)
                            + ". The check fails when |estimate − " + Precision.value(expected, within.value)
                            + "| exceeds ±" + Precision.tolerance(within.value) + " by more than shot noise explains: p = " + number(pValue)
                            + " at or below " + number(decision.level()) + ".");
        }
        String finalMargin = margin;
        String tol = Precision.tolerance(within.value);
        conclude(record, passed, () -> failed(Precision.value(value, within.value), Precision.value(expected, within.value),
                "Expecting ⟨" + z.text() + "⟩ (Z on qubits " + z.qubits() + ", qubit 0 rightmost) of " + context.subject()
                        + "\nto be " + Precision.value(expected, within.value) + " ± " + tol + finalMargin
                        + "\nbut was " + Precision.value(value, within.value) + " (off by "
                        + Precision.value(off, within.value) + ")"));
        return myself;
    }

    /** Whether the result is exact probabilities: an ideal emulator job's, or probabilities with no shot count. */
    private boolean exactProbabilities() {
        Job job = context.job();
        boolean idealSimulator = job != null && "simulator".equals(job.backend())
                && (job.noise() == null || job.noise().model() == null || "ideal".equals(job.noise().model()));
        return actual instanceof Probabilities && (idealSimulator || context.shots() == null);
    }

    /**
     * Checks that this outcome is more likely than every other (a tie fails).
     *
     * @param bitstring the outcome, qubit 0 rightmost
     * @return this
     */
    public SELF hasMostLikelyOutcome(String bitstring) {
        return mostLikely(parse(bitstring), bitstring.length());
    }

    /**
     * Checks that this outcome is more likely than every other (a tie fails).
     *
     * @param state the outcome as an IonQ basis state
     * @return this
     */
    public SELF hasMostLikelyOutcome(long state) {
        return mostLikely(checkState(state), 0);
    }

    private SELF mostLikely(long state, int extraWidth) {
        isNotNull();
        int width = width(extraWidth);
        String outcome = Bitstrings.of(state, width);
        double own = actual.probability(state);
        long rival = -1;
        double rivalProbability = -1;
        for (int i = 0; i < actual.size(); i++) {
            if (actual.state(i) != state && actual.probabilityAt(i) > rivalProbability) {
                rival = actual.state(i);
                rivalProbability = actual.probabilityAt(i);
            }
        }
        boolean passed = own > 0 && rivalProbability < own;
        long best = rival;
        double bestProbability = rivalProbability;
        CheckRecord.Builder record = record(CheckKind.MOST_LIKELY, width)
                .title("Most likely outcome " + outcome)
                .statistic("p(" + outcome + ")", own)
                .threshold(rival < 0 ? "the only outcome" : "> " + probability(rivalProbability) + " (next: "
                        + Bitstrings.of(rival, width) + ")")
                .explanation("Outcome " + outcome + " must have a higher observed probability than any other outcome.");
        conclude(record, passed, () -> {
            String bestText = Bitstrings.of(best, width);
            String reason = bestProbability == own
                    ? "but " + bestText + " is as likely (" + probability(own) + " each)"
                    : "but the most likely is " + bestText + " (" + probability(bestProbability) + "); " + outcome
                    + " has " + probability(own);
            return failed(bestText, outcome, "Expecting " + outcome + " (qubit 0 rightmost) to be the most likely outcome of "
                    + context.subject() + "\n" + reason + "\nactual:\n" + actualTable(width).indented());
        });
        return myself;
    }

    // ---------------------------------------------------------------- distances

    /**
     * Checks the distance to an expected distribution, by total variation distance or Hellinger distance.
     *
     * @param expected  expected probabilities by bitstring, qubit 0 rightmost; they must sum to 1
     * @param tolerance {@code tvd(x)} or {@code hellinger(x)}
     * @return this
     */
    public SELF isCloseTo(Map<String, ? extends Number> expected, Tolerance tolerance) {
        return isCloseTo(expectedOf(expected), tolerance);
    }

    /**
     * Checks the distance to an expected distribution.
     *
     * @param expected  the expected distribution
     * @param tolerance {@code tvd(x)} or {@code hellinger(x)}
     * @return this
     */
    public SELF isCloseTo(Distribution expected, Tolerance tolerance) {
        isNotNull();
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(tolerance, "tolerance");
        int width = width(expected.qubits());
        if (tolerance instanceof Tolerance.TotalVariation tvd) {
            double distance = Distances.totalVariation(actual, expected);
            double allowed = tvd.maximum();
            String allowance = number(tvd.maximum());
            String margin = "";
            if (tvd.samplingDelta() != null) {
                Histogram counts = counts("a sampling margin");
                int outcomes = union(expected, counts).size();
                double bound = Weissman.tvdBound(outcomes, counts.total(), tvd.samplingDelta());
                allowed += bound;
                margin = " + sampling margin " + number(bound) + " (Weissman bound, k = " + outcomes + ", n = "
                        + counts.total() + ", δ = " + number(tvd.samplingDelta()) + ") = " + number(allowed);
            }
            double limit = allowed;
            String thresholdText = "≤ " + allowance + margin;
            CheckRecord.Builder record = record(CheckKind.TOTAL_VARIATION, width, actual, observedShots(), "expected",
                    expected, null)
                    .statistic("TVD", distance)
                    .threshold(thresholdText)
                    .explanation("The total variation distance is half the sum of |observed − expected| over all outcomes: "
                            + "the largest difference in probability the two distributions give any set of outcomes. "
                            + "The check passes when it is at most " + allowance + margin + ".");
            String finalMargin = margin;
            conclude(record, distance <= limit, () -> distanceFailure(expected, width,
                    "to be within total variation distance " + allowance + finalMargin + " of the expected distribution",
                    "but the total variation distance is " + number(distance)));
        } else {
            double distance = Distances.hellinger(actual, expected);
            String allowance = number(tolerance.maximum());
            CheckRecord.Builder record = record(CheckKind.HELLINGER, width, actual, observedShots(), "expected",
                    expected, null)
                    .statistic("H", distance)
                    .threshold("≤ " + allowance)
                    .explanation("The Hellinger distance √(½ Σ (√observed − √expected)²) runs from 0 (identical) to 1 "
                            + "(disjoint supports). The check passes when it is at most " + allowance + ".");
            conclude(record, distance <= tolerance.maximum(), () -> distanceFailure(expected, width,
                    "to be within Hellinger distance " + allowance + " of the expected distribution",
                    "but the Hellinger distance is " + number(distance)));
        }
        return myself;
    }

    /**
     * Checks Qiskit's Hellinger fidelity {@code (Σ √(p·q))²} to an expected distribution.
     *
     * @param expected expected probabilities by bitstring, qubit 0 rightmost
     * @param minimum  the lowest fidelity allowed, from 0 to 1
     * @return this
     */
    public SELF hellingerFidelityAtLeast(Map<String, ? extends Number> expected, double minimum) {
        return hellingerFidelityAtLeast(expectedOf(expected), minimum);
    }

    /**
     * Checks Qiskit's Hellinger fidelity {@code (Σ √(p·q))²} to an expected distribution.
     *
     * @param expected the expected distribution
     * @param minimum  the lowest fidelity allowed, from 0 to 1
     * @return this
     */
    public SELF hellingerFidelityAtLeast(Distribution expected, double minimum) {
        isNotNull();
        Objects.requireNonNull(expected, "expected");
        if (!(minimum >= 0 && minimum <= 1)) {
            throw new IllegalArgumentException("A fidelity floor must be from 0 to 1, but was " + minimum);
        }
        int width = width(expected.qubits());
        double fidelity = Distances.hellingerFidelity(actual, expected);
        CheckRecord.Builder record = record(CheckKind.HELLINGER_FIDELITY, width, actual, observedShots(), "expected",
                expected, null)
                .statistic("F", fidelity)
                .threshold("≥ " + number(minimum))
                .explanation("The Hellinger fidelity (Σ √(observed · expected))², as Qiskit's hellinger_fidelity defines it, "
                        + "runs from 0 (disjoint supports) to 1 (identical). The check passes when it is at least "
                        + number(minimum) + ".");
        conclude(record, fidelity >= minimum, () -> distanceFailure(expected, width,
                "to have Hellinger fidelity at least " + number(minimum) + " to the expected distribution",
                "but it is " + number(fidelity)));
        return myself;
    }

    private AssertionError distanceFailure(Distribution expected, int width, String expectation, String finding) {
        Map<Long, Double> differences = new TreeMap<>();
        for (long state : union(expected, actual)) {
            differences.put(state, actual.probability(state) - expected.probability(state));
        }
        String largest = differences.entrySet().stream()
                .filter(e -> e.getValue() != 0)
                .sorted(Comparator.comparingDouble((Map.Entry<Long, Double> e) -> -Math.abs(e.getValue()))
                        .thenComparing(Map.Entry::getKey))
                .limit(LISTED_CONTRIBUTIONS)
                .map(e -> Bitstrings.of(e.getKey(), width) + " (" + signed(e.getValue()) + ")")
                .collect(Collectors.joining(", "));
        OutcomeTable expectedTable = probabilityTable(expected, width);
        OutcomeTable actualTable = actualTable(width);
        return failed(actualTable, expectedTable, "Expecting " + context.subject() + " " + expectation + "\n" + finding
                + (largest.isEmpty() ? "" : "\nlargest differences (observed − expected): " + largest)
                + "\nexpected:\n" + expectedTable.indented() + "\nactual:\n" + actualTable.indented());
    }

    // ---------------------------------------------------------------- statistical tests

    /**
     * Pearson χ² goodness-of-fit test against expected probabilities, at the run's significance level
     * (see {@link StatisticalFamily}), using the real shot counts. Sparse bins are merged; an observed
     * outcome with expected probability 0 fails at any level.
     *
     * @param expected expected probabilities by bitstring, qubit 0 rightmost; they must sum to 1
     * @return this
     */
    public SELF fitsDistribution(Map<String, ? extends Number> expected) {
        return fitsDistribution(expectedOf(expected), GoodnessOfFit.Method.PEARSON);
    }

    /**
     * Pearson χ² goodness-of-fit test against expected probabilities.
     *
     * @param expected the expected probabilities
     * @return this
     */
    public SELF fitsDistribution(Probabilities expected) {
        return fitsDistribution(expected, GoodnessOfFit.Method.PEARSON);
    }

    /**
     * Goodness-of-fit test with the statistic of your choice.
     *
     * @param expected the expected probabilities
     * @param method   {@code PEARSON} or {@code G}
     * @return this
     */
    public SELF fitsDistribution(Probabilities expected, GoodnessOfFit.Method method) {
        isNotNull();
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(method, "method");
        Histogram counts = counts("a goodness-of-fit test");
        int width = width(expected.qubits());
        GoodnessOfFitResult fit = GoodnessOfFit.test(counts, expected, method);
        StatisticalFamily.Decision decision = StatisticalFamily.decide(fit.pValue());
        String symbol = method == GoodnessOfFit.Method.PEARSON ? "X²" : "G";
        String title = method.label() + " goodness of fit";
        String critical = fit.degreesOfFreedom() > 0 ? symbol + " ≥ " + number(ChiSquared.criticalValue(decision.level(),
                fit.degreesOfFreedom())) : null;
        CheckRecord.Builder record = record(CheckKind.GOODNESS_OF_FIT, width, counts, counts.total(), "expected",
                expected, null)
                .title(title)
                .statistic(symbol, fit.statistic())
                .threshold("fails at p ≤ " + number(decision.level()) + detectableText(expected, counts.total(),
                        decision.level()))
                .decision(fit.pValue(), decision.level(), decision.index(), decision.alpha())
                .explanation(fitExplanation(fit, symbol, decision, critical) + detectableExplanation(expected,
                        counts.total(), decision.level()));
        String shotsText = counts.total() + (counts.total() == 1 ? " shot" : " shots");
        conclude(record, !decision.rejected(), () -> {
            Map<String, String> expectedRows = new LinkedHashMap<>();
            for (GoodnessOfFitResult.Bin bin : fit.bins()) {
                expectedRows.put(binLabel(bin.states(), width), expectedCount(bin.expected()));
            }
            Map<String, String> observedRows = new LinkedHashMap<>();
            for (GoodnessOfFitResult.Bin bin : fit.bins()) {
                observedRows.put(binLabel(bin.states(), width), Long.toString(bin.observed()));
            }
            for (GoodnessOfFitResult.ForbiddenOutcome forbidden : fit.forbidden()) {
                observedRows.put(Bitstrings.of(forbidden.state(), width), Long.toString(forbidden.count()));
            }
            StringBuilder message = new StringBuilder("Expecting ").append(context.subject())
                    .append(" to fit the expected distribution (").append(title).append(", ").append(shotsText).append(")\n");
            if (fit.hasForbiddenOutcomes()) {
                message.append("but it has outcomes the expected distribution forbids (probability 0): ")
                        .append(fit.forbidden().stream()
                                .map(f -> Bitstrings.of(f.state(), width) + " (" + f.count() + (f.count() == 1 ? " shot)" : " shots)"))
                                .collect(Collectors.joining(", ")));
            } else {
                message.append("but ").append(symbol).append(" = ").append(number(fit.statistic())).append(" with ")
                        .append(degrees(fit.degreesOfFreedom())).append(" gives p = ").append(number(fit.pValue()))
                        .append(", at or below the level ").append(number(decision.level())).append("\n(")
                        .append(decision.levelExplanation()).append(")\n")
                        .append("largest contributions: ").append(fit.largestContributions(LISTED_CONTRIBUTIONS).stream()
                                .filter(bin -> bin.contribution() > 0)
                                .map(bin -> binLabel(bin.states(), width) + " (observed " + bin.observed() + ", expected "
                                        + expectedCount(bin.expected()) + ", adds " + number(bin.contribution()) + ")")
                                .collect(Collectors.joining(", ")));
            }
            appendNotes(message, fit.mergedOutcomes());
            OutcomeTable expectedTable = OutcomeTable.of(expectedRows);
            OutcomeTable observedTable = OutcomeTable.of(observedRows);
            message.append("\nexpected counts:\n").append(expectedTable.indented())
                    .append("\nobserved counts:\n").append(observedTable.indented());
            return failed(observedTable, expectedTable, message.toString());
        });
        return myself;
    }

    /**
     * As {@link #matchesSimulationOf(String)}, for the circuit the job itself ran: recorded in its metadata
     * ({@code ionq-ci.circuit}) by {@code @IonQJob(circuit = …)} and by {@code ionq:submit}.
     *
     * <pre>{@code
     * @Test
     * void ghz(@IonQJob(circuit = "circuits/ghz5.json", noise = "aria-1") Job job) {
     *     assertThat(job).distribution().matchesSimulation();   // exact noisy distribution, goodness of fit
     * }
     * }</pre>
     *
     * @return this
     */
    public SELF matchesSimulation() {
        isNotNull();
        Job job = context.job();
        String recorded = job == null || job.metadata() == null ? null
                : job.metadata().get(io.github.ionqci.client.circuit.CircuitJob.CIRCUIT_METADATA);
        if (recorded == null || recorded.isBlank()) {
            throw failure("%s", "Cannot tell which circuit " + (job == null ? "this distribution" : "job " + job.id())
                    + " ran: " + (job == null ? "it comes from no job" : "its metadata records none (key \""
                    + io.github.ionqci.client.circuit.CircuitJob.CIRCUIT_METADATA + "\")")
                    + ". Jobs from @IonQJob(circuit = …) and ionq:submit record it; for others name the circuit with"
                    + " matchesSimulationOf(\"circuits/….json\").");
        }
        return matchesSimulation(CircuitFile.load(recorded, CALLER.getCallerClass()), null);
    }

    /**
     * Compares the result with the emulator's simulation of {@code circuitResource}, run with the job's own
     * noise model (its {@code noise.model} on the simulator, the model standing in for its QPU otherwise; a
     * bare distribution uses the circuit file's). The expected distribution is exact (state vector when ideal,
     * density matrix when noisy up to 10 qubits) or, beyond, an estimate with a stated TVD error bound.
     * <ul>
     *   <li>Exact probabilities of an ideal emulator job: every probability within 1e-9 (TVD ≤ 1e-9).</li>
     *   <li>Sampled results against an exact distribution: {@link #fitsDistribution(Probabilities)}, the Pearson
     *       test with forbidden outcomes, decided by the run's family-wise control.</li>
     *   <li>Against an estimate: {@code isCloseTo(expected, tvd(bound).plusSamplingError(α))}.</li>
     * </ul>
     *
     * <pre>{@code
     * assertThat(qpuJob).distribution().matchesSimulationOf("circuits/ghz5.json");   // against aria-1 for qpu.aria-1
     * }</pre>
     *
     * @param circuitResource the circuit file the job ran, found as {@code @IonQJob(circuit = …)} finds it
     * @return this
     */
    public SELF matchesSimulationOf(String circuitResource) {
        return matchesSimulation(CircuitFile.load(circuitResource, CALLER.getCallerClass()), null);
    }

    /**
     * As {@link #matchesSimulationOf(String)}, with the noise model named: {@code ideal} to check a QPU job
     * against its ideal simulation, or {@code aria-1}, {@code forte-1}, … .
     *
     * @param circuitResource the circuit file
     * @param noiseModel      the model to simulate
     * @return this
     */
    public SELF matchesSimulationOf(String circuitResource, String noiseModel) {
        Objects.requireNonNull(noiseModel, "noiseModel");
        return matchesSimulation(CircuitFile.load(circuitResource, CALLER.getCallerClass()), noiseModel);
    }

    SELF matchesSimulation(CircuitFile circuit, String noiseModel) {
        isNotNull();
        SimulationExpectation simulation = SimulationExpectation.of(circuit, context.job(), noiseModel);
        Probabilities expected = simulation.probabilities();
        try {
            switch (simulation.comparison(context.job(), actual instanceof Probabilities)) {
                case EXACT -> isCloseTo(expected, Tolerance.tvd(SimulationExpectation.EXACT_TOLERANCE));
                case GOODNESS_OF_FIT -> fitsDistribution(expected);
                case TOLERANCE -> isCloseTo(expected, Tolerance.tvd(Math.min(1.0, simulation.expected().tvdErrorBound()))
                        .plusSamplingError(StatisticalFamily.DEFAULT_ALPHA));
            }
        } catch (AssertionError failure) {
            AssertionError described = new AssertionError(failure.getMessage() + "\n" + simulation.describe(), failure);
            throw described;
        }
        return myself;
    }

    /** Power at which the report states what a check can detect. */
    static final double REPORTED_POWER = 0.9;

    /** @return {@code "; detects TVD ≥ 0.035 (power 0.9)"}, or empty when nothing can be planned */
    private static String detectableText(Probabilities expected, long shots, double level) {
        double tvd = detectableTvd(expected, shots, level);
        return Double.isNaN(tvd) ? "" : "; detects TVD ≥ " + number(tvd) + " (power " + number(REPORTED_POWER) + ")";
    }

    private static String detectableExplanation(Probabilities expected, long shots, double level) {
        double tvd = detectableTvd(expected, shots, level);
        return Double.isNaN(tvd) ? "" : " At " + shots + " shots and this level, the check detects a shift of the true"
                + " distribution by a total variation distance of " + number(tvd) + " or more with probability "
                + number(REPORTED_POWER) + ", in the least favourable direction (IonQStatistics.detectableTvd); smaller"
                + " shifts may pass.";
    }

    private static double detectableTvd(Probabilities expected, long shots, double level) {
        long possible = java.util.stream.IntStream.range(0, expected.size()).filter(i -> expected.probabilityAt(i) > 0)
                .count();
        if (possible < 2 || shots < 1 || !(level > 0 && level < REPORTED_POWER)) {
            return Double.NaN;
        }
        return io.github.ionqci.junit.statistics.IonQStatistics.detectableTvd(expected, shots, level, REPORTED_POWER);
    }

    private String fitExplanation(GoodnessOfFitResult fit, String symbol, StatisticalFamily.Decision decision,
                                  String critical) {
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
     * Two-sample χ² homogeneity test: could this result and {@code other} come from the same distribution?
     * Decided at the run's significance level (see {@link StatisticalFamily}).
     *
     * @param other the other histogram
     * @return this
     */
    public SELF isHomogeneousWith(Histogram other) {
        return homogeneity(other, "the other histogram", null, CheckKind.HOMOGENEITY, null);
    }

    /**
     * Two-sample χ² homogeneity test against another job's histogram, fetched through the
     * {@link ResultSource} registered for that job (or the one this job's results came from).
     *
     * @param other the other job, completed
     * @return this
     */
    public SELF isHomogeneousWith(Job other) {
        Objects.requireNonNull(other, "other");
        ResultSource source = ResultSources.lookup(other.id()).orElse(context.source());
        if (source == null) {
            throw new IllegalStateException("No result source knows job " + other.id() + ": inject it with @IonQJob, "
                    + "or register one with ResultSources.register(\"" + other.id() + "\", ResultSource.of(client))");
        }
        return homogeneity(source.histogram(other), "the histogram of job " + other.id(), other, CheckKind.HOMOGENEITY, null);
    }

    /**
     * Compares this result with the test's stored baseline
     * ({@code src/test/resources/ionq/baselines/<fully.qualified.TestClass>/<method>.json}) by the two-sample
     * homogeneity test.
     * <ul>
     *   <li>No baseline yet: the counts are recorded as the baseline and the check passes (and is reported);
     *       when the run is CI ({@code CI=true} or {@code ionq.ci=true}) it fails instead.</li>
     *   <li>{@code -Dionq.baselines.update=true}: the baseline is rewritten from this result.</li>
     * </ul>
     *
     * @return this
     */
    public SELF matchesBaseline() {
        return matchesBaseline(null);
    }

    /**
     * Like {@link #matchesBaseline()}, for a second baseline in the same test:
     * {@code <method>-<name>.json}.
     *
     * @param name the baseline's name within the test, or null for the test's own
     * @return this
     */
    public SELF matchesBaseline(String name) {
        isNotNull();
        CurrentTest.Identity test = CurrentTest.get().orElseThrow(() -> new IllegalStateException(
                "matchesBaseline() needs to know which test is running: use it in a test run by the IonQ extension "
                        + "(@IonQTest), or set CurrentTest.set(...) yourself"));
        Histogram counts = counts("a baseline comparison");
        Path file = BaselineStore.pathFor(test, name);
        Path shown = relativeToProject(test, file);
        int width = width(0);
        boolean update = BaselineStore.updateRequested();
        Optional<Baseline> stored = update ? Optional.empty() : BaselineStore.read(file);
        if (stored.isEmpty()) {
            if (!update && BaselineStore.isCi()) {
                CheckRecord.Builder record = record(CheckKind.BASELINE_MISSING, width, counts, counts.total(), null,
                        null, null)
                        .threshold(shown.toString())
                        .explanation("There is no baseline at " + shown + ", and missing baselines fail in CI.");
                conclude(record, false, () -> failed(null, null, "No baseline for " + test.displayName()
                        + " at " + shown + ", and missing baselines fail in CI (CI=true or ionq.ci=true).\n"
                        + "Record it outside CI (run the test once, or with -D" + BaselineStore.UPDATE_PROPERTY
                        + "=true) and commit the file."));
                return myself;
            }
            BaselineStore.write(file, newBaseline(test, counts, width));
            CheckRecord.Builder record = record(CheckKind.BASELINE_RECORDED, width, counts, counts.total(), null,
                    null, null)
                    .title(update ? "Baseline rewritten" : "Baseline recorded")
                    .threshold(shown.toString())
                    .explanation((update ? "Rewritten on request (-D" + BaselineStore.UPDATE_PROPERTY + "=true): "
                            : "There was no baseline, so this result was recorded as one: ") + shown
                            + ". Commit it; later runs are compared with it.");
            conclude(record, true, null);
            return myself;
        }
        Baseline baseline = stored.get();
        String provenance = "recorded " + baseline.recordedAt()
                + (baseline.jobId() == null ? "" : " from job " + baseline.jobId())
                + (baseline.backend() == null ? "" : " on " + baseline.backend())
                + (baseline.noiseModel() == null ? "" : " with noise model " + baseline.noiseModel());
        return homogeneity(baseline.toHistogram(), "its baseline " + shown + " (" + provenance + ")", null,
                CheckKind.BASELINE, "\nIf the change is intended, rerun with -D" + BaselineStore.UPDATE_PROPERTY
                        + "=true and commit the rewritten file.");
    }

    private Baseline newBaseline(CurrentTest.Identity test, Histogram counts, int width) {
        Job job = context.job();
        return new Baseline(Baseline.FORMAT, BaselineStore.testId(test), Baseline.BIT_ORDER,
                job == null ? null : job.backend(),
                job == null || job.noise() == null ? null : job.noise().model(),
                job == null || job.noise() == null ? null : job.noise().seed(),
                job == null ? null : job.id(),
                width, counts.total(), Baseline.countsOf(widen(counts, width)),
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), "ionq-junit-jupiter");
    }

    private SELF homogeneity(Histogram other, String otherText, Job otherJob, CheckKind kind, String hint) {
        isNotNull();
        Histogram counts = counts(kind == CheckKind.BASELINE ? "a baseline comparison" : "a homogeneity test");
        int width = width(other.qubits());
        HomogeneityResult result = Homogeneity.test(counts, other);
        StatisticalFamily.Decision decision = StatisticalFamily.decide(result.pValue());
        String referenceLabel = kind == CheckKind.BASELINE ? "baseline" : otherJob == null ? "other" : "other job";
        String critical = result.degreesOfFreedom() > 0 ? "X² ≥ " + number(ChiSquared.criticalValue(decision.level(),
                result.degreesOfFreedom())) : null;
        CheckRecord.Builder record = record(kind, width, counts, counts.total(), referenceLabel, other, other.total())
                .title(kind == CheckKind.BASELINE ? "Baseline comparison (2×k χ² homogeneity)" : "Two-sample χ² homogeneity")
                .statistic("X²", result.statistic())
                .threshold("fails at p ≤ " + number(decision.level()))
                .decision(result.pValue(), decision.level(), decision.index(), decision.alpha())
                .explanation(result.degreesOfFreedom() == 0
                        ? "Both results put all their shots in one bin (after merging sparse outcomes), so there is nothing "
                        + "to compare (p = 1)."
                        : "X² on the 2×k table of both results' counts measures how far they are from sharing one distribution"
                        + (result.mergedOutcomes() > 0 ? " (" + result.mergedOutcomes() + " sparse outcomes merged into one bin)" : "")
                        + "; with " + degrees(result.degreesOfFreedom()) + ", p = " + number(result.pValue())
                        + " is the chance of a difference at least this large from shot noise alone. The check fails when p ≤ "
                        + number(decision.level()) + " (" + decision.levelExplanation() + "), i.e. when " + critical + ".");
        conclude(record, !decision.rejected(), () -> {
            Map<String, String> ours = new LinkedHashMap<>();
            Map<String, String> theirs = new LinkedHashMap<>();
            for (HomogeneityResult.Bin bin : result.bins()) {
                String label = binLabel(bin.states(), width);
                ours.put(label, Long.toString(bin.first()));
                theirs.put(label, Long.toString(bin.second()));
            }
            StringBuilder message = new StringBuilder("Expecting ").append(context.subject()).append(" (")
                    .append(counts.total()).append(" shots) and ").append(otherText).append(" (").append(other.total())
                    .append(" shots) to come from the same distribution (two-sample χ² homogeneity test)\n")
                    .append("but X² = ").append(number(result.statistic())).append(" with ")
                    .append(degrees(result.degreesOfFreedom())).append(" gives p = ").append(number(result.pValue()))
                    .append(", at or below the level ").append(number(decision.level())).append("\n(")
                    .append(decision.levelExplanation()).append(")\n")
                    .append("largest contributions: ").append(result.largestContributions(LISTED_CONTRIBUTIONS).stream()
                            .filter(bin -> bin.contribution() > 0)
                            .map(bin -> binLabel(bin.states(), width) + " (" + bin.first() + " vs " + bin.second() + ", adds "
                                    + number(bin.contribution()) + ")")
                            .collect(Collectors.joining(", ")));
            appendNotes(message, result.mergedOutcomes());
            OutcomeTable theirTable = OutcomeTable.of(theirs);
            OutcomeTable ourTable = OutcomeTable.of(ours);
            message.append("\n").append(referenceLabel).append(" counts:\n").append(theirTable.indented())
                    .append("\nactual counts:\n").append(ourTable.indented());
            if (hint != null) {
                message.append(hint);
            }
            return failed(ourTable, theirTable, message.toString());
        });
        return myself;
    }

    // ---------------------------------------------------------------- plumbing

    private void appendNotes(StringBuilder message, int merged) {
        if (merged > 0) {
            message.append("\n(").append(merged).append(" outcomes with expected count below 5 were merged into one bin)");
        }
        if (actual instanceof Probabilities && context.shots() != null) {
            message.append("\n(counts are round(p × ").append(context.shots()).append(" shots) from the probabilities");
            message.append(context.note() == null ? ")" : "; " + context.note() + ")");
        }
    }

    /**
     * @return the observed counts: the histogram itself, or round(p × shots) from probabilities with known shots
     */
    private Histogram counts(String purpose) {
        if (actual instanceof Histogram histogram) {
            return histogram;
        }
        if (context.shots() == null) {
            throw failed(null, null, "Expecting " + context.subject() + " to have shot counts for " + purpose
                    + ",\nbut it is probabilities without a known shot count.\n"
                    + "Use a histogram (assertThat(job).histogram()), or give the shots with withShots(n).");
        }
        long shots = context.shots();
        long[] states = new long[actual.size()];
        long[] values = new long[actual.size()];
        long total = 0;
        for (int i = 0; i < actual.size(); i++) {
            states[i] = actual.state(i);
            values[i] = Math.round(actual.probabilityAt(i) * shots);
            total += values[i];
        }
        if (total == 0) {
            throw failed(null, null, "Expecting " + context.subject() + " to have shot counts for " + purpose
                    + ",\nbut round(p × " + shots + " shots) is 0 for every outcome.");
        }
        return Histogram.of(states, values, actual.qubits());
    }

    private void conclude(CheckRecord.Builder record, boolean passed, java.util.function.Supplier<AssertionError> failure) {
        if (passed) {
            IonQReport.record(record.passed(true).build());
            return;
        }
        AssertionError error = failure.get();
        IonQReport.record(record.passed(false).message(error.getMessage()).build());
        throw error;
    }

    private AssertionError failed(Object actualValue, Object expectedValue, String message) {
        if (actualValue == null && expectedValue == null) {
            return failure("%s", message);
        }
        return failureWithActualExpected(actualValue, expectedValue, "%s", message);
    }

    private CheckRecord.Builder record(CheckKind kind, int width) {
        return record(kind, width, actual, observedShots(), null, null, null);
    }

    /**
     * A report record with the observed (and reference) distribution: at most
     * {@link #REPORTED_OUTCOMES} outcomes, the most likely in either, with the mass of the rest.
     */
    private CheckRecord.Builder record(CheckKind kind, int width, Distribution observed, Long observedShots,
                                       String referenceLabel, Distribution reference, Long referenceShots) {
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
        int all = union(observed, reference == null ? observed : reference).size();
        CheckRecord.Builder builder = CheckRecord.builder(kind)
                .test(CurrentTest.get().map(CurrentTest.Identity::displayName).orElse(null))
                .job(context.jobId(), context.backend())
                .observed(observedMap, observedShots)
                .omitted(all - kept.size(), Math.max(0, 1 - observedKept), reference == null ? 0 : Math.max(0, 1 - referenceKept));
        if (reference != null) {
            builder.reference(referenceLabel, referenceMap, referenceShots);
        }
        return builder;
    }

    /** @return up to {@code limit} states with the highest probability in either distribution */
    private static TreeSet<Long> mostLikely(Distribution a, Distribution b, int limit) {
        java.util.PriorityQueue<Map.Entry<Long, Double>> smallest =
                new java.util.PriorityQueue<>(Map.Entry.comparingByValue());
        java.util.HashMap<Long, Double> best = new java.util.HashMap<>();
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

    private Long observedShots() {
        if (actual instanceof Histogram histogram) {
            return histogram.total();
        }
        return context.shots();
    }

    private int width(int extra) {
        return Math.max(Math.max(actual.qubits(), context.jobQubits()), Math.max(1, extra));
    }

    private static Histogram widen(Histogram histogram, int width) {
        if (histogram.qubits() >= width) {
            return histogram;
        }
        long[] states = histogram.states();
        long[] counts = new long[states.length];
        for (int i = 0; i < states.length; i++) {
            counts[i] = histogram.countAt(i);
        }
        return Histogram.of(states, counts, width);
    }

    private static Map<String, Double> probabilityMap(Distribution distribution, int width) {
        Map<String, Double> map = new TreeMap<>();
        for (int i = 0; i < distribution.size(); i++) {
            double p = distribution.probabilityAt(i);
            if (p > 0) {
                map.put(Bitstrings.of(distribution.state(i), Math.max(width, distribution.qubits())), p);
            }
        }
        return map;
    }

    private OutcomeTable actualTable(int width) {
        Map<String, String> rows = new TreeMap<>();
        for (int i = 0; i < actual.size(); i++) {
            if (actual.probabilityAt(i) > 0) {
                rows.put(Bitstrings.of(actual.state(i), width), valueText(actual.state(i)));
            }
        }
        return OutcomeTable.of(rows);
    }

    private static OutcomeTable probabilityTable(Distribution distribution, int width) {
        return OutcomeTable.of(probabilityMap(distribution, width).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> probability(e.getValue()))));
    }

    /** @return a histogram's count and probability, or a probability */
    private String valueText(long state) {
        if (actual instanceof Histogram histogram) {
            return histogram.count(state) + " (" + probability(histogram.probability(state)) + ")";
        }
        return probability(actual.probability(state));
    }

    /** @return {@code 10 shots} for a histogram, {@code p = 0.0010} for probabilities */
    private String shortValueText(long state) {
        if (actual instanceof Histogram histogram) {
            long count = histogram.count(state);
            return count + (count == 1 ? " shot" : " shots");
        }
        return "p = " + probability(actual.probability(state));
    }

    private static String binLabel(List<Long> states, int width) {
        if (states.size() == 1) {
            return Bitstrings.of(states.get(0), width);
        }
        return "merged " + states.size() + " outcomes";
    }

    private static String bitstrings(java.util.Collection<Long> states, int width) {
        return states.stream().sorted().map(s -> Bitstrings.of(s, width)).collect(Collectors.joining(", ", "[", "]"));
    }

    private static String degrees(int df) {
        return df + (df == 1 ? " degree of freedom" : " degrees of freedom");
    }

    private static String signed(double value) {
        return (value >= 0 ? "+" : "−") + probability(Math.abs(value));
    }

    private static TreeSet<Long> union(Distribution a, Distribution b) {
        TreeSet<Long> states = new TreeSet<>();
        for (Distribution d : List.of(a, b)) {
            for (int i = 0; i < d.size(); i++) {
                if (d.probabilityAt(i) > 0) {
                    states.add(d.state(i));
                }
            }
        }
        return states;
    }

    private static Path relativeToProject(CurrentTest.Identity test, Path file) {
        Path base = test.projectDir().toAbsolutePath().normalize();
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(base) ? base.relativize(absolute) : absolute;
    }

    private static Probabilities expectedOf(Map<String, ? extends Number> expected) {
        Objects.requireNonNull(expected, "expected");
        if (expected.isEmpty()) {
            throw new IllegalArgumentException("The expected distribution is empty; give probabilities by bitstring, "
                    + "such as Map.of(\"00\", 0.5, \"11\", 0.5)");
        }
        try {
            return Probabilities.ofBitstrings(expected);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The expected distribution is not valid: " + e.getMessage(), e);
        }
    }

    private static List<Long> parseAll(String[] bitstrings) {
        Objects.requireNonNull(bitstrings, "bitstrings");
        List<Long> states = new ArrayList<>();
        for (String bitstring : bitstrings) {
            states.add(parse(bitstring));
        }
        return states;
    }

    private static int maxLength(String[] bitstrings) {
        int max = 0;
        for (String bitstring : bitstrings) {
            max = Math.max(max, bitstring == null ? 0 : bitstring.length());
        }
        return max;
    }

    private static long parse(String bitstring) {
        return Bitstrings.parse(bitstring);
    }

    private static long checkState(long state) {
        if (state < 0) {
            throw new IllegalArgumentException("A basis state cannot be negative, but was " + state);
        }
        return state;
    }
}
