package io.github.ionqci.junit.assertions;

import io.github.ionqci.client.result.Distribution;

/**
 * Assertions on a job's probabilities or histogram; see {@link AbstractDistributionAssert} for the checks.
 * Get one from {@link IonQAssertions#assertThat(io.github.ionqci.client.result.Histogram)} or by
 * navigating from a job: {@code assertThat(job).histogram()}.
 *
 * <pre>{@code
 * assertThat(histogram).containsOnlyOutcomes("000", "111").fitsDistribution(Map.of("000", 0.5, "111", 0.5));
 * }</pre>
 */
public class DistributionAssert extends AbstractDistributionAssert<DistributionAssert, Distribution> {

    DistributionAssert(Distribution actual, ResultContext context) {
        super(actual, context, DistributionAssert.class);
    }
}
