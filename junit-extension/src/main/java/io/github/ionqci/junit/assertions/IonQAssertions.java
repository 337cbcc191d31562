package io.github.ionqci.junit.assertions;

import io.github.ionqci.client.IonQClient;
import io.github.ionqci.client.job.Job;
import io.github.ionqci.client.result.Histogram;
import io.github.ionqci.client.result.Probabilities;
import java.util.Map;
import org.assertj.core.api.Assertions;

/**
 * The entry point: AssertJ's {@link Assertions} plus assertions on IonQ jobs and result distributions.
 * One static import gives both.
 *
 * <pre>{@code
 * import static io.github.ionqci.junit.assertions.IonQAssertions.*;
 *
 * assertThat(job).isCompleted()
 *     .probabilities()
 *     .containsOnlyOutcomes("00", "11")
 *     .isCloseTo(Map.of("00", 0.5, "11", 0.5), tvd(0.05));
 * assertThat(job).histogram().fitsDistribution(Map.of("00", 0.5, "11", 0.5));
 * assertThat(job).distribution().matchesBaseline();
 * }</pre>
 *
 * <p>Outcomes are bitstrings with <b>qubit 0 rightmost</b>, or IonQ's basis-state integers.
 */
public class IonQAssertions extends Assertions {

    /** For subclasses that aggregate further assertions. */
    protected IonQAssertions() {
    }

    /**
     * Assertions on a job; results are fetched through the source the run of the test on this thread
     * registered for it (the extension registers one for every job it injects, and the assertion chain
     * keeps that run: see {@code io.github.ionqci.junit.run.IonQRun#current()}).
     *
     * @param job the job
     * @return assertions on it
     */
    public static JobAssert assertThat(Job job) {
        return new JobAssert(job, null);
    }

    /**
     * Assertions on a job outside the extension: results are fetched with {@code client}
     * (see {@link ResultSource#of(IonQClient)}).
     *
     * <pre>{@code
     * IonQClient client = IonQClient.create(IonQConfig.builder().fromEnvironment().build());
     * Job job = client.getJob(id);
     * assertThat(job, client).isCompleted().histogram().fitsDistribution(Map.of("00", 0.5, "11", 0.5));
     * }</pre>
     *
     * @param job    the job
     * @param client the client to fetch its results with
     * @return assertions on it
     */
    public static JobAssert assertThat(Job job, IonQClient client) {
        return new JobAssert(job, ResultSource.of(client));
    }

    /**
     * Assertions on a job whose results come from {@code source}.
     *
     * @param job    the job
     * @param source where to fetch its results
     * @return assertions on it
     */
    public static JobAssert assertThat(Job job, ResultSource source) {
        return new JobAssert(job, source);
    }

    /**
     * @param probabilities a probabilities result
     * @return assertions on it (use {@code withShots(n)} for checks that need counts)
     */
    public static DistributionAssert assertThat(Probabilities probabilities) {
        return new DistributionAssert(probabilities, ResultContext.bare("probabilities"));
    }

    /**
     * @param histogram a histogram result
     * @return assertions on it
     */
    public static DistributionAssert assertThat(Histogram histogram) {
        return new DistributionAssert(histogram, ResultContext.bare("histogram"));
    }

    /**
     * @param maximum the largest total variation distance allowed
     * @return {@link Tolerance#tvd(double)}
     */
    public static Tolerance.TotalVariation tvd(double maximum) {
        return Tolerance.tvd(maximum);
    }

    /**
     * @param maximum the largest Hellinger distance allowed
     * @return {@link Tolerance#hellinger(double)}
     */
    public static Tolerance.Hellinger hellinger(double maximum) {
        return Tolerance.hellinger(maximum);
    }

    /**
     * Expected probabilities keyed by IonQ basis state instead of bitstring.
     *
     * @param byState probabilities by basis state (qubit 0 the least significant bit); they must sum to 1
     * @return them as {@link Probabilities}
     */
    public static Probabilities byState(Map<Long, ? extends Number> byState) {
        long[] states = new long[byState.size()];
        double[] values = new double[byState.size()];
        int i = 0;
        for (Map.Entry<Long, ? extends Number> entry : byState.entrySet()) {
            states[i] = entry.getKey();
            values[i++] = entry.getValue().doubleValue();
        }
        try {
            return Probabilities.of(states, values, 0);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The expected distribution is not valid: " + e.getMessage(), e);
        }
    }
}
