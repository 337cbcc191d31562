package io.github.ionqci.junit.assertions;

import static io.github.ionqci.junit.assertions.Observed.binLabel;
import static io.github.ionqci.junit.assertions.Observed.bitstrings;
import static io.github.ionqci.junit.assertions.Observed.degrees;
import static io.github.ionqci.junit.report.Numbers.expectedCount;
import static io.github.ionqci.junit.report.Numbers.number;
import static io.github.ionqci.junit.report.Numbers.probability;

import io.github.ionqci.client.result.Bitstrings;
import io.github.ionqci.client.result.Distribution;
import io.github.ionqci.junit.baseline.BaselineStore;
import io.github.ionqci.junit.statistics.GoodnessOfFit;
import io.github.ionqci.junit.statistics.GoodnessOfFitResult;
import io.github.ionqci.junit.statistics.HomogeneityResult;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The assertion error's words for a failed {@link Verdict}: what was expected, what was found, the
 * largest contributions, and tables of expected and actual values an IDE can diff line by line.
 */
final class FailureMessages {

    /** How many outcomes a failure message lists as contributing most. */
    static final int LISTED_CONTRIBUTIONS = 3;

    private FailureMessages() {
    }

    /**
     * What the assertion error says and shows.
     *
     * @param actual   the actual value an IDE diffs, or null
     * @param expected the expected value an IDE diffs, or null
     * @param message  the message
     */
    record Failure(Object actual, Object expected, String message) {
    }

    static Failure of(Verdict verdict, Observed observed) {
        ResultContext context = observed.context();
        int width = verdict.width();
        if (verdict instanceof Verdict.Outcomes v) {
            String listed = bitstrings(v.expected(), width);
            StringBuilder message = new StringBuilder("Expecting ").append(context.subject())
                    .append(" to contain only the outcomes ").append(listed).append(" (qubit 0 rightmost)");
            if (!v.unexpected().isEmpty()) {
                message.append("\nbut these outcomes were not expected: ").append(v.unexpected().stream()
                        .map(s -> Bitstrings.of(s, width) + " (" + observed.shortValueText(s) + ")")
                        .collect(Collectors.joining(", ")));
            }
            if (!v.missing().isEmpty()) {
                message.append(v.unexpected().isEmpty() ? "\nbut these outcomes are missing: " : "\nand these are missing: ")
                        .append(bitstrings(v.missing(), width).replaceAll("^\\[|]$", ""));
            }
            message.append("\nactual:\n").append(observed.table(width).indented());
            return new Failure(bitstrings(v.present(), width), listed, message.toString());
        }
        if (verdict instanceof Verdict.Probability v) {
            String outcome = Bitstrings.of(v.state(), width);
            return new Failure(OutcomeTable.of(Map.of(outcome, probability(v.observed()))),
                    OutcomeTable.of(Map.of(outcome, probability(v.expected()))),
                    "Expecting the probability of outcome " + outcome + " (qubit 0 rightmost) in " + context.subject()
                            + "\nto be " + Precision.value(v.expected(), v.tolerance()) + " ± "
                            + Precision.tolerance(v.tolerance()) + "\nbut was " + Precision.value(v.observed(), v.tolerance())
                            + " (off by " + Precision.value(v.off(), v.tolerance()) + ")");
        }
        if (verdict instanceof Verdict.Expectation v) {
            String margin = v.decision() == null ? "" : " (standard error " + number(v.standardError()) + " from "
                    + v.shots() + " shots; fails at p ≤ " + number(v.decision().level()) + ", "
                    + v.decision().levelExplanation() + ")";
            return new Failure(Precision.value(v.value(), v.tolerance()), Precision.value(v.expected(), v.tolerance()),
                    "Expecting ⟨" + v.zString() + "⟩ (Z on qubits " + v.zQubits() + ", qubit 0 rightmost) of "
                            + context.subject() + "\nto be " + Precision.value(v.expected(), v.tolerance()) + " ± "
                            + Precision.tolerance(v.tolerance()) + margin + "\nbut was " + Precision.value(v.value(),
                            v.tolerance()) + " (off by " + Precision.value(Math.abs(v.value() - v.expected()), v.tolerance())
                            + ")");
        }
        if (verdict instanceof Verdict.MostLikely v) {
            String outcome = Bitstrings.of(v.state(), width);
            String bestText = Bitstrings.of(v.rival(), width);
            String reason = v.rivalProbability() == v.own()
                    ? "but " + bestText + " is as likely (" + probability(v.own()) + " each)"
                    : "but the most likely is " + bestText + " (" + probability(v.rivalProbability()) + "); " + outcome
                    + " has " + probability(v.own());
            return new Failure(bestText, outcome, "Expecting " + outcome + " (qubit 0 rightmost) to be the most likely"
                    + " outcome of " + context.subject() + "\n" + reason + "\nactual:\n" + observed.table(width).indented());
        }
        if (verdict instanceof Verdict.Distance v) {
            if (v.tolerance() instanceof Tolerance.TotalVariation) {
                return distance(observed, v.expected(), width, "to be within total variation distance "
                                + number(v.tolerance().maximum()) + ReportRecords.marginText(v)
                                + " of the expected distribution",
                        "but the total variation distance is " + number(v.distance()));
            }
            return distance(observed, v.expected(), width, "to be within Hellinger distance "
                    + number(v.tolerance().maximum()) + " of the expected distribution",
                    "but the Hellinger distance is " + number(v.distance()));
        }
        if (verdict instanceof Verdict.Fidelity v) {
            return distance(observed, v.expected(), width, "to have Hellinger fidelity at least " + number(v.minimum())
                    + " to the expected distribution", "but it is " + number(v.fidelity()));
        }
        if (verdict instanceof Verdict.Fit v) {
            return fit(v, observed);
        }
        if (verdict instanceof Verdict.Homogeneity v) {
            return homogeneity(v, observed);
        }
        if (verdict instanceof Verdict.BaselineMissing v) {
            return new Failure(null, null, "No baseline for " + v.test() + " at " + v.shown()
                    + ", and missing baselines fail in CI (CI=true or ionq.ci=true).\n"
                    + "Record it outside CI (run the test once, or with -D" + BaselineStore.UPDATE_PROPERTY
                    + "=true) and commit the file.");
        }
        throw new IllegalArgumentException("A passing verdict has no failure message: " + verdict);
    }

