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

    @Test
    void aChoiceIsOneOfItsWordsAndTheErrorListsThem() {
        assertThat(KnownSettings.choice("ionq.emulator.noise-per", " Native ")).isEqualTo("native");
        assertThat(KnownSettings.choice("ionq.emulator.noise-per", "submitted")).isEqualTo("submitted");
        assertThat(KnownSettings.choice("ionq.emulator.results-form", "URL")).isEqualTo("url");
        for (String bad : List.of("nativ", "per-gate", "")) {
            assertThatThrownBy(() -> KnownSettings.choice("ionq.emulator.noise-per", bad))
                    .isInstanceOf(IonQConfigurationException.class)
                    .hasMessage("ionq.emulator.noise-per = \"" + bad + "\" is not one of its values: set"
                            + " ionq.emulator.noise-per=submitted or ionq.emulator.noise-per=native");
        }
        Setting noisePer = KnownSettings.find("ionq.emulator.noise-per").orElseThrow();
        assertThat(noisePer.kind()).isEqualTo(SettingKind.CHOICE);
        assertThat(noisePer.choices()).containsExactly("submitted", "native");
        noisePer.check("");   // unset passes, as for every kind
        assertThatThrownBy(() -> noisePer.check("gate")).hasMessageStartingWith("ionq.emulator.noise-per = \"gate\"");
        assertThatThrownBy(() -> KnownSettings.choice("ionq.emulator", "true"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a known setting with a list");
    }

    @Test
    void aChoiceSettingNeedsWordsAndOtherKindsTakeNone() {
        assertThatThrownBy(() -> new Setting("ionq.x", SettingKind.CHOICE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs its list of words");
        assertThatThrownBy(() -> new Setting("ionq.x", SettingKind.TEXT, List.of("a")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("takes no list of words");
    }
}
