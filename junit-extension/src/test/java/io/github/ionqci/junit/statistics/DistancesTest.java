package io.github.ionqci.junit.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.ionqci.client.result.Histogram;
import io.github.ionqci.client.result.Probabilities;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DistancesTest {

    private static final Probabilities BELL = Probabilities.ofBitstrings(Map.of("00", 0.5, "11", 0.5));
    private static final Probabilities LEAKY = Probabilities.ofBitstrings(Map.of("00", 0.45, "01", 0.05, "11", 0.5));

    @Test
    void totalVariationCountsMissingKeysAsZero() {
        assertThat(Distances.totalVariation(BELL, LEAKY)).isCloseTo(0.05, within(1e-15));
        assertThat(Distances.totalVariation(LEAKY, BELL)).isCloseTo(0.05, within(1e-15));
    }

    @Test
    void hellingerFidelityIsQiskitsSquaredBhattacharyyaCoefficient() {
        // (√(0.5·0.45) + √(0.5·0.5))² = 0.9493416490252569; H = √(1 − BC) = 0.1601822430069672
        assertThat(Distances.hellingerFidelity(BELL, LEAKY)).isCloseTo(0.9493416490252569, within(1e-14));
        assertThat(Distances.hellinger(BELL, LEAKY)).isCloseTo(0.1601822430069672, within(1e-14));
    }

    @Test
    void identicalAndDisjointDistributions() {
        assertThat(Distances.hellingerFidelity(BELL, BELL)).isCloseTo(1.0, within(1e-15));
        assertThat(Distances.totalVariation(BELL, BELL)).isZero();
        Probabilities other = Probabilities.ofBitstrings(Map.of("01", 0.5, "10", 0.5));
        assertThat(Distances.hellingerFidelity(BELL, other)).isZero();
        assertThat(Distances.totalVariation(BELL, other)).isEqualTo(1.0);
        assertThat(Distances.hellinger(BELL, other)).isEqualTo(1.0);
    }

    @Test
    void histogramsAreNormalisedByTheirShots() {
        Histogram counts = Histogram.ofBitstrings(Map.of("00", 450, "01", 50, "11", 500));
        assertThat(Distances.totalVariation(counts, BELL)).isCloseTo(0.05, within(1e-15));
        assertThat(Distances.hellingerFidelity(counts, BELL)).isCloseTo(0.9493416490252569, within(1e-14));
    }

    @Test
    void calibratedFidelityFloor() {
        // 1 − χ²_{3, 0.999} / (4·1000) = 1 − 16.26623619623813 / 4000
        assertThat(Distances.calibratedFidelityFloor(4, 1000, 0.001)).isCloseTo(0.9959334409509405, within(1e-12));
    }
}