    private static Failure distance(Observed observed, Distribution expected, int width, String expectation,
                                    String finding) {
        Distribution actual = observed.actual();
        Map<Long, Double> differences = new TreeMap<>();
        for (long state : Observed.union(expected, actual)) {
            differences.put(state, actual.probability(state) - expected.probability(state));
        }
        String largest = differences.entrySet().stream()
                .filter(e -> e.getValue() != 0)
                .sorted(Comparator.comparingDouble((Map.Entry<Long, Double> e) -> -Math.abs(e.getValue()))
                        .thenComparing(Map.Entry::getKey))
                .limit(LISTED_CONTRIBUTIONS)
                .map(e -> Bitstrings.of(e.getKey(), width) + " (" + signed(e.getValue()) + ")")
                .collect(Collectors.joining(", "));
        OutcomeTable expectedTable = Observed.probabilityTable(expected, width);
        OutcomeTable actualTable = observed.table(width);
        return new Failure(actualTable, expectedTable, "Expecting " + observed.context().subject() + " " + expectation
                + "\n" + finding + (largest.isEmpty() ? "" : "\nlargest differences (observed − expected): " + largest)
                + "\nexpected:\n" + expectedTable.indented() + "\nactual:\n" + actualTable.indented());
    }

    private static Failure fit(Verdict.Fit v, Observed observed) {
        GoodnessOfFitResult fit = v.fit();
        int width = v.width();
        String symbol = symbol(fit.method());
        String shotsText = v.counts().total() + (v.counts().total() == 1 ? " shot" : " shots");
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
        StringBuilder message = new StringBuilder("Expecting ").append(observed.context().subject())
                .append(" to fit the expected distribution (").append(fit.method().label()).append(" goodness of fit, ")
                .append(shotsText).append(")\n");
        if (fit.hasForbiddenOutcomes()) {
            message.append("but it has outcomes the expected distribution forbids (probability 0): ")
                    .append(fit.forbidden().stream()
                            .map(f -> Bitstrings.of(f.state(), width) + " (" + f.count() + (f.count() == 1 ? " shot)" : " shots)"))
                            .collect(Collectors.joining(", ")));
        } else {
            message.append("but ").append(symbol).append(" = ").append(number(fit.statistic())).append(" with ")
                    .append(degrees(fit.degreesOfFreedom())).append(" gives p = ").append(number(fit.pValue()))
                    .append(", at or below the level ").append(number(v.decision().level())).append("\n(")
                    .append(v.decision().levelExplanation()).append(")\n")
                    .append("largest contributions: ").append(fit.largestContributions(LISTED_CONTRIBUTIONS).stream()
                            .filter(bin -> bin.contribution() > 0)
                            .map(bin -> binLabel(bin.states(), width) + " (observed " + bin.observed() + ", expected "
                                    + expectedCount(bin.expected()) + ", adds " + number(bin.contribution()) + ")")
                            .collect(Collectors.joining(", ")));
        }
        appendNotes(message, fit.mergedOutcomes(), observed);
        OutcomeTable expectedTable = OutcomeTable.of(expectedRows);
        OutcomeTable observedTable = OutcomeTable.of(observedRows);
        message.append("\nexpected counts:\n").append(expectedTable.indented())
                .append("\nobserved counts:\n").append(observedTable.indented());
        return new Failure(observedTable, expectedTable, message.toString());
    }

