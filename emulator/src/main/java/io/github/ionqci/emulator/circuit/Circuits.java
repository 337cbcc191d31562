package io.github.ionqci.emulator.circuit;

import static io.github.ionqci.emulator.circuit.CircuitException.INVALID_INPUT;
import static io.github.ionqci.emulator.circuit.CircuitException.TOO_MANY_CONTROLS;
import static io.github.ionqci.emulator.circuit.CircuitException.UNSUPPORTED_GATE;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ionqci.emulator.simulator.ComplexMatrix;
import io.github.ionqci.emulator.simulator.Gates;
import io.github.ionqci.emulator.simulator.Operation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Parses and validates the {@code input} of an IonQ circuit job into {@link Circuit}s, failing the way
 * IonQ does ({@link CircuitException} with {@code UnsupportedGate} or {@code InvalidInput}).
 *
 * <pre>{@code
 * JsonNode input = mapper.readTree("""
 *     {"qubits": 2, "gateset": "qis",
 *      "circuit": [{"gate": "h", "target": 0}, {"gate": "x", "controls": [0], "targets": [1]}]}""");
 * Circuit bell = Circuits.parse("ionq.circuit.v1", input).get(0);
 * }</pre>
 *
 * <p>Gate sets:
 * <ul>
 *   <li>{@code qis} (default): {@code x y z h s si t ti v vi not} and {@code rx ry rz} ({@code rotation}
 *       in radians) on {@code target}/{@code targets}; {@code cnot} (needs a control); {@code swap} and
 *       {@code xx yy zz} ({@code rotation}) on two {@code targets}. Any of them may carry
 *       {@code control}/{@code controls}, as qiskit-ionq and cirq-ionq write controlled gates
 *       ({@code {"gate":"x","controls":[0],"targets":[1]}}); several controls make a multi-controlled
 *       gate, with at most {@value #MAX_CONTROLS} controls ({@code TooManyControls} beyond, as IonQ documents);
 *       a controlled {@code swap} is refused ({@code UnsupportedGate}), as IonQ does. A one-qubit gate with
 *       several targets is applied to each target. {@code z}, {@code s} and {@code t} with a {@code rotation} θ
 *       are the phase rotation P(θ) = diag(1, e<sup>iθ</sup>) (what qiskit-ionq sends for Qiskit's {@code p},
 *       {@code cp} and {@code mcp}; without a rotation they are P(π), P(π/2), P(π/4)); any other fixed gate
 *       with a {@code rotation} fails with {@code InvalidInput} rather than ignoring it. {@code pauliexp}
 *       ({@code targets}, {@code terms}, {@code coefficients}, {@code time}) is simulated exactly, see
 *       {@link PauliExp}.</li>
 *   <li>{@code native}: {@code gpi gpi2} ({@code phase}), {@code ms} ({@code phases}, {@code angle}
 *       default 0.25), {@code zz} ({@code angle}, or {@code phase} as cirq-ionq writes it), all in turns;
 *       {@code nop} is accepted and does nothing. Phases must lie in [−1, 1], the ms angle in [0, 0.25].</li>
 * </ul>
 * {@code ionq.multi-circuit.v1} (or any input with {@code circuits}) yields one circuit per entry, each
 * inheriting {@code gateset} and {@code qubits} from the parent input unless it sets its own.
 */
public final class Circuits {

    /** The single-circuit job type. */
    public static final String CIRCUIT_V1 = "ionq.circuit.v1";
    /** The multi-circuit job type. */
    public static final String MULTI_CIRCUIT_V1 = "ionq.multi-circuit.v1";

    private static final Set<String> QIS_1Q = Set.of("x", "y", "z", "h", "s", "si", "t", "ti", "v", "vi", "not",
            "rx", "ry", "rz");
    private static final Set<String> QIS_2Q = Set.of("swap", "xx", "yy", "zz");
    private static final Set<String> NATIVE = Set.of("gpi", "gpi2", "ms", "zz", "nop");
    /** QIS gates whose {@code rotation} is their angle. */
    private static final Set<String> ROTATED = Set.of("rx", "ry", "rz", "xx", "yy", "zz");
    /** QIS gates that a {@code rotation} turns into the phase rotation P(θ). */
    private static final Set<String> PHASE_GATES = Set.of("z", "s", "t");

    /** The most controls IonQ accepts on one gate. */
    public static final int MAX_CONTROLS = 7;

    private Circuits() {
    }

    /**
     * Parses a job's input.
     *
     * @param type  the job's {@code type}; null means {@code ionq.circuit.v1}
     * @param input the job's {@code input} object
     * @return one circuit, or one per entry of {@code input.circuits}
     * @throws CircuitException with IonQ's failure code when the input is not a valid circuit job
     */
    public static List<Circuit> parse(String type, JsonNode input) {
        String t = type == null ? CIRCUIT_V1 : type;
        if (!t.equals(CIRCUIT_V1) && !t.equals(MULTI_CIRCUIT_V1)) {
            throw new CircuitException(INVALID_INPUT, "job type '" + t + "' is not simulated by this emulator; use "
                    + CIRCUIT_V1 + " or " + MULTI_CIRCUIT_V1);
        }
        if (input == null || !input.isObject()) {
            throw new CircuitException(INVALID_INPUT, "input must be a JSON object with 'qubits' and 'circuit'");
        }
        JsonNode circuits = input.get("circuits");
        boolean multi = circuits != null && !circuits.isNull();
        if (multi) {
            if (has(input, "circuit")) {
                throw new CircuitException(INVALID_INPUT,
                        "input has both 'circuit' and 'circuits'; send one circuit in 'circuit' or several in 'circuits'");
            }
            if (!circuits.isArray() || circuits.isEmpty()) {
                throw new CircuitException(INVALID_INPUT, "input.circuits must be a non-empty array of circuits");
            }
            String parentGateset = gateset(input, "qis", "input");
            Integer parentQubits = qubits(input, "input");
            List<Circuit> out = new ArrayList<>(circuits.size());
            for (int i = 0; i < circuits.size(); i++) {
                JsonNode child = circuits.get(i);
                String where = "input.circuits[" + i + "]";
                if (!child.isObject()) {
                    throw new CircuitException(INVALID_INPUT, where + " must be an object with a 'circuit' array");
                }
                String gateset = gateset(child, parentGateset, where);
                Integer qubits = qubits(child, where);
                out.add(circuit(text(child, "name"), gateset, qubits != null ? qubits : parentQubits,
                        child.get("circuit"), where));
            }
            return out;
        }
        if (t.equals(MULTI_CIRCUIT_V1)) {
            throw new CircuitException(INVALID_INPUT, MULTI_CIRCUIT_V1 + " needs input.circuits, an array of circuits");
        }
        return List.of(circuit(text(input, "name"), gateset(input, "qis", "input"), qubits(input, "input"),
                input.get("circuit"), "input"));
    }

    private static Circuit circuit(String name, String gateset, Integer declaredQubits, JsonNode gates, String where) {
        if (gates == null || gates.isNull()) {
            throw new CircuitException(INVALID_INPUT, where + ".circuit is missing; give the gates as an array");
        }
        if (!gates.isArray()) {
            throw new CircuitException(INVALID_INPUT, where + ".circuit must be an array of gates");
        }
        List<Gate> parsed = new ArrayList<>(gates.size());
        for (int i = 0; i < gates.size(); i++) {
            GateParser p = new GateParser(gates.get(i), where + ".circuit[" + i + "]", gateset);
            p.parseInto(parsed);
        }
        int needed = 1;
        for (Gate g : parsed) {
            needed = Math.max(needed, g.operation().maxQubit() + 1);
        }
        int qubits = declaredQubits != null ? declaredQubits : needed;
        for (int i = 0; i < gates.size(); i++) {
            checkRange(gates.get(i), qubits, where + ".circuit[" + i + "]");
        }
        return new Circuit(name, gateset, qubits, parsed);
    }

    private static void checkRange(JsonNode gate, int qubits, String where) {
        for (String field : new String[] {"target", "targets", "control", "controls"}) {
            JsonNode v = gate.get(field);
            if (v == null) {
                continue;
            }
            for (JsonNode q : v.isArray() ? v : List.of(v)) {
                if (q.asInt() >= qubits) {
                    throw new CircuitException(INVALID_INPUT, where + ": " + field + " " + q.asInt()
                            + " is out of range for a circuit of " + qubits + " qubits (indices 0.." + (qubits - 1)
                            + "); raise 'qubits' or fix the index");
                }
            }
        }
    }

    private static String gateset(JsonNode node, String inherited, String where) {
        JsonNode g = node.get("gateset");
        if (g == null || g.isNull()) {
            return inherited;
        }
        String value = g.asText().toLowerCase(Locale.ROOT);
        if (!value.equals("qis") && !value.equals("native")) {
            throw new CircuitException(INVALID_INPUT, where + ".gateset '" + g.asText() + "' is unknown; use 'qis' or 'native'");
        }
        return value;
    }

    private static Integer qubits(JsonNode node, String where) {
        JsonNode q = node.get("qubits");
        if (q == null || q.isNull()) {
            return null;
        }
        Double value = number(q);
        if (value == null || value != Math.rint(value) || value < 1 || value > Integer.MAX_VALUE) {
            throw new CircuitException(INVALID_INPUT, where + ".qubits must be a positive integer, was " + q);
        }
        return value.intValue();
    }

    private static boolean has(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v != null && !v.isNull();
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** A JSON number, or a string holding one (cirq-ionq sends some numbers as strings). */
    static Double number(JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isNumber()) {
            return v.doubleValue();
        }
        if (v.isTextual()) {
            try {
                return Double.parseDouble(v.asText().trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /** Parses one gate object. */
    private static final class GateParser {
        private final JsonNode node;
        private final String where;
        private final String gateset;
        private String name;

        GateParser(JsonNode node, String where, String gateset) {
            this.node = node;
            this.where = where;
            this.gateset = gateset;
        }

        void parseInto(List<Gate> out) {
            if (node == null || !node.isObject()) {
                throw invalid("a gate must be an object like {\"gate\": \"h\", \"target\": 0}");
            }
            JsonNode g = node.get("gate");
            if (g == null || g.isNull()) {
                throw invalid("'gate' is missing; name the gate, e.g. \"gate\": \"h\"");
            }
            if (!g.isTextual()) {
                throw invalid("'gate' must be a string naming the gate, e.g. \"gate\": \"h\", not "
                        + (g.isContainerNode() ? (g.isArray() ? "an array" : "an object") : g.isNumber() ? "a number"
                        : g.isBoolean() ? "a boolean" : "a " + g.getNodeType().name().toLowerCase(Locale.ROOT)));
            }
            if (g.asText().isBlank()) {
                throw invalid("'gate' is empty; name the gate, e.g. \"gate\": \"h\"");
            }
            name = g.asText().trim().toLowerCase(Locale.ROOT);
            if (gateset.equals("native")) {
                parseNative(out);
            } else {
                parseQis(out);
            }
        }

        private void parseQis(List<Gate> out) {
            boolean known = QIS_1Q.contains(name) || QIS_2Q.contains(name) || name.equals("cnot");
            if (name.equals(PauliExp.NAME)) {
                parsePauliExp(out);
                return;
            }
            if (!known) {
                if (name.equals("gpi") || name.equals("gpi2") || name.equals("ms")) {
                    throw invalid("'" + name + "' is a native gate but this circuit's gateset is qis; native and QIS gates "
                            + "cannot be mixed in one circuit (set \"gateset\": \"native\" and use only gpi, gpi2, ms, zz)");
                }
                throw new CircuitException(UNSUPPORTED_GATE, prefix() + "unknown gate '" + name
                        + "' in the qis gateset; supported: x y z rx ry rz h s si v vi t ti not cnot swap xx yy zz");
            }
            int[] controls = qubitList("control", "controls", false);
            int[] targets = qubitList("target", "targets", true);
            if (name.equals("cnot") && controls.length == 0) {
                throw invalid("cnot needs a control qubit ('control' or 'controls')");
            }
            if (controls.length > MAX_CONTROLS) {
                throw new CircuitException(TOO_MANY_CONTROLS, prefix() + controls.length + " controls; IonQ accepts at"
                        + " most " + MAX_CONTROLS + " on one gate. Decompose the gate with ancilla qubits.");
            }
            if (name.equals("swap") && controls.length > 0) {
                throw new CircuitException(UNSUPPORTED_GATE, prefix() + "a controlled swap is not supported by IonQ;"
                        + " write it as cnot(b→a), then x with controls [c, a] on b, then cnot(b→a)");
            }
            if (has(node, "rotation") && !ROTATED.contains(name) && !PHASE_GATES.contains(name)) {
                throw invalid("'" + name + "' takes no 'rotation' (only rx, ry, rz, xx, yy, zz do, and z, s, t as the"
                        + " phase rotation P(θ)); remove it or use the rotation gate you mean");
            }
            if (QIS_2Q.contains(name)) {
                if (targets.length != 2) {
                    throw invalid(name + " acts on two qubits; give \"targets\": [a, b] (got " + targets.length + ")");
                }
                distinct(targets, controls);
                ComplexMatrix m = switch (name) {
                    case "swap" -> Gates.SWAP;
                    case "xx" -> Gates.xx(rotation());
                    case "yy" -> Gates.yy(rotation());
                    default -> Gates.zz(rotation());
                };
                out.add(new Gate(name, Operation.controlled(controls, m, targets)));
                return;
            }
            ComplexMatrix m = oneQubitMatrix();
            if (name.equals("cnot") && targets.length != 1) {
                throw invalid("cnot has one target (got " + targets.length + ")");
            }
            for (int t : targets) {
                distinct(new int[] {t}, controls);
                out.add(new Gate(name, Operation.controlled(controls, m, t)));
            }
        }

        private ComplexMatrix oneQubitMatrix() {
            if (PHASE_GATES.contains(name) && has(node, "rotation")) {
                return ComplexMatrix.diagonalPhases(0, rotation());
            }
            return switch (name) {
                case "x", "not", "cnot" -> Gates.X;
                case "y" -> Gates.Y;
                case "z" -> Gates.Z;
                case "h" -> Gates.H;
                case "s" -> Gates.S;
                case "si" -> Gates.SI;
                case "t" -> Gates.T;
                case "ti" -> Gates.TI;
                case "v" -> Gates.V;
                case "vi" -> Gates.VI;
                case "rx" -> Gates.rx(rotation());
                case "ry" -> Gates.ry(rotation());
                case "rz" -> Gates.rz(rotation());
                default -> throw new IllegalStateException(name);
            };
        }

        private void parsePauliExp(List<Gate> out) {
            if (has(node, "control") || has(node, "controls")) {
                throw invalid("pauliexp takes no controls");
            }
            int[] targets = qubitList("target", "targets", true);
            distinct(targets, new int[0]);
            JsonNode terms = node.get("terms");
            JsonNode coefficients = node.get("coefficients");
            if (terms == null || !terms.isArray() || terms.isEmpty()) {
                throw invalid("'terms' must be a non-empty array of Pauli strings over I, X, Y, Z, one letter per"
                        + " target, e.g. \"terms\": [\"XX\", \"ZI\"]");
            }
            if (coefficients == null || !coefficients.isArray() || coefficients.size() != terms.size()) {
                throw invalid("'coefficients' must be an array of numbers, one per term (" + terms.size() + ")");
            }
            List<String> strings = new ArrayList<>();
            double[] c = new double[terms.size()];
            for (int k = 0; k < terms.size(); k++) {
                String term = terms.get(k).isTextual() ? terms.get(k).asText().toUpperCase(Locale.ROOT) : "";
                if (term.length() != targets.length || !term.matches("[IXYZ]+")) {
                    throw invalid("terms[" + k + "] must be " + targets.length + " letters of I, X, Y, Z (one per"
                            + " target), was " + terms.get(k));
                }
                strings.add(term);
                Double v = number(coefficients.get(k));
                if (v == null || !Double.isFinite(v)) {
                    throw invalid("coefficients[" + k + "] must be a finite number, was " + coefficients.get(k));
                }
                c[k] = v;
            }
            Double time = number(node.get("time"));
            if (time == null || !Double.isFinite(time)) {
                throw invalid("'time' must be a finite number (U = Π exp(−i·c·time·P)), was " + node.get("time"));
            }
            out.addAll(PauliExp.gates(targets, strings, c, time));
        }

        private double rotation() {
            JsonNode r = node.get("rotation");
            if (r == null || r.isNull()) {
                throw invalid("'rotation' is missing; give the angle in radians, e.g. \"rotation\": 1.5708");
            }
            Double v = number(r);
            if (v == null || !Double.isFinite(v)) {
                throw invalid("'rotation' must be a finite number of radians, was " + r);
            }
            return v;
        }

        private void parseNative(List<Gate> out) {
            if (!NATIVE.contains(name)) {
                if (QIS_1Q.contains(name) || QIS_2Q.contains(name) || name.equals("cnot") || name.equals("pauliexp")) {
                    throw invalid("'" + name + "' is a QIS gate but this circuit's gateset is native; native and QIS gates "
                            + "cannot be mixed in one circuit (use only gpi, gpi2, ms, zz, or set \"gateset\": \"qis\")");
                }
                throw new CircuitException(UNSUPPORTED_GATE, prefix() + "unknown gate '" + name
                        + "' in the native gateset; supported: gpi gpi2 ms zz");
            }
            if (name.equals("nop")) {
                return;
            }
            if (has(node, "control") || has(node, "controls")) {
                throw invalid("native gates take no controls");
            }
            int[] targets = qubitList("target", "targets", true);
            switch (name) {
                case "gpi", "gpi2" -> {
                    if (targets.length != 1) {
                        throw invalid(name + " acts on one qubit; give \"target\": q (got " + targets.length + " targets)");
                    }
                    double phase = phase(node.get("phase"), "phase");
                    ComplexMatrix m = name.equals("gpi") ? Gates.gpi(phase) : Gates.gpi2(phase);
                    out.add(new Gate(name, Operation.of(m, targets)));
                }
                case "ms" -> {
                    twoTargets(targets);
                    JsonNode phases = node.get("phases");
                    if (phases == null || !phases.isArray() || phases.size() != 2) {
                        throw invalid("ms needs \"phases\": [phi0, phi1] in turns");
                    }
                    double p0 = phase(phases.get(0), "phases[0]");
                    double p1 = phase(phases.get(1), "phases[1]");
                    double angle = 0.25;
                    JsonNode a = node.get("angle");
                    if (a != null && !a.isNull()) {
                        Double v = number(a);
                        if (v == null || !(v >= 0 && v <= 0.25)) {
                            throw invalid("ms 'angle' must be a number of turns from 0 to 0.25 (0.25 = fully entangling), was " + a);
                        }
                        angle = v;
                    }
                    out.add(new Gate(name, Operation.of(Gates.ms(p0, p1, angle), targets)));
                }
                default -> { // zz
                    twoTargets(targets);
                    JsonNode a = has(node, "angle") ? node.get("angle") : node.get("phase");
                    if (a == null || a.isNull()) {
                        throw invalid("zz needs \"angle\" in turns");
                    }
                    Double v = number(a);
                    if (v == null || !Double.isFinite(v)) {
                        throw invalid("zz 'angle' must be a finite number of turns, was " + a);
                    }
                    out.add(new Gate(name, Operation.of(Gates.nativeZz(v), targets)));
                }
            }
        }

        private void twoTargets(int[] targets) {
            if (targets.length != 2) {
                throw invalid(name + " acts on two qubits; give \"targets\": [a, b] (got " + targets.length + ")");
            }
            distinct(targets, new int[0]);
        }

        private double phase(JsonNode p, String field) {
            if (p == null || p.isNull()) {
                throw invalid("'" + field + "' is missing; give it in turns, from -1 to 1");
            }
            Double v = number(p);
            if (v == null || !(v >= -1 && v <= 1)) {
                throw invalid("'" + field + "' must be a number of turns from -1 to 1, was " + p);
            }
            return v;
        }

        private int[] qubitList(String single, String plural, boolean required) {
            JsonNode one = node.get(single);
            JsonNode many = node.get(plural);
            boolean hasOne = one != null && !one.isNull();
            boolean hasMany = many != null && !many.isNull();
            if (hasOne && hasMany) {
                int[] a = new int[] {qubit(one, single)};
                int[] b = list(many, plural);
                if (b.length == 1 && b[0] == a[0]) {
                    return a;
                }
                throw invalid("both '" + single + "' and '" + plural + "' given with different qubits; use one of them");
            }
            if (hasOne) {
                return new int[] {qubit(one, single)};
            }
            if (hasMany) {
                int[] b = list(many, plural);
                if (b.length == 0 && required) {
                    throw invalid("'" + plural + "' is empty; give at least one qubit");
                }
                return b;
            }
            if (required) {
                throw invalid("'" + single + "' (or '" + plural + "') is missing; say which qubit the gate acts on");
            }
            return new int[0];
        }

        private int[] list(JsonNode many, String field) {
            if (!many.isArray()) {
                return new int[] {qubit(many, field)};
            }
            int[] out = new int[many.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = qubit(many.get(i), field + "[" + i + "]");
            }
            return out;
        }

        private int qubit(JsonNode v, String field) {
            Double d = number(v);
            if (d == null || d != Math.rint(d) || d < 0 || d > 62) {
                throw invalid("'" + field + "' must be a qubit index (an integer from 0 to 62), was " + v);
            }
            return d.intValue();
        }

        private void distinct(int[] targets, int[] controls) {
            long seen = 0;
            for (int t : targets) {
                if ((seen & (1L << t)) != 0) {
                    throw invalid("qubit " + t + " appears twice among the targets");
                }
                seen |= 1L << t;
            }
            for (int c : controls) {
                if ((seen & (1L << c)) != 0) {
                    throw invalid("qubit " + c + " is both a control and a target (or a repeated control)");
                }
                seen |= 1L << c;
            }
        }

        private String prefix() {
            return where + (name != null ? " (gate '" + name + "')" : "") + ": ";
        }

        private CircuitException invalid(String message) {
            return new CircuitException(INVALID_INPUT, prefix() + message);
        }
    }
}
