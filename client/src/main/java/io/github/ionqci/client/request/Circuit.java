package io.github.ionqci.client.request;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ionqci.client.internal.Json;
import java.util.List;

/**
 * A circuit in IonQ's {@code ionq.circuit.v1} JSON, gate by gate, for {@link JobRequest}: QIS gates (angles in
 * radians) or native gates (phases and angles in turns). Qubit 0 is the least significant bit of the results.
 *
 * <pre>{@code
 * Circuit bell = Circuit.qis(2).h(0).cnot(0, 1);
 * Circuit ms = Circuit.nativeGates(2).gpi2(0, 0.25).ms(0, 1, 0, 0, 0.25);
 * Circuit flip = Circuit.qis(1).named("flip").x(0);          // a named circuit of a multi-circuit job
 * }</pre>
 */
public final class Circuit {

    private final String gateset;
    private final int qubits;
    private final ArrayNode gates = Json.mapper().createArrayNode();
    private String name;

    private Circuit(String gateset, int qubits) {
        if (qubits < 1) {
            throw new IllegalArgumentException("a circuit needs at least 1 qubit, got " + qubits);
        }
        this.gateset = gateset;
        this.qubits = qubits;
    }

    /**
     * @param qubits its width
     * @return an empty QIS circuit
     */
    public static Circuit qis(int qubits) {
        return new Circuit("qis", qubits);
    }

    /**
     * @param qubits its width
     * @return an empty native-gate circuit (gpi, gpi2, ms, zz)
     */
    public static Circuit nativeGates(int qubits) {
        return new Circuit("native", qubits);
    }

    /**
     * @param name the circuit's name (in a multi-circuit job it names the child job)
     * @return this
     */
    public Circuit named(String name) {
        this.name = name;
        return this;
    }

    /**
     * @param target the qubit
     * @return this with {@code h}
     */
    public Circuit h(int target) {
        return one("h", target);
    }

    /**
     * @param target the qubit
     * @return this with {@code x}
     */
    public Circuit x(int target) {
        return one("x", target);
    }

    /**
     * @param target the qubit
     * @return this with {@code y}
     */
    public Circuit y(int target) {
        return one("y", target);
    }

    /**
     * @param target the qubit
     * @return this with {@code z}
     */
    public Circuit z(int target) {
        return one("z", target);
    }

    /**
     * @param target the qubit
     * @return this with {@code s}
     */
    public Circuit s(int target) {
        return one("s", target);
    }

    /**
     * @param target the qubit
     * @return this with {@code t}
     */
    public Circuit t(int target) {
        return one("t", target);
    }

    /**
     * @param target the qubit
     * @param radians the angle
     * @return this with {@code rx}
     */
    public Circuit rx(int target, double radians) {
        return rotation("rx", target, radians);
    }

    /**
     * @param target the qubit
     * @param radians the angle
     * @return this with {@code ry}
     */
    public Circuit ry(int target, double radians) {
        return rotation("ry", target, radians);
    }

    /**
     * @param target the qubit
     * @param radians the angle
     * @return this with {@code rz}
     */
    public Circuit rz(int target, double radians) {
        return rotation("rz", target, radians);
    }

    /**
     * @param control the control
     * @param target the target
     * @return this with {@code cnot}
     */
    public Circuit cnot(int control, int target) {
        qisOnly("cnot");
        gates.addObject().put("gate", "cnot").put("control", control).put("target", target);
        return this;
    }

    /**
     * @param a a qubit
     * @param b another
     * @return this with {@code swap}
     */
    public Circuit swap(int a, int b) {
        qisOnly("swap");
        ObjectNode g = gates.addObject().put("gate", "swap");
        g.putArray("targets").add(a).add(b);
        return this;
    }

