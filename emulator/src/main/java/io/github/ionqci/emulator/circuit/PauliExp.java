package io.github.ionqci.emulator.circuit;

import io.github.ionqci.emulator.simulator.ComplexMatrix;
import io.github.ionqci.emulator.simulator.Gates;
import io.github.ionqci.emulator.simulator.Operation;
import java.util.ArrayList;
import java.util.List;

/**
 * IonQ's {@code pauliexp} gate, U = Π<sub>k</sub> exp(−i·c<sub>k</sub>·t·P<sub>k</sub>), as exact one- and
 * two-qubit operations: term k is applied in the order given, and character j of a term (I, X, Y or Z) acts on
 * {@code targets[j]}. A term acting on one or two qubits becomes one operation with the matrix
 * cos(θ)·I − i·sin(θ)·P; a wider one is rotated into Z on each of its qubits (H for X, S†·H for Y), its parity
 * gathered with a CNOT ladder, turned by rz(2θ) on the last qubit and everything undone, which equals
 * exp(−iθP) exactly. An all-identity term is a global phase and is left out.
 *
 * <pre>{@code
 * // {"gate":"pauliexp","targets":[0,1,2],"terms":["XYZ","ZZI"],"coefficients":[0.5,0.25],"time":0.3}
 * List<Gate> gates = PauliExp.gates(new int[] {0, 1, 2}, List.of("XYZ", "ZZI"), new double[] {0.5, 0.25}, 0.3);
 * }</pre>
 */
final class PauliExp {

    /** The gate name. */
    static final String NAME = "pauliexp";

    private PauliExp() {
    }

    /**
     * @param targets      the qubits, one per term character
     * @param terms        Pauli strings over {@code IXYZ}, each as long as {@code targets}
     * @param coefficients one real coefficient per term
     * @param time         the evolution time
     * @return the gates that apply U, in order
     */
    static List<Gate> gates(int[] targets, List<String> terms, double[] coefficients, double time) {
        List<Gate> out = new ArrayList<>();
        for (int k = 0; k < terms.size(); k++) {
            double theta = coefficients[k] * time;
            String term = terms.get(k);
            List<Integer> qubits = new ArrayList<>();
            List<Character> paulis = new ArrayList<>();
            for (int j = 0; j < term.length(); j++) {
                if (term.charAt(j) != 'I') {
                    qubits.add(targets[j]);
                    paulis.add(term.charAt(j));
                }
            }
            if (qubits.isEmpty()) {
                continue;
            }
            if (qubits.size() <= 2) {
                ComplexMatrix p = pauli(paulis.get(0));
                if (qubits.size() == 2) {
                    p = p.kronBelow(pauli(paulis.get(1)));
                }
                int[] on = qubits.stream().mapToInt(Integer::intValue).toArray();
                out.add(new Gate(NAME, Operation.of(Gates.pauliRotation(p, theta), on)));
            } else {
                ladder(out, qubits, paulis, theta);
            }
        }
        return out;
    }

    private static void ladder(List<Gate> out, List<Integer> qubits, List<Character> paulis, double theta) {
        for (int j = 0; j < qubits.size(); j++) {
            intoZ(out, paulis.get(j), qubits.get(j));
        }
        for (int j = 0; j + 1 < qubits.size(); j++) {
            out.add(new Gate(NAME, Operation.controlled(new int[] {qubits.get(j)}, Gates.X, qubits.get(j + 1))));
        }
        out.add(new Gate(NAME, Operation.of(Gates.rz(2 * theta), qubits.get(qubits.size() - 1))));
        for (int j = qubits.size() - 2; j >= 0; j--) {
            out.add(new Gate(NAME, Operation.controlled(new int[] {qubits.get(j)}, Gates.X, qubits.get(j + 1))));
        }
        for (int j = 0; j < qubits.size(); j++) {
            outOfZ(out, paulis.get(j), qubits.get(j));
        }
    }

    /** Applies U with U·P·U† = Z: H for X; S† then H for Y. */
    private static void intoZ(List<Gate> out, char pauli, int qubit) {
        if (pauli == 'Y') {
            out.add(new Gate(NAME, Operation.of(Gates.SI, qubit)));
        }
        if (pauli != 'Z') {
            out.add(new Gate(NAME, Operation.of(Gates.H, qubit)));
        }
    }

    private static void outOfZ(List<Gate> out, char pauli, int qubit) {
        if (pauli != 'Z') {
            out.add(new Gate(NAME, Operation.of(Gates.H, qubit)));
        }
        if (pauli == 'Y') {
            out.add(new Gate(NAME, Operation.of(Gates.S, qubit)));
        }
    }

    private static ComplexMatrix pauli(char c) {
        return switch (c) {
            case 'X' -> Gates.X;
            case 'Y' -> Gates.Y;
            default -> Gates.Z;
        };
    }
}
