package io.github.ionqci.client.job;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A compiled circuit in IonQ's native gates: the {@code ionq.native.v1} artifact of
 * {@code output.compilation.compiled_circuits}, as {@link io.github.ionqci.client.IonQClient#getCompiledCircuit} reads it.
 *
 * <pre>{@code
 * NativeCircuit compiled = client.getCompiledCircuit(job);
 * long twoQubitGates = compiled.gateCounts().getOrDefault("ms", 0L);
 * }</pre>
 *
 * @param qubits  the qubits the compiled circuit uses
 * @param circuit its native gate operations, in order
 */
public record NativeCircuit(int qubits, List<NativeGate> circuit) {

    /**
     * Checks the circuit and copies the gate list.
     *
     * @param qubits  the qubits the compiled circuit uses, at least 1
     * @param circuit its native gate operations, in order
     * @throws IllegalArgumentException if there is no qubit, a gate has no name, or a gate acts on a qubit
     *                                  outside {@code 0..qubits-1}
     */
    public NativeCircuit {
        if (qubits < 1) {
            throw new IllegalArgumentException("a compiled circuit needs at least 1 qubit, but \"qubits\" is " + qubits);
        }
        circuit = circuit == null ? List.of() : List.copyOf(circuit);
        for (int i = 0; i < circuit.size(); i++) {
            NativeGate gate = circuit.get(i);
            if (gate.gate() == null || gate.gate().isBlank()) {
                throw new IllegalArgumentException("operation " + i + " of the compiled circuit has no \"gate\"");
            }
            for (int q : gate.qubits()) {
                if (q < 0 || q >= qubits) {
                    throw new IllegalArgumentException("operation " + i + " (" + gate.gate() + ") acts on qubit " + q
                            + ", outside the circuit's " + qubits + " qubits");
                }
            }
        }
    }

    /** @return how many operations use each gate, by gate name, sorted by name */
    public Map<String, Long> gateCounts() {
        Map<String, Long> counts = new TreeMap<>();
        circuit.forEach(g -> counts.merge(g.gate(), 1L, Long::sum));
        return counts;
    }
}
