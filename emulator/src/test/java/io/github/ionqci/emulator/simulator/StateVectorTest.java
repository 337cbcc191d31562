package io.github.ionqci.emulator.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fused, cache-blocked, multi-threaded {@link StateVector#run} against a plain textbook
 * application of each gate's matrix, on random circuits wide enough to use every execution path
 * (whole-state passes, in-place chunks and gathered chunks).
 */
class StateVectorTest {

    /** Textbook reference: each operation applied by its matrix, index by index, from |0…0⟩. */
    static double[][] reference(int qubits, List<Operation> ops) {
        double[][] start = new double[2][1 << qubits];
        start[0][0] = 1;
        return referenceFrom(qubits, ops, start);
    }

    /** Textbook reference from a given state {re, im}. */
    static double[][] referenceFrom(int qubits, List<Operation> ops, double[][] start) {
        int n = 1 << qubits;
        double[] re = start[0].clone();
        double[] im = start[1].clone();
        for (Operation op : ops) {
            int[] t = op.targets();
            long ctrl = op.controlMask();
            int dim = 1 << t.length;
            double[] nr = re.clone();
            double[] ni = im.clone();
            for (int i = 0; i < n; i++) {
                if ((i & ctrl) != ctrl) {
                    continue;
                }
                int row = 0;
                for (int j = 0; j < t.length; j++) {
                    row |= ((i >> t[j]) & 1) << j;
                }
                int base = i;
                for (int j = 0; j < t.length; j++) {
                    base &= ~(1 << t[j]);
                }
                double sr = 0;
                double si = 0;
                for (int col = 0; col < dim; col++) {
                    int k = base;
                    for (int j = 0; j < t.length; j++) {
                        k |= ((col >> j) & 1) << t[j];
                    }
                    double mr = op.matrix().re(row, col);
                    double mi = op.matrix().im(row, col);
                    sr += mr * re[k] - mi * im[k];
                    si += mr * im[k] + mi * re[k];
                }
                nr[i] = sr;
                ni[i] = si;
            }
            re = nr;
            im = ni;
        }
        return new double[][] {re, im};
    }

    private static void assertSameState(StateVector psi, double[][] expected) {
        for (int i = 0; i < psi.size(); i++) {
            assertThat(Math.hypot(psi.re(i) - expected[0][i], psi.im(i) - expected[1][i]))
                    .as("amplitude %d", i).isLessThan(1e-10);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 8, 14, 15, 16})
    void fusedCacheBlockedRunMatchesTextbookApplication(int qubits) {
        List<Operation> ops = RandomCircuits.operations(qubits, 160, 1234 + qubits);
        StateVector psi = StateVector.zero(qubits);
        psi.run(ops);
        assertSameState(psi, reference(qubits, ops));
    }

    @Test
    void singleOperationsMatchTextbookApplication() {
        int qubits = 16;
        List<Operation> ops = RandomCircuits.operations(qubits, 60, 99);
        StateVector psi = StateVector.zero(qubits);
        for (Operation op : ops) {
            psi.apply(op);
        }
        assertSameState(psi, reference(qubits, ops));
    }

    @Test
    void fusionKeepsTheUnitaryAndShortensTheCircuit() {
        List<Operation> ops = RandomCircuits.operations(6, 300, 5);
        List<Operation> fused = GateFusion.fuse(ops);
        assertThat(fused.size()).isLessThan(ops.size());
        double[][] a = reference(6, ops);
        double[][] b = reference(6, fused);
        for (int i = 0; i < 64; i++) {
            assertThat(Math.hypot(a[0][i] - b[0][i], a[1][i] - b[1][i])).isLessThan(1e-10);
        }
    }

    @Test
    void aLongCircuitNeedsFarFewerPassesThanGates() {
        StateVector psi = StateVector.zero(18);
        List<Operation> ops = RandomCircuits.operations(18, 1000, 3);
        assertThat(psi.passesFor(ops)).isLessThan(ops.size() / 5);
    }

    @Test
    void sameCircuitGivesBitForBitTheSameState() {
        List<Operation> ops = RandomCircuits.operations(16, 200, 77);
        StateVector a = StateVector.zero(16);
        StateVector b = StateVector.zero(16);
        a.run(ops);
        b.run(ops);
        for (int i = 0; i < a.size(); i++) {
            assertThat(Double.doubleToRawLongBits(a.re(i))).isEqualTo(Double.doubleToRawLongBits(b.re(i)));
            assertThat(Double.doubleToRawLongBits(a.im(i))).isEqualTo(Double.doubleToRawLongBits(b.im(i)));
        }
    }

    @Test
    void operationOutsideTheStateIsRejected() {
        StateVector psi = StateVector.zero(2);
        assertThatThrownBy(() -> psi.apply(Operation.of(Gates.X, 2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("qubit 2");
    }
}
