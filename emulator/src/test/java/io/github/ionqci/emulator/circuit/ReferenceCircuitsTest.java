package io.github.ionqci.emulator.circuit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The reference circuits of distribution-testing.md §5 and their exact ideal distributions. */
class ReferenceCircuitsTest {

    private static final double EPS = 1e-12;

    private static Map<Long, Double> ideal(CircuitBuilder b) {
        SimulationResult r = CircuitRunner.run(b.circuit(), 100, "ideal", 1L);
        Map<Long, Double> out = new TreeMap<>();
        for (int i = 0; i < r.states().length; i++) {
            out.put(r.states()[i], r.probabilities()[i]);
        }
        return out;
    }

    private static void assertDistribution(Map<Long, Double> actual, Map<Long, Double> expected) {
        assertThat(actual.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        expected.forEach((k, v) -> assertThat(actual.get(k)).as("P(%d)", k).isCloseTo(v, within(EPS)));
    }

    @Test
    void endiannessProbeXOnQubit0Gives1() {
        assertDistribution(ideal(CircuitBuilder.qis(3).gate("x", 0)), Map.of(1L, 1.0));
    }

    @Test
    void bell() {
        assertDistribution(ideal(CircuitBuilder.qis(2).gate("h", 0).cnot(0, 1)), Map.of(0L, 0.5, 3L, 0.5));
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 5, 16})
    void ghz(int n) {
        CircuitBuilder b = CircuitBuilder.qis(n).gate("h", 0);
        for (int q = 1; q < n; q++) {
            b.cnot(q - 1, q);
        }
        assertDistribution(ideal(b), Map.of(0L, 0.5, (1L << n) - 1, 0.5));
    }

    @Test
    void hadamardOnEveryQubitIsUniform() {
        CircuitBuilder b = CircuitBuilder.qis(5);
        for (int q = 0; q < 5; q++) {
            b.gate("h", q);
        }
        Map<Long, Double> expected = new TreeMap<>();
        for (long k = 0; k < 32; k++) {
            expected.put(k, 1.0 / 32);
        }
        assertDistribution(ideal(b), expected);
    }

    @Test
    void ryTwoPiOverThree() {
        assertDistribution(ideal(CircuitBuilder.qis(1).rotation("ry", 0, 2 * Math.PI / 3)), Map.of(0L, 0.25, 1L, 0.75));
    }

    @Test
    void wState3() {
        CircuitBuilder b = CircuitBuilder.qis(3)
                .rotation("ry", 0, 2 * Math.asin(Math.sqrt(1.0 / 3)))
                .gate("x", 0);
        b.raw("{\"gate\":\"ry\",\"controls\":[0],\"targets\":[1],\"rotation\":" + (Math.PI / 2) + "}");
        b.gate("x", 0).gate("x", 0).gate("x", 1).controlled("x", new int[] {0, 1}, 2).gate("x", 0).gate("x", 1);
        assertDistribution(ideal(b), Map.of(1L, 1 / 3.0, 2L, 1 / 3.0, 4L, 1 / 3.0));
    }

    @Test
    void bernsteinVaziraniSecret101() {
        int s = 0b101;
        CircuitBuilder b = CircuitBuilder.qis(4).gate("x", 3).gate("h", 3);
        for (int q = 0; q < 3; q++) {
            b.gate("h", q);
        }
        for (int q = 0; q < 3; q++) {
            if ((s >> q & 1) == 1) {
                b.cnot(q, 3);
            }
        }
        for (int q = 0; q < 3; q++) {
            b.gate("h", q);
        }
        b.gate("h", 3).gate("x", 3);
        assertDistribution(ideal(b), Map.of(5L, 1.0));
    }

    @Test
    void deutschJozsaConstantGivesZero() {
        CircuitBuilder b = deutschJozsa(3, oracle -> oracle.gate("x", 3));
        assertDistribution(ideal(b), Map.of(0L, 1.0));
    }

    @Test
    void deutschJozsaBalancedGivesAllOnes() {
        CircuitBuilder b = deutschJozsa(3, oracle -> oracle.cnot(0, 3).cnot(1, 3).cnot(2, 3));
        assertDistribution(ideal(b), Map.of(7L, 1.0));
    }

