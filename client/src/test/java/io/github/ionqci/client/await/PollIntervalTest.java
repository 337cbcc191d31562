package io.github.ionqci.client.await;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PollIntervalTest {

    private static final PollInterval DEFAULT = PollInterval.growing(Duration.ofSeconds(1), 1.5, Duration.ofSeconds(30));
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant FAR = NOW.plus(Duration.ofHours(1));

    @Test
    void growsByTheFactorUpToTheMaximum() {
        assertThat(DEFAULT.after(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(DEFAULT.after(2)).isEqualTo(Duration.ofMillis(1500));
        assertThat(DEFAULT.after(3)).isEqualTo(Duration.ofMillis(2250));
        assertThat(DEFAULT.after(20)).isEqualTo(Duration.ofSeconds(30));
        assertThat(PollInterval.fixed(Duration.ofMillis(200)).after(9)).isEqualTo(Duration.ofMillis(200));
    }

    @Test
    void withoutPredictionsTheGrowingIntervalIsUsed() {
        assertThat(JobAwaiter.intervalFor(DEFAULT, 3, NOW, null, true, FAR)).isEqualTo(Duration.ofMillis(2250));
    }

    @Test
    void aPredictedWaitLengthensTheRoundButNotBeyondTheMaximum() {
        assertThat(JobAwaiter.intervalFor(DEFAULT, 1, NOW, NOW.plusSeconds(12), false, FAR))
                .isEqualTo(Duration.ofSeconds(12));
        assertThat(JobAwaiter.intervalFor(DEFAULT, 1, NOW, NOW.plusSeconds(600), false, FAR))
                .isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void aPredictedEndSoonerThanTheIntervalShortensItButNotBelowTheFirstInterval() {
        assertThat(JobAwaiter.intervalFor(DEFAULT, 10, NOW, NOW.plusSeconds(4), true, FAR))
                .isEqualTo(Duration.ofSeconds(4));
        assertThat(JobAwaiter.intervalFor(DEFAULT, 10, NOW, NOW.plusMillis(100), false, FAR))
                .isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void jobsWithoutPredictionKeepTheGrowingInterval() {
        // one job predicted in 20s, another without prediction: poll at the growing interval
        assertThat(JobAwaiter.intervalFor(DEFAULT, 2, NOW, NOW.plusSeconds(20), true, FAR))
                .isEqualTo(Duration.ofMillis(1500));
    }

    @Test
    void neverPastTheDeadline() {
        Duration interval = JobAwaiter.intervalFor(DEFAULT, 20, NOW, null, true, NOW.plusSeconds(5));
        assertThat(interval).isLessThan(Duration.ofSeconds(5)).isGreaterThan(Duration.ofMillis(4900));
        assertThat(JobAwaiter.intervalFor(DEFAULT, 20, NOW, null, true, NOW)).isEqualTo(Duration.ofMillis(1));
    }

    @Test
    void invalidIntervals() {
        assertThatThrownBy(() -> PollInterval.growing(Duration.ofSeconds(2), 1.5, Duration.ofSeconds(1)))
                .hasMessage("The longest poll interval (1s) is shorter than the first (2s)");
        assertThatThrownBy(() -> PollInterval.growing(Duration.ofSeconds(1), 0.5, Duration.ofSeconds(1)))
                .hasMessage("The poll interval's growth must be from 1 to 100, but was 0.5");
    }
}
