package io.github.ionqci.junit.report;

/**
 * What a distribution check tested.
 */
public enum CheckKind {
    /** A goodness-of-fit test (Pearson χ² or G) against expected probabilities. */
    GOODNESS_OF_FIT("Goodness of fit", true),
    /** A two-sample χ² homogeneity test between two results. */
    HOMOGENEITY("Two-sample homogeneity", true),
    /** A homogeneity test against a stored baseline. */
    BASELINE("Baseline comparison", true),
    /** A baseline that was missing and has been recorded, or was rewritten on request. */
    BASELINE_RECORDED("Baseline recorded", false),
    /** A baseline that was missing where missing baselines fail (CI). */
    BASELINE_MISSING("Baseline missing", false),
    /** Total variation distance within a tolerance. */
    TOTAL_VARIATION("Total variation distance", false),
    /** Hellinger distance within a tolerance. */
    HELLINGER("Hellinger distance", false),
    /** Hellinger fidelity above a floor. */
    HELLINGER_FIDELITY("Hellinger fidelity", false),
    /** One outcome's probability within a tolerance. */
    PROBABILITY("Outcome probability", false),
    /** The set of outcomes seen. */
    OUTCOMES("Outcomes present", false),
    /** Which outcome is most likely. */
    MOST_LIKELY("Most likely outcome", false),
    /** {@code hasExpectation}: a Z-string expectation value (e.g. a parity). */
    EXPECTATION("Z-string expectation", false),
    /** A job's status ({@code isCompleted()}, {@code hasStatus(…)}, {@code hasNoFailure()}). */
    JOB_STATUS("Job status", false),
    /** A job's failure code or message ({@code hasFailureCode(…)}, {@code hasFailureMessageContaining(…)}). */
    JOB_FAILURE("Job failure", false);

    private final String label;
    private final boolean statistical;

    CheckKind(String label, boolean statistical) {
        this.label = label;
        this.statistical = statistical;
    }

    /** @return a short human name */
    public String label() {
        return label;
    }

    /** @return whether this is a hypothesis test, part of the run's family-wise error control */
    public boolean isStatistical() {
        return statistical;
    }
}
