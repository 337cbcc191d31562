package io.github.ionqci.junit.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A misspelled {@code ionq.*} setting is named with the closest real one; real and foreign names pass quietly. */
class UnknownSettingsTest {

    @Test
    void misspelledSettingsWarnWithTheClosestRealName() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> warnings = UnknownSettings.warn(List.of("ionq.await.timout", "ionq.baseline.update", "java.home",
                "ionq.await.timeout", "ionq.stats.alpha", "ionq.result.bell.probabilities", "ionq.skip"),
                new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(warnings).containsExactly(
                "[ionq] WARNING: ionq.await.timout (system property) is not an ionq-ci setting and is ignored; did you"
                        + " mean ionq.await.timeout? The settings are listed in docs/configuration.md.",
                "[ionq] WARNING: ionq.baseline.update (system property) is not an ionq-ci setting and is ignored; did"
                        + " you mean ionq.baselines.update? The settings are listed in docs/configuration.md.");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(String.join(System.lineSeparator(), warnings)
                + System.lineSeparator());
    }

    @Test
    void theClosestNameIsARealOne() {
        assertThat(UnknownSettings.closest("ionq.stats.alpah")).isEqualTo("ionq.stats.alpha");
        assertThat(UnknownSettings.closest("ionq.emulater")).isEqualTo("ionq.emulator");
        assertThat(UnknownSettings.closest("ionq.report.dir")).isEqualTo("ionq.reports.dir");
        assertThat(UnknownSettings.KNOWN).contains(UnknownSettings.closest("ionq.anything-at-all"));
    }
}
