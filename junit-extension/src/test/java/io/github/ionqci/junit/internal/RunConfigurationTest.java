package io.github.ionqci.junit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ionqci.junit.run.IonQRun;
import io.github.ionqci.junit.run.RunConfiguration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/** Precedence: system property, then environment variable, then JUnit configuration parameter. */
class RunConfigurationTest {

    private static RunConfiguration lookup(Map<String, String> properties, Map<String, String> environment,
                                           Map<String, String> junit) {
        return RunConfiguration.of(properties::get, environment::get, name -> Optional.ofNullable(junit.get(name)));
    }

    @Test
    void systemPropertyBeatsEnvironmentBeatsJUnitConfiguration() {
        RunConfiguration all = lookup(Map.of("ionq.emulator", "false"), Map.of("IONQ_EMULATOR", "true"),
                Map.of("ionq.emulator", "true"));
        RunConfiguration envAndJunit = lookup(Map.of(), Map.of("IONQ_EMULATOR", "true"), Map.of("ionq.emulator", "no"));
        RunConfiguration junitOnly = lookup(Map.of(), Map.of(), Map.of("ionq.emulator", "true"));

        assertThat(all.setting("ionq.emulator")).contains("false");
        assertThat(envAndJunit.setting("ionq.emulator")).contains("true");
        assertThat(junitOnly.emulatorRequested()).isTrue();
        assertThat(lookup(Map.of(), Map.of(), Map.of()).emulatorRequested()).isFalse();
    }

    @Test
    void settingsWithoutAnEnvironmentVariableIgnoreTheEnvironment() {
        RunConfiguration config = lookup(Map.of(), Map.of("IONQ_AWAIT_TIMEOUT", "1s"), Map.of());

        assertThat(config.setting("ionq.await.timeout")).isEmpty();
    }

    @Test
    void placeholdersTryTheNameThenItsEnvironmentForm() {
        RunConfiguration config = lookup(Map.of("from.property", "p"),
                Map.of("bell.job", "exact", "GHZ_JOB", "upper"), Map.of("from.junit", "j"));

        assertThat(config.placeholder("from.property")).contains("p");
        assertThat(config.placeholder("bell.job")).contains("exact");
        assertThat(config.placeholder("ghz.job")).contains("upper");
        assertThat(config.placeholder("from.junit")).contains("j");
        assertThat(config.placeholder("nowhere")).isEmpty();
    }

    @Test
    void blankValuesCountAsUnset() {
        RunConfiguration config = lookup(Map.of("x.y", " "), Map.of("X_Y", ""), Map.of("x.y", "set"));

        assertThat(config.placeholder("x.y")).contains("set");
    }

    @Test
    void expandsPlaceholdersFromEveryEnvironmentForm() {
        RunConfiguration config = lookup(Map.of(), Map.of("BELL_JOB", "0b5c1d7e-0000-4000-8000-000000000001"), Map.of());

        assertThat(Placeholders.expand("${bell.job}", config, "test"))
                .isEqualTo("0b5c1d7e-0000-4000-8000-000000000001");
        assertThat(Placeholders.expand("no placeholder", config, "test")).isEqualTo("no placeholder");
    }

    @Test
    void eachRunReadsItsOwnEnvironmentAndConfigurationParameters() {
        IonQRun first = IonQRun.create(lookup(Map.of(), Map.of("CI", " true ", "IONQ_EMULATOR", "true"),
                Map.of("ionq.test.setting", "on")));
        IonQRun second = IonQRun.create(lookup(Map.of(), Map.of(), Map.of()));

        assertThat(first.settings().environment("CI")).contains("true");
        assertThat(first.settings().environment("UNSET")).isEmpty();
        assertThat(first.settings().setting("ionq.test.setting")).contains("on");
        assertThat(first.settings().emulatorRequested()).isTrue();

        assertThat(second.settings().setting("ionq.test.setting")).isEmpty();
        assertThat(second.settings().emulatorRequested()).isFalse();
    }

    @Test
    void isTrueIsCaseInsensitiveFalseWhenUnsetAndRefusesAnythingElse() {
        RunConfiguration config = lookup(Map.of("a.b", "TRUE"), Map.of(), Map.of("c.d", "yes", "g.h", "False"));

        assertThat(config.isTrue("a.b")).isTrue();
        assertThat(config.isTrue("g.h")).isFalse();
        assertThat(config.isTrue("e.f")).isFalse();
        assertThatThrownBy(() -> config.isTrue("c.d"))
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessageStartingWith("c.d = \"yes\" is neither true nor false: set c.d=true or c.d=false");
    }
}
