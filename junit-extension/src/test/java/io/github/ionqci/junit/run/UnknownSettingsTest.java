package io.github.ionqci.junit.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ionqci.junit.baseline.BaselineStore;
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
                "[ionq] WARNING: The system property ionq.await.timout is not an ionq-ci setting, so nothing reads it:"
                        + " did you mean ionq.await.timeout?",
                "[ionq] WARNING: The system property ionq.baseline.update is not an ionq-ci setting, so nothing reads"
                        + " it: did you mean ionq.baselines.update?");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(String.join(System.lineSeparator(), warnings)
                + System.lineSeparator());
    }

    @Test
    void everySettingTheExtensionReadsIsKnown() {
        List<String> read = List.of(RunConfiguration.EMULATOR, RunConfiguration.AWAIT_TIMEOUT,
                RunConfiguration.POLL_INTERVAL, RunConfiguration.JOBS_FILE, RunConfiguration.REPORTS_DIR,
                StatisticalFamily.ALPHA_PROPERTY, StatisticalFamily.FAMILY_SIZE_PROPERTY,
                BaselineStore.UPDATE_PROPERTY,
                BaselineStore.DIR_PROPERTY,
                BaselineStore.CI_PROPERTY, "ionq.api-key", "ionq.base-url");
        assertThat(UnknownSettings.warn(read, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)))
                .isEmpty();
    }
}