    private static Failure homogeneity(Verdict.Homogeneity v, Observed observed) {
        HomogeneityResult result = v.result();
        int width = v.width();
        Map<String, String> ours = new LinkedHashMap<>();
        Map<String, String> theirs = new LinkedHashMap<>();
        for (HomogeneityResult.Bin bin : result.bins()) {
            String label = binLabel(bin.states(), width);
            ours.put(label, Long.toString(bin.first()));
            theirs.put(label, Long.toString(bin.second()));
        }
        StringBuilder message = new StringBuilder("Expecting ").append(observed.context().subject()).append(" (")
                .append(v.counts().total()).append(" shots) and ").append(v.otherText()).append(" (")
                .append(v.other().total())
                .append(" shots) to come from the same distribution (two-sample χ² homogeneity test)\n")
                .append("but X² = ").append(number(result.statistic())).append(" with ")
                .append(degrees(result.degreesOfFreedom())).append(" gives p = ").append(number(result.pValue()))
                .append(", at or below the level ").append(number(v.decision().level())).append("\n(")
                .append(v.decision().levelExplanation()).append(")\n")
                .append("largest contributions: ").append(result.largestContributions(LISTED_CONTRIBUTIONS).stream()
                        .filter(bin -> bin.contribution() > 0)
                        .map(bin -> binLabel(bin.states(), width) + " (" + bin.first() + " vs " + bin.second() + ", adds "
                                + number(bin.contribution()) + ")")
                        .collect(Collectors.joining(", ")));
        appendNotes(message, result.mergedOutcomes(), observed);
        OutcomeTable theirTable = OutcomeTable.of(theirs);
        OutcomeTable ourTable = OutcomeTable.of(ours);
        message.append("\n").append(v.referenceLabel()).append(" counts:\n").append(theirTable.indented())
                .append("\nactual counts:\n").append(ourTable.indented());
        if (v.hint() != null) {
            message.append(v.hint());
        }
        return new Failure(ourTable, theirTable, message.toString());
    }

    private static void appendNotes(StringBuilder message, int merged, Observed observed) {
        if (merged > 0) {
            message.append("\n(").append(merged).append(" outcomes with expected count below 5 were merged into one bin)");
        }
        if (observed.countsFromProbabilities()) {
            ResultContext context = observed.context();
            message.append("\n(counts are round(p × ").append(context.shots()).append(" shots) from the probabilities");
            message.append(context.note() == null ? ")" : "; " + context.note() + ")");
        }
    }

    static String symbol(GoodnessOfFit.Method method) {
        return method == GoodnessOfFit.Method.PEARSON ? "X²" : "G";
    }

    private static String signed(double value) {
        return (value >= 0 ? "+" : "−") + probability(Math.abs(value));
    }
}
