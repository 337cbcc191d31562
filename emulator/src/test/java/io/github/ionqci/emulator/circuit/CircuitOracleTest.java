package io.github.ionqci.emulator.circuit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.ionqci.emulator.simulator.NoiseModel;
import org.junit.jupiter.api.Test;

class CircuitOracleTest {

    private static Circuit parse(CircuitBuilder builder) {
        return Circuits.parse(Circuits.CIRCUIT_V1, builder.input()).get(0);
    }

    private static CircuitBuilder ghz(int n) {
        CircuitBuilder b = CircuitBuilder.qis(n).gate("h", 0);
        for (int q = 1; q < n; q++) {
            b.cnot(q - 1, q);
        }
        return b;
    }

    @Test
    void idealDistributionIsExact() {
        ExpectedDistribution d = CircuitOracle.distribution(parse(ghz(5)), "ideal");
        assertThat(d.method()).isEqualTo(ExpectedDistribution.Method.STATE_VECTOR);
        assertThat(d.states()).containsExactly(0L, 31L);
        assertThat(d.probability(0)).isCloseTo(0.5, within(1e-15));
        assertThat(d.probability(31)).isCloseTo(0.5, within(1e-15));
        assertThat(d.exact()).isTrue();
    }

    @Test
    void noisyDistributionUpToTenQubitsIsTheDensityMatrix() {
        ExpectedDistribution d = CircuitOracle.distribution(parse(ghz(2)), "aria-1");
        assertThat(d.method()).isEqualTo(ExpectedDistribution.Method.DENSITY_MATRIX);
        assertThat(d.probability(1) + d.probability(2)).isCloseTo(0.0133 / 2, within(1e-15));
        ExpectedDistribution ten = CircuitOracle.distribution(parse(ghz(10)), "forte-1");
        assertThat(ten.method()).isEqualTo(ExpectedDistribution.Method.DENSITY_MATRIX);
        assertThat(ten.probabilities()).hasSizeGreaterThan(2);
        assertThat(java.util.Arrays.stream(ten.probabilities()).sum()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void widerNoisyCircuitIsEstimatedWithABound() {
        Circuit ghz12 = parse(ghz(12));
        ExpectedDistribution d = CircuitOracle.distribution(ghz12, "forte-1");
        assertThat(d.method()).isEqualTo(ExpectedDistribution.Method.SAMPLED_ERRORS);
        assertThat(d.exact()).isFalse();
        NoiseModel forte = NoiseModel.named("forte-1").orElseThrow();
        double errorMass = 1 - Math.pow(1 - 0.75 * forte.oneQubitError(), 1) * Math.pow(1 - 15.0 / 16 * forte.twoQubitError(), 11);
        assertThat(d.tvdErrorBound()).isPositive().isLessThanOrEqualTo(errorMass + 1e-9);
        // the error-free part alone already puts w0/2 on each GHZ outcome
        assertThat(d.probability(0)).isGreaterThan((1 - errorMass) / 2);
        assertThat(CircuitOracle.distribution(ghz12, "forte-1")).isEqualTo(d);   // seeded: reproducible
    }

    @Test
    void cnotIsHczH() {
        Circuit cnot = parse(CircuitBuilder.qis(2).cnot(0, 1));
        Circuit hczh = parse(CircuitBuilder.qis(2).gate("h", 1).controlled("z", new int[] {0}, 1).gate("h", 1));
        assertThat(CircuitOracle.compare(cnot, hczh).equivalent(1e-12)).isTrue();
    }

    @Test
    void swapIsThreeCnots() {
        Circuit swap = parse(CircuitBuilder.qis(2).swap(0, 1));
        Circuit cnots = parse(CircuitBuilder.qis(2).cnot(0, 1).cnot(1, 0).cnot(0, 1));
        assertThat(CircuitOracle.compare(swap, cnots).maxDeviation()).isLessThan(1e-12);
    }

    @Test
    void nativeMsCnotIsCnotUpToGlobalPhase() {
        Circuit cnot = parse(CircuitBuilder.qis(2).cnot(0, 1));
        Circuit ms = parse(CircuitBuilder.nativeGates(2)
                .raw("{\"gate\":\"gpi2\",\"phase\":0.25,\"target\":0}")
                .raw("{\"gate\":\"ms\",\"phases\":[0,0],\"angle\":0.25,\"targets\":[0,1]}")
                .raw("{\"gate\":\"gpi2\",\"phase\":0.5,\"target\":0}")
                .raw("{\"gate\":\"gpi2\",\"phase\":0.5,\"target\":1}")
                .raw("{\"gate\":\"gpi2\",\"phase\":0.75,\"target\":0}"));
        UnitaryComparison c = CircuitOracle.compare(ms, cnot);
        assertThat(c.maxDeviation()).isLessThan(1e-12);
        assertThat(Math.abs(c.globalPhase())).isGreaterThan(0.1);   // equal only up to a global phase
    }

    @Test
    void swapIsNotCnotAndTheWorstElementIsNamed() {
        UnitaryComparison c = CircuitOracle.compare(parse(CircuitBuilder.qis(2).swap(0, 1)),
                parse(CircuitBuilder.qis(2).cnot(0, 1)));
        assertThat(c.equivalent(1e-9)).isFalse();
        assertThat(c.maxDeviation()).isCloseTo(1.0, within(1e-12));
        // swap maps |01> (column 1) to |10> (row 2); cnot(0→1) maps it to |11>
        assertThat(Math.hypot(c.actualRe(), c.actualIm()) + Math.hypot(c.otherRe(), c.otherIm()))
                .isCloseTo(1.0, within(1e-12));
    }

    @Test
    void tooWideToCompare() {
        assertThatThrownBy(() -> CircuitOracle.compare(parse(ghz(13)), parse(ghz(13))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("up to 12");
    }
}
