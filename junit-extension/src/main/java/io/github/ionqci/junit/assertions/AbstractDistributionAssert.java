package io.github.ionqci.junit.assertions;

import io.github.ionqci.client.job.Job;
import io.github.ionqci.client.result.Bitstrings;
import io.github.ionqci.client.result.Distribution;
import io.github.ionqci.client.result.Histogram;
import io.github.ionqci.client.result.Probabilities;
import io.github.ionqci.junit.baseline.Baselines;
import io.github.ionqci.junit.report.CheckRecord;
import io.github.ionqci.junit.run.IonQRun;
import io.github.ionqci.junit.run.JobResults;
import io.github.ionqci.junit.run.StatisticalFamily;
import io.github.ionqci.junit.run.TestIdentity;
import io.github.ionqci.junit.statistics.GoodnessOfFit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.assertj.core.api.AbstractObjectAssert;
import org.assertj.core.data.Offset;

/**
 * Assertions on a measured result distribution: a job's {@link Probabilities} or {@link Histogram}.
 *
 * <p>Outcomes are written as bitstrings with <b>qubit 0 rightmost</b> ({@code "001"}: only qubit 0 set)
 * or as IonQ's basis-state integers (qubit 0 the least significant bit). Every check is recorded in the
 * report of the run the assertion chain belongs to ({@link IonQRun}); statistical checks also count in
 * that run's {@link StatisticalFamily}.
 *
 * <pre>{@code
 * assertThat(job).isCompleted()
 *     .histogram()
 *     .containsOnlyOutcomes("00", "11")
 *     .isCloseTo(Map.of("00", 0.5, "11", 0.5), tvd(0.05))
 *     .fitsDistribution(Map.of("00", 0.5, "11", 0.5));
 * }</pre>
 *
 * <p>Each check computes a {@link Verdict} ({@link Checks}); {@link FailureMessages} words a failure,
 * {@link ReportRecords} the report's record, and {@link Baselines} owns the baseline files.
 *
 * @param <SELF>   the assertion's own type
 * @param <ACTUAL> the distribution type
 */
