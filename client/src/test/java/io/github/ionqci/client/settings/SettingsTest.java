package io.github.ionqci.client.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ionqci.client.IonQConfig;
import io.github.ionqci.client.IonQConfigurationException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {

    @Test
    void booleansAreTrueOrFalseAndNothingElse() {
        assertThat(SettingsParser.parseBoolean("ionq.emulator", " TRUE ")).isTrue();
        assertThat(SettingsParser.parseBoolean("ionq.emulator", "false")).isFalse();
        for (String bad : List.of("yes", "1", "on", "", "tru")) {
            assertThatThrownBy(() -> SettingsParser.parseBoolean("ionq.emulator", bad))
                    .isInstanceOf(IonQConfigurationException.class)
                    .hasMessage("ionq.emulator = \"" + bad + "\" is neither true nor false: set ionq.emulator=true"
                            + " or ionq.emulator=false");
        }
    }

    @Test
    void theClientConfigurationReadsBooleansTheSameWay() {
        assertThatThrownBy(() -> IonQConfig.builder().lookup(Map.of("ionq.emulator", "yes")::get).build())
                .isInstanceOf(IonQConfigurationException.class)
                .hasMessageStartingWith("ionq.emulator = \"yes\" is neither true nor false");
    }

    @Test
    void durationsNumbersAndTheirMessagesNameTheSetting() {
        assertThat(SettingsParser.parsePositiveDuration("ionq.await.timeout", "1m30s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(SettingsParser.parseDuration("ionq.emulator.queueing", "0s")).isZero();
        assertThatThrownBy(() -> SettingsParser.parsePositiveDuration("ionq.await.timeout", "0ms"))
                .hasMessageStartingWith("ionq.await.timeout: \"0ms\" is zero");
        assertThatThrownBy(() -> SettingsParser.parseDuration("ionq.await.timeout", "ten"))
                .hasMessageStartingWith("ionq.await.timeout: \"ten\" is not a duration");
        assertThat(SettingsParser.parseInt("ionq.submit.shots", " 500 ")).isEqualTo(500);
        assertThatThrownBy(() -> SettingsParser.parseInt("ionq.submit.shots", "many"))
                .hasMessageStartingWith("ionq.submit.shots = \"many\" is not a whole number");
        assertThatThrownBy(() -> SettingsParser.parseNumber("ionq.stats.alpha", "NaN"))
                .hasMessageStartingWith("ionq.stats.alpha = \"NaN\" is not a number");
    }

    @Test
    void eachKnownSettingChecksItsKind() {
        Setting emulator = KnownSettings.find("ionq.emulator").orElseThrow();
        assertThat(emulator.kind()).isEqualTo(SettingKind.BOOLEAN);
        assertThatThrownBy(() -> emulator.check("yes")).isInstanceOf(IonQConfigurationException.class);
        KnownSettings.find("ionq.api-key").orElseThrow().check("anything at all");
        KnownSettings.find("ionq.await.timeout").orElseThrow().check("");
        assertThat(KnownSettings.find("ionq.await.timout")).isEmpty();
    }

    @Test
    void misspelledSettingsGetTheClosestRealName() {
        assertThat(KnownSettings.suggestion("ionq.await.timout")).contains("ionq.await.timeout");
        assertThat(KnownSettings.suggestion("ionq.baseline.update")).contains("ionq.baselines.update");
        assertThat(KnownSettings.suggestion("ionq.base-uri")).contains("ionq.base-url");
        assertThat(KnownSettings.suggestion("ionq.something.else.entirely")).isEmpty();
    }

    @Test
    void unknownNamesWarnWithoutShowingValuesAndOthersAreIgnored() {
        List<String> warnings = KnownSettings.unknown(List.of("ionq.await.timout", "ionq.await.timeout", "user.home",
                "ionq.zzz"), "Maven user property");
        assertThat(warnings).containsExactly(
                "The Maven user property ionq.await.timout is not an ionq-ci setting, so nothing reads it:"
                        + " did you mean ionq.await.timeout?",
                "The Maven user property ionq.zzz is not an ionq-ci setting, so nothing reads it: see"
                        + " docs/configuration.md for the settings there are.");
    }
}
