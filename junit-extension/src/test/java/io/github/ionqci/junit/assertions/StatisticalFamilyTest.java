package io.github.ionqci.junit.assertions;

import static io.github.ionqci.junit.assertions.IonQAssertions.assertThat;
import static io.github.ionqci.junit.assertions.IonQAssertions.assertThatThrownBy;
import static io.github.ionqci.junit.assertions.IonQAssertions.within;

import io.github.ionqci.client.result.Histogram;
import io.github.ionqci.junit.report.CheckKind;
import io.github.ionqci.junit.report.CheckRecord;
import io.github.ionqci.junit.report.IonQReport;
import io.github.ionqci.junit.run.RunConfiguration;
import io.github.ionqci.junit.run.StatisticalFamily;
import io.github.ionqci.junit.support.RunScope;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class StatisticalFamilyTest {

    @RegisterExtension
    final RunScope run = new RunScope();

    @Test
    void withoutADeclaredSizeCheckJIsDecidedAtAlphaOverJ() {
        assertThat(run.run().family().alpha()).isEqualTo(0.001);
        StatisticalFamily.Decision first = run.run().family().decide(0.0009);
        StatisticalFamily.Decision second = run.run().family().decide(0.0009);
        StatisticalFamily.Decision third = run.run().family().decide(0.0002);

        assertThat(first.level()).isEqualTo(0.001);
        assertThat(first.rejected()).isTrue();
        assertThat(second.level()).isEqualTo(0.0005);
        assertThat(second.rejected()).isFalse();
        assertThat(third.level()).isCloseTo(0.001 / 3, within(1e-18));
        assertThat(third.rejected()).isTrue();
        assertThat(third.levelExplanation()).isEqualTo("family-wise α 0.001 / 3 statistical checks so far in this run");
        assertThat(run.run().family().size()).isEqualTo(3);
    }

    @Test
    void aDeclaredFamilySizeGivesBonferroniLevelsUntilItIsExceeded() {
        run.set(StatisticalFamily.FAMILY_SIZE_PROPERTY, "2");
        StatisticalFamily.Decision first = run.run().family().decide(0.5);
        run.run().family().decide(0.5);
        StatisticalFamily.Decision third = run.run().family().decide(0.5);

        assertThat(first.level()).isEqualTo(0.0005);
        assertThat(first.levelExplanation()).isEqualTo("family-wise α 0.001 / family size 2 from ionq.stats.family-size");
        assertThat(third.exceedsDeclaredSize()).isTrue();
        assertThat(third.level()).isCloseTo(0.001 / 3, within(1e-18));
        assertThat(third.levelExplanation()).isEqualTo(
                "family-wise α 0.001 / 3 statistical checks so far in this run, more than the declared family size 2");
    }

    @Test
    void alphaComesFromASystemPropertyThenJUnitConfiguration() {
        Map<String, String> systemProperties = new HashMap<>();
        StatisticalFamily family = new StatisticalFamily(RunConfiguration.of(systemProperties::get, name -> null,
                key -> StatisticalFamily.ALPHA_PROPERTY.equals(key) ? Optional.of("0.01") : Optional.empty()));
        assertThat(family.alpha()).isEqualTo(0.01);
        systemProperties.put(StatisticalFamily.ALPHA_PROPERTY, "0.05");
        assertThat(family.alpha()).isEqualTo(0.05);
    }

    @Test
    void badSettingsSayWhatIsWrong() {
        run.set(StatisticalFamily.ALPHA_PROPERTY, "5%");
        assertThatThrownBy(run.run().family()::alpha).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ionq.stats.alpha must be a number between 0 and 1 (exclusive), such as 0.001, but was \"5%\"");
        run.set(StatisticalFamily.ALPHA_PROPERTY, null);
        run.set(StatisticalFamily.FAMILY_SIZE_PROPERTY, "0");
        assertThatThrownBy(run.run().family()::declaredSize)
                .hasMessage("ionq.stats.family-size must be a whole number of at least 1, such as 40, but was \"0\"");
    }

    @Test
    void theReportAppliesHolmOverTheWholeRunAndFlagsDisagreements() {
        run.set(StatisticalFamily.ALPHA_PROPERTY, "0.05");
        // scipy.stats.chisquare: X² = 4.4944, p = 0.0340 and X² = 2.25, p = 0.1336
        Histogram moreDrifted = Histogram.ofBitstrings(Map.of("0", 5_106, "1", 4_894));
        Histogram drifted = Histogram.ofBitstrings(Map.of("0", 5_075, "1", 4_925));
        Map<String, Double> fair = Map.of("0", 0.5, "1", 0.5);

        // decided first, at 0.05/1, so it fails when it runs
        assertThatThrownBy(() -> assertThat(moreDrifted).fitsDistribution(fair))
                .hasMessageContaining("gives p = 0.03401, at or below the level 0.05\n");
        assertThat(drifted).fitsDistribution(fair);   // p = 0.134 > 0.025

        IonQReport.FamilyVerdicts holm = run.run().report().holm();
        assertThat(holm.size()).isEqualTo(2);
        assertThat(holm.alpha()).isEqualTo(0.05);
        // Holm over m = 2: 0.034 > 0.05/2, so nothing is rejected; the first check's run-time verdict was stricter
        assertThat(holm.rejected()).containsExactly(false, false);
        assertThat(holm.disagreements()).extracting(CheckRecord::passed).containsExactly(false);
    }

    @Test
    void distanceChecksAreReportedButAreNotPartOfTheFamily() {
        Histogram fair = Histogram.ofBitstrings(Map.of("0", 500, "1", 500));
        assertThat(fair).isCloseTo(Map.of("0", 0.5, "1", 0.5), IonQAssertions.tvd(0.1));
        assertThat(run.run().family().size()).isZero();
        assertThat(run.run().report().holm().size()).isZero();
        assertThat(run.checks()).extracting(CheckRecord::kind).containsExactly(CheckKind.TOTAL_VARIATION);
    }
}
