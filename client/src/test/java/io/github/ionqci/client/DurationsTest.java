package io.github.ionqci.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTest {

    @ParameterizedTest
    @CsvSource({"30s, PT30S", "10m, PT10M", "500ms, PT0.5S", "2h, PT2H", "1d, PT24H", "1m30s, PT1M30S",
            "1.5s, PT1.5S", "PT10M, PT10M", "pt10m, PT10M", "' 10M ', PT10M", "0s, PT0S"})
    void parses(String text, String expected) {
        assertThat(Durations.parse(text)).isEqualTo(Duration.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "10", "ten", "10 minutes", "-5s", "s", "PT-5S", "1x"})
    void rejectsWithTheAcceptedForms(String text) {
        assertThatThrownBy(() -> Durations.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("\"" + text + "\" is not a duration: write a number and a unit (500ms, 30s, 10m, 2h,"
                        + " 1d, or combined as 1m30s) or ISO-8601 (PT10M)");
    }

    @ParameterizedTest
    @CsvSource({"PT1M30S, 1m30s", "PT0.25S, 250ms", "PT1.5S, 1.5s", "PT2H, 2h", "PT0S, 0s"})
    void formatsBackToParseableText(String iso, String expected) {
        Duration d = Duration.parse(iso);
        assertThat(Durations.format(d)).isEqualTo(expected);
        assertThat(Durations.parse(Durations.format(d))).isEqualTo(d);
    }

    @ParameterizedTest
    @ValueSource(strings = {"213504d", "1000000d", "106752d", "106751d1d", "99999999999999999999h", "PT2562048H",
            "PT9999999999999999H", "P999999999D"})
    void rejectsWhatDoesNotFitInsteadOfWrapping(String text) {
        assertThatThrownBy(() -> Durations.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("\"" + text + "\" is longer than the longest duration supported, 106751d (about 292"
                        + " years, the most nanoseconds a long holds): give a shorter one");
    }

    @Test
    void theLongestDurationStillParses() {
        assertThat(Durations.parse("106751d")).isEqualTo(Duration.ofDays(106751));
        assertThat(Durations.parse("106751d").toNanos()).isPositive();
    }
}
