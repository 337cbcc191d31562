package io.github.ionqci.junit.report;

import static io.github.ionqci.junit.assertions.IonQAssertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.ionqci.client.result.Histogram;
import io.github.ionqci.junit.run.IonQRun;
import io.github.ionqci.junit.run.RunConfiguration;
import java.util.Map;

/** Records single checks made by real assertions, for report tests. */
final class CheckRecordsOf {

    private CheckRecordsOf() {
    }

    /** @return the record of a {@code hasProbability} that no earlier check in its chain gave a distribution */
    static CheckRecord probabilityAlone() {
        IonQRun run = IonQRun.create(RunConfiguration.NONE);
        try (IonQRun.Scope scope = run.enter(null)) {
            assertThat(Histogram.ofBitstrings(Map.of("00", 498, "11", 502))).hasProbability("11", 0.5, within(0.05));
        }
        return run.report().checks().get(0);
    }
}
