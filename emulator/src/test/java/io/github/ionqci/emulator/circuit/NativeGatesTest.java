package io.github.ionqci.emulator.circuit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ionqci.emulator.simulator.Gates;
import io.github.ionqci.emulator.simulator.Operation;
import io.github.ionqci.emulator.simulator.StateVector;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each native gate, parsed from job JSON and run on the simulator, against the matrix IonQ documents
 * (written out here independently). Matrices are applied to every basis state and all amplitudes are
 * compared. IonQ writes two-qubit matrices with the first target as the most significant bit.
 */
class NativeGatesTest {

    private static final double TOL = 1e-12;

    /** Complex number helpers: {re, im}. */
    private static double[] cis(double angle) {
        return new double[] {Math.cos(angle), Math.sin(angle)};
    }

    private static double[] times(double[] a, double[] b) {
        return new double[] {a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]};
    }

    private static double[] scale(double[] a, double s) {
        return new double[] {a[0] * s, a[1] * s};
    }

    private static final double[] ZERO = {0, 0};
    private static final double[] MINUS_I = {0, -1};

    /** Runs the circuit on basis state |input⟩ and compares with column {@code input} of {@code doc}. */
    private static void assertMatches(String gateJson, int qubits, int[] docBitOrder, double[][][] doc) {
        Circuit gate = Circuits.parse("ionq.circuit.v1", CircuitBuilder.nativeGates(qubits).raw(gateJson).input()).get(0);
        int dim = 1 << qubits;
        for (int input = 0; input < dim; input++) {
            StateVector psi = StateVector.zero(qubits);
            for (int q = 0; q < qubits; q++) {
                if ((input >> q & 1) == 1) {
                    psi.apply(Operation.of(Gates.X, q));
                }
            }
            psi.run(gate.operations());
            for (int output = 0; output < dim; output++) {
                double[] expected = doc[docIndex(output, docBitOrder)][docIndex(input, docBitOrder)];
                assertThat(psi.re(output)).as("%s: <%d|U|%d> real", gateJson, output, input)
                        .isCloseTo(expected[0], org.assertj.core.api.Assertions.within(TOL));
                assertThat(psi.im(output)).as("%s: <%d|U|%d> imag", gateJson, output, input)
                        .isCloseTo(expected[1], org.assertj.core.api.Assertions.within(TOL));
            }
        }
    }

    /** The row index in IonQ's notation: qubit docBitOrder[0] is the most significant bit. */
    private static int docIndex(int state, int[] docBitOrder) {
        int index = 0;
        for (int q : docBitOrder) {
            index = (index << 1) | (state >> q & 1);
        }
        return index;
    }

    @ParameterizedTest
    @CsvSource({"0", "0.25", "-0.3", "0.7", "1"})
    void gpi(double phi) {
        double[][][] doc = {
            {ZERO, cis(-2 * Math.PI * phi)},
            {cis(2 * Math.PI * phi), ZERO}};
        assertMatches("{\"gate\":\"gpi\",\"target\":0,\"phase\":" + phi + "}", 1, new int[] {0}, doc);
    }

    @ParameterizedTest
    @CsvSource({"0", "0.25", "-0.3", "0.75"})
    void gpi2(double phi) {
        double r = 1 / Math.sqrt(2);
        double[][][] doc = {
            {{r, 0}, scale(times(MINUS_I, cis(-2 * Math.PI * phi)), r)},
            {scale(times(MINUS_I, cis(2 * Math.PI * phi)), r), {r, 0}}};
        assertMatches("{\"gate\":\"gpi2\",\"target\":0,\"phase\":" + phi + "}", 1, new int[] {0}, doc);
    }

    @ParameterizedTest
    @CsvSource({"0,0,0.25", "0,0.25,0.25", "0.1,0.35,0.25", "0.1,-0.35,0.125", "0.6,0.2,0", "-0.4,0.9,0.2"})
    void ms(double phi0, double phi1, double theta) {
        double c = Math.cos(Math.PI * theta);
        double s = Math.sin(Math.PI * theta);
        double[] cc = {c, 0};
        double[][][] doc = {
            {cc, ZERO, ZERO, scale(times(MINUS_I, cis(-2 * Math.PI * (phi0 + phi1))), s)},
            {ZERO, cc, scale(times(MINUS_I, cis(-2 * Math.PI * (phi0 - phi1))), s), ZERO},
            {ZERO, scale(times(MINUS_I, cis(2 * Math.PI * (phi0 - phi1))), s), cc, ZERO},
            {scale(times(MINUS_I, cis(2 * Math.PI * (phi0 + phi1))), s), ZERO, ZERO, cc}};
        String gate = "{\"gate\":\"ms\",\"targets\":[%d,%d],\"phases\":[" + phi0 + "," + phi1 + "],\"angle\":" + theta + "}";
        assertMatches(String.format(gate, 0, 1), 2, new int[] {0, 1}, doc);
        assertMatches(String.format(gate, 1, 0), 2, new int[] {1, 0}, doc);
        assertMatches(String.format(gate, 2, 0), 3, new int[] {2, 0, 1}, kronIdentityLow(doc));
    }

    @ParameterizedTest
    @CsvSource({"0", "0.25", "0.1", "-0.37"})
    void zz(double theta) {
        double[][][] doc = {
            {cis(-Math.PI * theta), ZERO, ZERO, ZERO},
            {ZERO, cis(Math.PI * theta), ZERO, ZERO},
            {ZERO, ZERO, cis(Math.PI * theta), ZERO},
            {ZERO, ZERO, ZERO, cis(-Math.PI * theta)}};
        assertMatches("{\"gate\":\"zz\",\"targets\":[0,1],\"angle\":" + theta + "}", 2, new int[] {0, 1}, doc);
        assertMatches("{\"gate\":\"zz\",\"targets\":[1,0],\"angle\":" + theta + "}", 2, new int[] {1, 0}, doc);
    }

    /** doc ⊗ I with the identity on the least significant (third) position of IonQ's notation. */
    private static double[][][] kronIdentityLow(double[][][] doc) {
        int d = doc.length * 2;
        double[][][] out = new double[d][d][];
        for (int r = 0; r < d; r++) {
            for (int c = 0; c < d; c++) {
                out[r][c] = (r & 1) == (c & 1) ? doc[r >> 1][c >> 1] : ZERO;
            }
        }
        return out;
    }
}
