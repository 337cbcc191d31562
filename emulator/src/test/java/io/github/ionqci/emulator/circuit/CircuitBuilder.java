package io.github.ionqci.emulator.circuit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Builds {@code ionq.circuit.v1} inputs for tests, as a client would send them. */
final class CircuitBuilder {

    static final ObjectMapper JSON = new ObjectMapper();

    private final ObjectNode input = JSON.createObjectNode();
    private final ArrayNode gates;

    private CircuitBuilder(int qubits, String gateset) {
        input.put("qubits", qubits);
        input.put("gateset", gateset);
        gates = input.putArray("circuit");
    }

    static CircuitBuilder qis(int qubits) {
        return new CircuitBuilder(qubits, "qis");
    }

    static CircuitBuilder nativeGates(int qubits) {
        return new CircuitBuilder(qubits, "native");
    }

    CircuitBuilder gate(String name, int target) {
        gates.addObject().put("gate", name).put("target", target);
        return this;
    }

    CircuitBuilder rotation(String name, int target, double radians) {
        gates.addObject().put("gate", name).put("target", target).put("rotation", radians);
        return this;
    }

    CircuitBuilder cnot(int control, int target) {
        gates.addObject().put("gate", "cnot").put("control", control).put("target", target);
        return this;
    }

    /** The base gate with a controls array, as qiskit-ionq and cirq-ionq send controlled gates. */
    CircuitBuilder controlled(String name, int[] controls, int target) {
        ObjectNode g = gates.addObject().put("gate", name);
        ArrayNode c = g.putArray("controls");
        for (int q : controls) {
            c.add(q);
        }
        g.putArray("targets").add(target);
        return this;
    }

    /** Controlled phase CP(λ) = CRz(λ) followed by Rz(λ/2) on the control (equal up to global phase). */
    CircuitBuilder controlledPhase(int control, int target, double lambda) {
        ObjectNode g = gates.addObject().put("gate", "rz").put("rotation", lambda);
        g.putArray("controls").add(control);
        g.putArray("targets").add(target);
        return rotation("rz", control, lambda / 2);
    }

    CircuitBuilder swap(int a, int b) {
        gates.addObject().put("gate", "swap").putArray("targets").add(a).add(b);
        return this;
    }

    CircuitBuilder raw(String gateJson) {
        try {
            gates.add(JSON.readTree(gateJson));
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
        return this;
    }

    ObjectNode input() {
        return input;
    }

    Circuit circuit() {
        return Circuits.parse("ionq.circuit.v1", input).get(0);
    }
}
