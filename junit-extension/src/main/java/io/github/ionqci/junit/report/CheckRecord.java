package io.github.ionqci.junit.report;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One distribution check, as the report shows it. Distributions are probabilities keyed by bitstring
 * (qubit 0 rightmost).
 *
 * <pre>{@code
 * IonQReport.record(CheckRecord.builder(CheckKind.TOTAL_VARIATION)
 *         .test("BellStateTest.entangles").job("e1a09d90-…", "simulator")
 *         .statistic("TVD", 0.012).threshold("≤ 0.05")
 *         .passed(true)
 *         .explanation("The total variation distance is half the summed absolute differences …")
 *         .observed(Map.of("00", 0.49, "11", 0.51), 1000)
 *         .reference("expected", Map.of("00", 0.5, "11", 0.5), null)
 *         .build());
 * }</pre>
 */
public final class CheckRecord {

    private final CheckKind kind;
    private final String test;
    private final String jobId;
    private final String backend;
    private final String title;
    private final String statisticName;
    private final double statistic;
    private final String threshold;
    private final Double pValue;
    private final Double level;
    private final Integer familyIndex;
    private final Double familyAlpha;
    private final boolean passed;
    private final String explanation;
    private final String message;
    private final SortedMap<String, Double> observed;
    private final Long observedShots;
    private final String referenceLabel;
    private final SortedMap<String, Double> reference;
    private final Long referenceShots;
    private final int omittedOutcomes;
    private final double omittedObserved;
    private final double omittedReference;
    private final Double detectableTvd;
    private final Double declaredTvd;
    private final String found;
    private final Instant at;

    private CheckRecord(Builder b) {
        this.kind = b.kind;
        this.test = b.test == null ? "(outside an IonQ test)" : b.test;
        this.jobId = b.jobId;
        this.backend = b.backend;
        this.title = b.title == null ? b.kind.label() : b.title;
        this.statisticName = b.statisticName;
        this.statistic = b.statistic;
        this.threshold = b.threshold;
        this.pValue = b.pValue;
        this.level = b.level;
        this.familyIndex = b.familyIndex;
        this.familyAlpha = b.familyAlpha;
        this.passed = b.passed;
        this.explanation = b.explanation == null ? "" : b.explanation;
        this.message = b.message;
        this.observed = Collections.unmodifiableSortedMap(new TreeMap<>(b.observed));
        this.observedShots = b.observedShots;
        this.referenceLabel = b.referenceLabel;
        this.reference = b.reference == null ? null : Collections.unmodifiableSortedMap(new TreeMap<>(b.reference));
        this.referenceShots = b.referenceShots;
        this.omittedOutcomes = b.omittedOutcomes;
        this.omittedObserved = b.omittedObserved;
        this.omittedReference = b.omittedReference;
        this.detectableTvd = b.detectableTvd;
        this.declaredTvd = b.declaredTvd;
        this.found = b.found;
        this.at = b.at == null ? Instant.now() : b.at;
    }

    /**
     * @param kind what the check tested
     * @return a builder
     */
    public static Builder builder(CheckKind kind) {
        return new Builder(kind);
    }

    /** @return what the check tested */
    public CheckKind kind() {
        return kind;
    }

    /** @return the test's display name, such as {@code BellStateTest.entangles} */
    public String test() {
        return test;
    }

    /** @return the job checked, or null */
    public String jobId() {
        return jobId;
    }

    /** @return the job's backend, or null */
    public String backend() {
        return backend;
    }

    /** @return a short title, such as {@code Pearson χ² goodness of fit} */
    public String title() {
        return title;
    }

    /** @return the statistic's symbol, such as {@code X²} or {@code TVD}, or null */
    public String statisticName() {
        return statisticName;
    }

    /** @return the statistic's value, NaN when there is none */
    public double statistic() {
        return statistic;
    }

    /** @return the threshold as text, such as {@code ≤ 0.05} or {@code p > 0.001}, or null */
    public String threshold() {
        return threshold;
    }

    /** @return the p-value of a statistical check, or null */
    public Double pValue() {
        return pValue;
    }

    /** @return the significance level the check was decided at when it ran, or null */
    public Double level() {
        return level;
    }

    /** @return the check's position in the run's statistical family (from 1), or null */
    public Integer familyIndex() {
        return familyIndex;
    }

    /** @return the family-wise α, or null */
    public Double familyAlpha() {
        return familyAlpha;
    }

    /** @return whether the check passed when it ran */
    public boolean passed() {
        return passed;
    }

    /** @return one or two sentences on what the statistic and threshold mean */
    public String explanation() {
        return explanation;
    }

    /** @return the assertion's failure message, or null when it passed */
    public String message() {
        return message;
    }

    /** @return observed probabilities by bitstring, sorted */
    public SortedMap<String, Double> observed() {
        return observed;
    }

    /** @return shots behind the observed distribution, or null */
    public Long observedShots() {
        return observedShots;
    }

    /** @return what the reference is, such as {@code expected} or {@code baseline}, or null */
    public String referenceLabel() {
        return referenceLabel;
    }

    /** @return reference probabilities by bitstring, sorted, or null */
    public SortedMap<String, Double> reference() {
        return reference;
    }

    /** @return shots behind the reference, or null */
    public Long referenceShots() {
        return referenceShots;
    }

    /** @return how many less likely outcomes the record leaves out of {@link #observed()} and {@link #reference()} */
    public int omittedOutcomes() {
        return omittedOutcomes;
    }

    /** @return the observed probability of the outcomes left out */
    public double omittedObserved() {
        return omittedObserved;
    }

    /** @return the reference probability of the outcomes left out */
    public double omittedReference() {
        return omittedReference;
    }