public abstract class AbstractDistributionAssert<SELF extends AbstractDistributionAssert<SELF, ACTUAL>,
        ACTUAL extends Distribution> extends AbstractObjectAssert<SELF, ACTUAL> {

    private static final StackWalker CALLER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

    private ResultContext context;
    /** The full expected distribution an earlier check in this chain compared with, for the report; or null. */
    private Distribution knownExpected;

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
        return conclude(Checks.outcomes(observed(), wanted, extraWidth));
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
        return hasProbabilityOf(Bitstrings.parse(bitstring), bitstring.length(), expected, within);
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
        return conclude(Checks.probability(observed(), state, extraWidth, expected, within.value, within.strict));
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
                context.source(), context.run(), context.test()));
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
        int width = observed().width(z.text().length());
        double value = z.expectation(actual);
        Long shots = actual instanceof Histogram h ? Long.valueOf(h.total()) : exactProbabilities() ? null : context.shots();
        if (shots == null) {
            return conclude(new Verdict.Expectation(z.text(), z.qubits(), value, expected, within.value, null, 0, 1,
                    null, width));
        }
        double se = Math.sqrt(Math.max(0, 1 - value * value) / shots);
        double excess = Math.abs(value - expected) - within.value;
        double pValue = excess <= 0 ? 1.0 : se == 0 ? 0.0
                : 2 * org.apache.commons.statistics.distribution.NormalDistribution.of(0, 1).survivalProbability(excess / se);
        return conclude(new Verdict.Expectation(z.text(), z.qubits(), value, expected, within.value, shots, se, pValue,
                context.run().family().decide(pValue), width));
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
        return mostLikely(Bitstrings.parse(bitstring), bitstring.length());
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
        return conclude(Checks.mostLikely(observed(), state, extraWidth));
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
        boolean margin = tolerance instanceof Tolerance.TotalVariation tvd && tvd.samplingDelta() != null;
        Histogram counts = margin ? counts("a sampling margin") : null;
        return conclude(Checks.distance(observed(), expected, tolerance, counts));
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
        return conclude(Checks.fidelity(observed(), expected, minimum));
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
        return conclude(Checks.fit(observed(), counts, expected, method, context.run().family()));
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
                        .plusSamplingError(context.run().family().alpha()));
            }
        } catch (AssertionError failure) {
            AssertionError described = new AssertionError(failure.getMessage() + "\n" + simulation.describe(), failure);
            throw described;
        }
        return myself;
    }

    /**
     * Two-sample χ² homogeneity test: could this result and {@code other} come from the same distribution?
     * Decided at the run's significance level (see {@link StatisticalFamily}).
     *
     * @param other the other histogram
     * @return this
     */
    public SELF isHomogeneousWith(Histogram other) {
        return homogeneity(other, "the other histogram", null, false, null);
    }

    /**
     * Two-sample χ² homogeneity test against another job's histogram, fetched where the run fetches that
     * job's results (it was injected too), else where this job's results came from.
     *
     * @param other the other job, completed
     * @return this
     */
    public SELF isHomogeneousWith(Job other) {
        Objects.requireNonNull(other, "other");
        JobResults source = context.run().results(other.id()).orElse(context.source());
        if (source == null) {
            throw new IllegalStateException("No result source knows job " + other.id() + ": inject it with @IonQJob in"
                    + " a test of the IonQ extension, or fetch its histogram yourself and pass that"
                    + " (isHomogeneousWith(client.getHistogram(other)))");
        }
        return homogeneity(source.histogram(other), "the histogram of job " + other.id(), other, false, null);
    }

    /**
     * Compares this result with the test's stored baseline
     * ({@code src/test/resources/ionq/baselines/<fully.qualified.TestClass>/<method>.json}) by the two-sample
     * homogeneity test.
     * <ul>
     *   <li>No baseline yet: the counts are recorded as the baseline and the check passes (and is reported,
     *       and the file is named on the console to be committed); when the run is CI ({@code CI=true} or
     *       {@code ionq.ci=true}) it fails instead.</li>
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
        TestIdentity test = context.test();
        if (test == null) {
            throw new IllegalStateException("matchesBaseline() needs to know which test is running, to name the "
                    + "baseline file: use it in a test run by the IonQ extension (@IonQTest)");
        }
        Histogram counts = counts("a baseline comparison");
        int width = observed().width(0);
        Baselines.Step step = Baselines.prepare(context.run(), test, name, counts, width, context.job());
        if (step instanceof Baselines.Missing missing) {
            return conclude(new Verdict.BaselineMissing(counts, missing.shown(), test.displayName(), width));
        }
        if (step instanceof Baselines.Recorded recorded) {
            return conclude(new Verdict.BaselineRecorded(counts, recorded.shown(), recorded.rewritten(), width));
        }
        Baselines.Compare compare = (Baselines.Compare) step;
        return homogeneity(compare.baseline(), "its baseline " + compare.shown() + " (" + compare.provenance() + ")",
                null, true, Baselines.rewriteHint());
    }

    private SELF homogeneity(Histogram other, String otherText, Job otherJob, boolean baseline, String hint) {
        isNotNull();
        Histogram counts = counts(baseline ? "a baseline comparison" : "a homogeneity test");
        return conclude(Checks.homogeneity(observed(), counts, other, otherText, otherJob, baseline, hint,
                context.run().family()));
    }

    // ---------------------------------------------------------------- plumbing

    private Observed observed() {
        return new Observed(actual, context);
    }

    /** Records the verdict in the run's report, and throws the assertion error when it failed. */
    private SELF conclude(Verdict verdict) {
        Observed observed = observed();
        Distribution expected = expectedOf(verdict);
        if (expected != null) {
            knownExpected = expected;
        }
        CheckRecord.Builder record = ReportRecords.of(verdict, observed, knownExpected);
        if (verdict.passed()) {
            context.run().report().record(record.build());
            return myself;
        }
        FailureMessages.Failure failure = FailureMessages.of(verdict, observed);
        AssertionError error = failed(failure.actual(), failure.expected(), failure.message());
        context.run().report().record(record.message(error.getMessage()).build());
        throw error;
    }

    /** @return the full expected distribution a verdict compared with, or null */
    private static Distribution expectedOf(Verdict verdict) {
        if (verdict instanceof Verdict.Distance v) {
            return v.expected();
        }
        if (verdict instanceof Verdict.Fidelity v) {
            return v.expected();
        }
        if (verdict instanceof Verdict.Fit v) {
            return v.expected();
        }
        return null;
    }

    /**
     * @return the observed counts: the histogram itself, or round(p × shots) from probabilities with known shots
     */
    private Histogram counts(String purpose) {
        Observed observed = observed();
        String problem = observed.countsProblem(purpose);
        if (problem != null) {
            throw failed(null, null, problem);
        }
        return observed.counts();
    }

    private AssertionError failed(Object actualValue, Object expectedValue, String message) {
        if (actualValue == null && expectedValue == null) {
            return failure("%s", message);
        }
        return failureWithActualExpected(actualValue, expectedValue, "%s", message);
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
            states.add(Bitstrings.parse(bitstring));
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

    private static long checkState(long state) {
        if (state < 0) {
            throw new IllegalArgumentException("A basis state cannot be negative, but was " + state);
        }
        return state;
    }
}
