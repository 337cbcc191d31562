package io.github.ionqci.emulator.circuit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ionqci.emulator.simulator.StateVector;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * {@code pauliexp} against its closed form, exp(−iθP)ψ = cos θ·ψ − i·sin θ·Pψ applied term by term to the amplitudes
 * (P applied bit by bit, independently of the emulator's matrices); {@code z}/{@code s}/{@code t} with a rotation
 * as P(θ); IonQ's limits on controls.
 */
class PauliExpAndPhaseGatesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PAULIS = "IXYZ";

    private static Circuit parse(String input) throws Exception {
        return Circuits.parse("ionq.circuit.v1", JSON.readTree(input)).get(0);
    }

    /** A generic state: ry and rz on every qubit, then a cnot chain. */
    private static String preparation(int qubits, Random random) {
        StringBuilder gates = new StringBuilder();
        for (int q = 0; q < qubits; q++) {
            gates.append(String.format("{\"gate\":\"ry\",\"target\":%d,\"rotation\":%.6f},", q, random.nextDouble() * 3));
            gates.append(String.format("{\"gate\":\"rz\",\"target\":%d,\"rotation\":%.6f},", q, random.nextDouble() * 3));
        }
        for (int q = 0; q + 1 < qubits; q++) {
            gates.append(String.format("{\"gate\":\"cnot\",\"control\":%d,\"target\":%d},", q, q + 1));
        }
        return gates.toString();
    }

    @ParameterizedTest(name = "{0}-qubit terms")
    @ValueSource(ints = {1, 2, 3, 4})
    void pauliexpMatchesItsClosedForm(int width) throws Exception {
        Random random = new Random(1000 + width);
        int qubits = width + 1;
        for (int trial = 0; trial < 20; trial++) {
            int[] targets = random.ints(0, qubits).distinct().limit(width).toArray();
            int termCount = 1 + random.nextInt(3);
            String[] terms = new String[termCount];
            double[] coefficients = new double[termCount];
            for (int k = 0; k < termCount; k++) {
                StringBuilder term = new StringBuilder();
                for (int j = 0; j < width; j++) {
                    term.append(PAULIS.charAt(1 + random.nextInt(3)));
                }
                if (width > 1 && random.nextBoolean()) {
                    term.setCharAt(random.nextInt(width), 'I');
                }
                terms[k] = term.toString();
                coefficients[k] = random.nextDouble() * 2 - 1;
            }
            double time = 0.1 + random.nextDouble();
            String prep = preparation(qubits, random);
            Circuit prepared = parse("{\"qubits\":" + qubits + ",\"circuit\":[" + prep.substring(0, prep.length() - 1)
                    + "]}");
            Circuit evolved = parse("{\"qubits\":" + qubits + ",\"circuit\":[" + prep
                    + "{\"gate\":\"pauliexp\",\"targets\":" + JSON.writeValueAsString(targets) + ",\"terms\":"
                    + JSON.writeValueAsString(terms) + ",\"coefficients\":" + JSON.writeValueAsString(coefficients)
                    + ",\"time\":" + time + "}]}");
            StateVector start = StateVector.zero(qubits);
            start.run(prepared.operations());
            double[][] expected = {amplitudes(start, true), amplitudes(start, false)};
            for (int k = 0; k < termCount; k++) {
                expected = closedForm(expected, terms[k], targets, coefficients[k] * time);
            }
            StateVector actual = StateVector.zero(qubits);
            actual.run(evolved.operations());
            for (int i = 0; i < actual.size(); i++) {
                assertThat(actual.re(i)).as("re %d of %s", i, String.join(",", terms)).isCloseTo(expected[0][i],
                        org.assertj.core.data.Offset.offset(1e-10));
                assertThat(actual.im(i)).as("im %d of %s", i, String.join(",", terms)).isCloseTo(expected[1][i],
                        org.assertj.core.data.Offset.offset(1e-10));
            }
        }
    }

    private static double[] amplitudes(StateVector state, boolean real) {
        double[] out = new double[state.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = real ? state.re(i) : state.im(i);
        }
        return out;
    }

    /** cos θ·ψ − i·sin θ·Pψ, with Pψ computed bit by bit; character j of the term acts on targets[j]. */
    private static double[][] closedForm(double[][] psi, String term, int[] targets, double theta) {
        int n = psi[0].length;
        double[] pr = new double[n];
        double[] pi = new double[n];
        for (int i = 0; i < n; i++) {
            int j = i;
            double fr = 1;
            double fi = 0;
            for (int t = 0; t < term.length(); t++) {
                int bit = (i >> targets[t]) & 1;
                char p = term.charAt(t);
                if (p == 'X' || p == 'Y') {
                    j ^= 1 << targets[t];
                }
                double mr;
                double mi;
                if (p == 'Y') {          // Y|0> = i|1>, Y|1> = -i|0>
                    mr = 0;
                    mi = bit == 0 ? 1 : -1;
                } else if (p == 'Z') {
                    mr = bit == 0 ? 1 : -1;
                    mi = 0;
                } else {
                    mr = 1;
                    mi = 0;
                }
                double r = fr * mr - fi * mi;
                fi = fr * mi + fi * mr;
                fr = r;
            }
            // P|i> = f|j>
            pr[j] += fr * psi[0][i] - fi * psi[1][i];
            pi[j] += fr * psi[1][i] + fi * psi[0][i];
        }
        double c = Math.cos(theta);
        double s = Math.sin(theta);
        double[][] out = new double[2][n];
        for (int i = 0; i < n; i++) {
            out[0][i] = c * psi[0][i] + s * pi[i];
            out[1][i] = c * psi[1][i] - s * pr[i];
        }
        return out;
    }

    @Test
    void zWithARotationIsThePhaseRotationAndControlledItIsCp() throws Exception {
        double theta = 0.7;
        StateVector plus = StateVector.zero(1);
        plus.run(parse("{\"qubits\":1,\"circuit\":[{\"gate\":\"h\",\"target\":0},"
                + "{\"gate\":\"z\",\"target\":0,\"rotation\":0.7}]}").operations());
        assertThat(plus.re(1) / plus.re(0)).isCloseTo(Math.cos(theta), org.assertj.core.data.Offset.offset(1e-12));
        assertThat(plus.im(1) / plus.re(0)).isCloseTo(Math.sin(theta), org.assertj.core.data.Offset.offset(1e-12));
        // H·P(θ)·H on |0>: P(1) = sin²(θ/2); a plain z would give 1, an ignored rotation 0
        for (String gate : new String[] {"z", "s", "t"}) {
            StateVector interference = StateVector.zero(1);
            interference.run(parse("{\"qubits\":1,\"circuit\":[{\"gate\":\"h\",\"target\":0},{\"gate\":\"" + gate
                    + "\",\"target\":0,\"rotation\":0.7},{\"gate\":\"h\",\"target\":0}]}").operations());
            assertThat(interference.probability(1)).as(gate).isCloseTo(Math.pow(Math.sin(theta / 2), 2),
                    org.assertj.core.data.Offset.offset(1e-12));
        }
        // cp(θ) acts only on |11>: with the control off nothing happens
        StateVector off = StateVector.zero(2);
        off.run(parse("{\"qubits\":2,\"circuit\":[{\"gate\":\"h\",\"target\":1},{\"gate\":\"z\",\"controls\":[0],"
                + "\"target\":1,\"rotation\":0.7},{\"gate\":\"h\",\"target\":1}]}").operations());
        assertThat(off.probability(0)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
        StateVector on = StateVector.zero(2);
        on.run(parse("{\"qubits\":2,\"circuit\":[{\"gate\":\"x\",\"target\":0},{\"gate\":\"h\",\"target\":1},"
                + "{\"gate\":\"z\",\"controls\":[0],\"target\":1,\"rotation\":0.7},{\"gate\":\"h\",\"target\":1}]}")
                .operations());
        assertThat(on.probability(3)).isCloseTo(Math.pow(Math.sin(theta / 2), 2),
                org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void aRotationOnAFixedGateIsRefusedNotIgnored() {
        assertThatThrownBy(() -> parse("{\"qubits\":1,\"circuit\":[{\"gate\":\"x\",\"target\":0,\"rotation\":1}]}"))
                .isInstanceOfSatisfying(CircuitException.class, e -> assertThat(e.failureCode())
                        .isEqualTo(CircuitException.INVALID_INPUT))
                .hasMessageContaining("'x' takes no 'rotation'");
    }

    @Test
    void ionqsControlLimitsUseIonqsFailureCodes() throws Exception {
        String seven = "{\"qubits\":9,\"circuit\":[{\"gate\":\"x\",\"controls\":[0,1,2,3,4,5,6],\"target\":8}]}";
        assertThat(parse(seven).gates()).hasSize(1);
        String eight = "{\"qubits\":9,\"circuit\":[{\"gate\":\"x\",\"controls\":[0,1,2,3,4,5,6,7],\"target\":8}]}";
        assertThatThrownBy(() -> parse(eight)).isInstanceOfSatisfying(CircuitException.class,
                e -> assertThat(e.failureCode()).isEqualTo("TooManyControls")).hasMessageContaining("at most 7");
        String cswap = "{\"qubits\":3,\"circuit\":[{\"gate\":\"swap\",\"controls\":[0],\"targets\":[1,2]}]}";
        assertThatThrownBy(() -> parse(cswap)).isInstanceOfSatisfying(CircuitException.class,
                e -> assertThat(e.failureCode()).isEqualTo("UnsupportedGate")).hasMessageContaining("controlled swap");
    }

    @Test
    void malformedPauliexpSaysWhatToSend() {
        assertThatThrownBy(() -> parse("{\"qubits\":2,\"circuit\":[{\"gate\":\"pauliexp\",\"targets\":[0,1],"
                + "\"terms\":[\"XQ\"],\"coefficients\":[1],\"time\":1}]}")).hasMessageContaining("terms[0] must be 2"
                + " letters of I, X, Y, Z");
        assertThatThrownBy(() -> parse("{\"qubits\":2,\"circuit\":[{\"gate\":\"pauliexp\",\"targets\":[0,1],"
                + "\"terms\":[\"XX\"],\"coefficients\":[1,2],\"time\":1}]}")).hasMessageContaining("one per term (1)");
        assertThatThrownBy(() -> parse("{\"qubits\":2,\"circuit\":[{\"gate\":\"pauliexp\",\"targets\":[0,1],"
                + "\"terms\":[\"XX\"],\"coefficients\":[1]}]}")).hasMessageContaining("'time' must be a finite number");
    }
}