    /**
     * @return the smallest total variation distance the check detects at its shots with power
     *         {@value #REPORTED_POWER} (in the least favourable direction), or null when it was not planned
     */
    public Double detectableTvd() {
        return detectableTvd;
    }

    /** @return the tolerance the check declared, as a total variation distance, or null */
    public Double declaredTvd() {
        return declaredTvd;
    }

    /**
     * A check is underpowered when it declares a tolerance smaller than the shift it can detect: its
     * shots cannot tell a deviation of the declared size from shot noise. A warning, not a failure.
     *
     * @return whether the declared tolerance is below the detectable TVD
     */
    public boolean underpowered() {
        return detectableTvd != null && declaredTvd != null && declaredTvd < detectableTvd;
    }

    /** @return what a check that has no number found, such as {@code failed (code QuotaExceeded)}, or null */
    public String found() {
        return found;
    }

    /** @return when the check ran */
    public Instant at() {
        return at;
    }

    @Override
    public String toString() {
        return "CheckRecord{" + kind + " " + test + (jobId == null ? "" : " job " + jobId) + " "
                + (passed ? "passed" : "failed") + "}";
    }

    /** The power at which {@link #detectableTvd()} is stated. */
    public static final double REPORTED_POWER = 0.9;

    /** Builds a {@link CheckRecord}. */
    public static final class Builder {
        private final CheckKind kind;
        private String test;
        private String jobId;
        private String backend;
        private String title;
        private String statisticName;
        private double statistic = Double.NaN;
        private String threshold;
        private Double pValue;
        private Double level;
        private Integer familyIndex;
        private Double familyAlpha;
        private boolean passed;
        private String explanation;
        private String message;
        private Map<String, Double> observed = Map.of();
        private Long observedShots;
        private String referenceLabel;
        private Map<String, Double> reference;
        private Long referenceShots;
        private int omittedOutcomes;
        private double omittedObserved;
        private double omittedReference;
        private Double detectableTvd;
        private Double declaredTvd;
        private String found;
        private Instant at;

        private Builder(CheckKind kind) {
            this.kind = Objects.requireNonNull(kind, "kind");
        }

        /**
         * @param test the test's display name
         * @return this
         */
        public Builder test(String test) {
            this.test = test;
            return this;
        }

        /**
         * @param jobId the job checked
         * @param backend its backend
         * @return this
         */
        public Builder job(String jobId, String backend) {
            this.jobId = jobId;
            this.backend = backend;
            return this;
        }

        /**
         * @param title a short title
         * @return this
         */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /**
         * @param name the statistic's symbol
         * @param value its value
         * @return this
         */
        public Builder statistic(String name, double value) {
            this.statisticName = name;
            this.statistic = value;
            return this;
        }

        /**
         * @param threshold the threshold as text
         * @return this
         */
        public Builder threshold(String threshold) {
            this.threshold = threshold;
            return this;
        }

        /**
         * @param pValue      the p-value
         * @param level       the level it was decided at
         * @param familyIndex its position in the run's statistical family
         * @param familyAlpha the family-wise α
         * @return this
         */
        public Builder decision(double pValue, double level, int familyIndex, double familyAlpha) {
            this.pValue = pValue;
            this.level = level;
            this.familyIndex = familyIndex;
            this.familyAlpha = familyAlpha;
            return this;
        }

        /**
         * @param passed whether it passed
         * @return this
         */
        public Builder passed(boolean passed) {
            this.passed = passed;
            return this;
        }

        /**
         * @param explanation what the statistic and threshold mean
         * @return this
         */
        public Builder explanation(String explanation) {
            this.explanation = explanation;
            return this;
        }

        /**
         * @param message the failure message
         * @return this
         */
        public Builder message(String message) {
            this.message = message;
            return this;
        }

        /**
         * @param observed probabilities by bitstring
         * @param shots shots behind them, or null
         * @return this
         */
        public Builder observed(Map<String, Double> observed, Long shots) {
            this.observed = Objects.requireNonNull(observed, "observed");
            this.observedShots = shots;
            return this;
        }

        /**
         * @param label     what the reference is, such as {@code expected}
         * @param reference probabilities by bitstring
         * @param shots     shots behind them, or null
         * @return this
         */
        public Builder reference(String label, Map<String, Double> reference, Long shots) {
            this.referenceLabel = label;
            this.reference = reference;
            this.referenceShots = shots;
            return this;
        }

        /**
         * Says that the distributions leave out less likely outcomes (a wide result is not kept whole).
         *
         * @param outcomes       how many outcomes were left out
         * @param observedMass   their observed probability
         * @param referenceMass  their reference probability
         * @return this
         */
        public Builder omitted(int outcomes, double observedMass, double referenceMass) {
            this.omittedOutcomes = outcomes;
            this.omittedObserved = observedMass;
            this.omittedReference = referenceMass;
            return this;
        }

        /**
         * @param tvd the smallest TVD the check detects at its shots with power {@value #REPORTED_POWER}
         * @return this
         */
        public Builder detects(double tvd) {
            this.detectableTvd = tvd;
            return this;
        }

        /**
         * @param tvd the tolerance the check declared, as a total variation distance
         * @return this
         */
        public Builder declaredTvd(double tvd) {
            this.declaredTvd = tvd;
            return this;
        }

        /**
         * @param found what a check without a number found, such as a job's status
         * @return this
         */
        public Builder found(String found) {
            this.found = found;
            return this;
        }

        /**
         * @param at when the check ran
         * @return this
         */
        public Builder at(Instant at) {
            this.at = at;
            return this;
        }

        /** @return the record */
        public CheckRecord build() {
            return new CheckRecord(this);
        }
    }
}
