package io.github.ionqci.emulator.circuit;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * A circuit compiled to IonQ's native gates by {@link NativeCompiler}: the gates, and the Z rotation left on each
 * qubit at the end. Rz is virtual: it shifts the phases of the gates after it and is never a gate, so the
 * compiled circuit followed by {@code rz(finalRotations()[q])} on each qubit q is the submitted circuit up to a
 * global phase. The final rotations commute with the measurement, so the native gates alone give the submitted
 * circuit's exact distribution; IonQ's compiler leaves them out too.
 *
 * <pre>{@code
 * CompiledCircuit compiled = NativeCompiler.forBackend("qpu.aria-1").compile(circuit);
 * compiled.toJson();          // {"qubits": 2, "circuit": [{"gate": "gpi2", "target": 0, "phase": 0.75}, …]}
 * compiled.gateCount2q();     // MS gates
 * compiled.circuit();         // the native circuit, ready for CircuitRunner or CircuitOracle
 * }</pre>
 *
 * @param qubits         the width, as the submitted circuit's
 * @param gates          the native gates, in order
 * @param finalRotations the Rz angle (radians) left on each qubit after the last gate
 */
public record CompiledCircuit(int qubits, List<NativeGate> gates, double[] finalRotations) {

    /** The artifact format of a compiled circuit. */
    public static final String FORMAT = "ionq.native.v1";

    /**
     * Copies the gate list and the rotations.
     *
     * @param qubits         the width, as the submitted circuit's
     * @param gates          the native gates, in order
     * @param finalRotations the Rz angle (radians) left on each qubit after the last gate
     */
    public CompiledCircuit {
        gates = List.copyOf(gates);
        finalRotations = finalRotations.clone();
    }

    /** @return a copy of the Rz angle (radians) left on each qubit after the last gate */
    @Override
    public double[] finalRotations() {
        return finalRotations.clone();
    }

    /** @return the one-qubit native gates (gpi, gpi2): IonQ's {@code stats.gate_counts["1q"]} */
    public int gateCount1q() {
        return (int) gates.stream().filter(g -> !g.twoQubit()).count();
    }

    /** @return the two-qubit native gates (ms, zz): IonQ's {@code stats.gate_counts["2q"]} */
    public int gateCount2q() {
        return (int) gates.stream().filter(NativeGate::twoQubit).count();
    }

    /** @return the compiled gates as a {@code native} circuit, to simulate */
    public Circuit circuit() {
        return new Circuit(null, "native", qubits, gates.stream().map(g -> new Gate(g.gate(), g.operation())).toList());
    }

    /** @return the {@value #FORMAT} payload: {@code {"qubits": n, "circuit": [native gates]}} */
    public ObjectNode toJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("qubits", qubits);
        ArrayNode circuit = node.putArray("circuit");
        gates.forEach(g -> circuit.add(g.toJson()));
        return node;
    }
}