    /**
     * Any QIS gate with controls, as qiskit-ionq writes it ({@code {"gate":"x","controls":[0,1],"targets":[2]}}).
     *
     * @param gate     the base gate, e.g. {@code x}
     * @param controls the controls (IonQ accepts at most 7)
     * @param target   the target
     * @return this
     */
    public Circuit controlled(String gate, int[] controls, int target) {
        qisOnly(gate);
        ObjectNode g = gates.addObject().put("gate", gate);
        ArrayNode c = g.putArray("controls");
        for (int q : controls) {
            c.add(q);
        }
        g.putArray("targets").add(target);
        return this;
    }

    /**
     * {@code pauliexp}: U = Π exp(−i·c·time·P), letter j of each term acting on {@code targets[j]}.
     *
     * @param targets      the qubits
     * @param terms        Pauli strings over I, X, Y, Z
     * @param coefficients one per term
     * @param time         the evolution time
     * @return this
     */
    public Circuit pauliexp(int[] targets, List<String> terms, double[] coefficients, double time) {
        qisOnly("pauliexp");
        ObjectNode g = gates.addObject().put("gate", "pauliexp");
        ArrayNode t = g.putArray("targets");
        for (int q : targets) {
            t.add(q);
        }
        terms.forEach(g.putArray("terms")::add);
        ArrayNode c = g.putArray("coefficients");
        for (double v : coefficients) {
            c.add(v);
        }
        g.put("time", time);
        return this;
    }

    /**
     * @param target the qubit
     * @param phase in turns
     * @return this with native {@code gpi}
     */
    public Circuit gpi(int target, double phase) {
        nativeOnly("gpi");
        gates.addObject().put("gate", "gpi").put("target", target).put("phase", phase);
        return this;
    }

    /**
     * @param target the qubit
     * @param phase in turns
     * @return this with native {@code gpi2}
     */
    public Circuit gpi2(int target, double phase) {
        nativeOnly("gpi2");
        gates.addObject().put("gate", "gpi2").put("target", target).put("phase", phase);
        return this;
    }

    /**
     * @param a      a qubit
     * @param b      another
     * @param phase0 the first phase, turns
     * @param phase1 the second phase, turns
     * @param angle  the interaction angle, turns (0 to 0.25)
     * @return this with native {@code ms}
     */
    public Circuit ms(int a, int b, double phase0, double phase1, double angle) {
        nativeOnly("ms");
        ObjectNode g = gates.addObject().put("gate", "ms");
        g.putArray("targets").add(a).add(b);
        g.putArray("phases").add(phase0).add(phase1);
        g.put("angle", angle);
        return this;
    }

    /** @return the {@code input} object of a single-circuit job */
    ObjectNode toInput() {
        ObjectNode input = Json.mapper().createObjectNode();
        input.put("gateset", gateset);
        input.put("qubits", qubits);
        input.set("circuit", gates.deepCopy());
        return input;
    }

    /** @return one entry of a multi-circuit job's {@code input.circuits} */
    ObjectNode toEntry() {
        ObjectNode entry = toInput();
        if (name != null) {
            entry.put("name", name);
        }
        return entry;
    }

    int qubits() {
        return qubits;
    }

    private Circuit one(String gate, int target) {
        qisOnly(gate);
        gates.addObject().put("gate", gate).put("target", target);
        return this;
    }

    private Circuit rotation(String gate, int target, double radians) {
        qisOnly(gate);
        gates.addObject().put("gate", gate).put("target", target).put("rotation", radians);
        return this;
    }

    private void qisOnly(String gate) {
        if (!gateset.equals("qis")) {
            throw new IllegalStateException("'" + gate + "' is a QIS gate but this circuit uses native gates; start it"
                    + " with Circuit.qis(n), or use gpi, gpi2 and ms");
        }
    }

    private void nativeOnly(String gate) {
        if (!gateset.equals("native")) {
            throw new IllegalStateException("'" + gate + "' is a native gate but this circuit uses QIS gates; start it"
                    + " with Circuit.nativeGates(n)");
        }
    }
}