    private static CircuitBuilder deutschJozsa(int n, java.util.function.Consumer<CircuitBuilder> oracle) {
        CircuitBuilder b = CircuitBuilder.qis(n + 1).gate("x", n).gate("h", n);
        for (int q = 0; q < n; q++) {
            b.gate("h", q);
        }
        oracle.accept(b);
        for (int q = 0; q < n; q++) {
            b.gate("h", q);
        }
        return b.gate("h", n).gate("x", n);
    }

    @Test
    void grover2QubitsOneIterationFindsMarkedWithCertainty() {
        assertDistribution(ideal(grover(2, 3, 1)), Map.of(3L, 1.0));
    }

    @Test
    void grover3QubitsOneIteration() {
        Map<Long, Double> expected = new TreeMap<>();
        for (long k = 0; k < 8; k++) {
            expected.put(k, k == 5 ? 25.0 / 32 : 1.0 / 32);
        }
        assertDistribution(ideal(grover(3, 5, 1)), expected);
    }

    @Test
    void grover3QubitsTwoIterations() {
        Map<Long, Double> expected = new TreeMap<>();
        for (long k = 0; k < 8; k++) {
            expected.put(k, k == 5 ? 121.0 / 128 : 1.0 / 128);
        }
        assertDistribution(ideal(grover(3, 5, 2)), expected);
    }

    private static CircuitBuilder grover(int n, int marked, int iterations) {
        CircuitBuilder b = CircuitBuilder.qis(n);
        int[] controls = new int[n - 1];
        for (int q = 0; q < n - 1; q++) {
            controls[q] = q;
        }
        for (int q = 0; q < n; q++) {
            b.gate("h", q);
        }
        for (int it = 0; it < iterations; it++) {
            for (int q = 0; q < n; q++) {
                if ((marked >> q & 1) == 0) {
                    b.gate("x", q);
                }
            }
            b.controlled("z", controls, n - 1);
            for (int q = 0; q < n; q++) {
                if ((marked >> q & 1) == 0) {
                    b.gate("x", q);
                }
            }
            for (int q = 0; q < n; q++) {
                b.gate("h", q).gate("x", q);
            }
            b.controlled("z", controls, n - 1);
            for (int q = 0; q < n; q++) {
                b.gate("x", q).gate("h", q);
            }
        }
        return b;
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 6, 11, 13})
    void inverseQftOfFourierStateGivesX(int x) {
        int n = 4;
        CircuitBuilder b = CircuitBuilder.qis(n);
        for (int j = 0; j < n; j++) {
            b.gate("h", j).rotation("rz", j, 2 * Math.PI * x * (1 << j) / (1 << n));
        }
        for (int m = 0; m < n; m++) {
            int t = n - 1 - m;
            for (int l = 0; l < m; l++) {
                b.controlledPhase(n - 1 - l, t, -Math.PI / (1 << (m - l)));
            }
            b.gate("h", t);
        }
        for (int j = 0; j < n / 2; j++) {
            b.swap(j, n - 1 - j);
        }
        assertDistribution(ideal(b), Map.of((long) x, 1.0));
    }

    @Test
    void hiddenShiftGivesTheShift() {
        int s = 0b1011;
        CircuitBuilder b = CircuitBuilder.qis(4);
        for (int q = 0; q < 4; q++) {
            b.gate("h", q);
        }
        for (int q = 0; q < 4; q++) {
            if ((s >> q & 1) == 1) {
                b.gate("x", q);
            }
        }
        b.controlled("z", new int[] {0}, 1).controlled("z", new int[] {2}, 3);
        for (int q = 0; q < 4; q++) {
            if ((s >> q & 1) == 1) {
                b.gate("x", q);
            }
        }
        for (int q = 0; q < 4; q++) {
            b.gate("h", q);
        }
        b.controlled("z", new int[] {0}, 1).controlled("z", new int[] {2}, 3);
        for (int q = 0; q < 4; q++) {
            b.gate("h", q);
        }
        assertDistribution(ideal(b), Map.of((long) s, 1.0));
    }
}
