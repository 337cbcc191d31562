package io.github.ionqci.emulator.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The average and voting aggregations on hand-made variant histograms, including a tied vote. */
class AggregationsTest {

    private static ResultData variant(Map<Long, Long> histogram) {
        return ResultData.of(null, histogram, null, null, false);
    }

    @Test
    void averageAddsTheVariantsUpAndVotingGivesEachVariantOneVote() {
        List<ResultData> variants = List.of(variant(Map.of(0L, 60L, 3L, 40L)), variant(Map.of(0L, 45L, 3L, 55L)),
                variant(Map.of(0L, 70L, 1L, 30L)), variant(Map.of(3L, 50L, 0L, 50L)));

        ResultData average = Aggregations.average(variants, 400);
        ResultData voting = Aggregations.voting(variants, 400);

        assertThat(average.histogram()).isEqualTo(Map.of(0L, 225L, 1L, 30L, 3L, 145L));
        // votes: 0, 3, 0, and the last variant's tie split half-half between 0 and 3
        assertThat(voting.probabilities()).isEqualTo(Map.of(0L, 2.5 / 4, 3L, 1.5 / 4));
        assertThat(voting.histogram()).isEqualTo(Map.of(0L, 250L, 3L, 150L));
        assertThat(voting.histogram()).doesNotContainKey(1L);
    }

    @Test
    void noHistogramsNoAggregation() {
        List<ResultData> ideal = List.of(ResultData.of(Map.of(0L, 1.0), null, null, null, false));
        assertThat(Aggregations.average(ideal, 100)).isNull();
        assertThat(Aggregations.voting(ideal, 100)).isNull();
    }
}
