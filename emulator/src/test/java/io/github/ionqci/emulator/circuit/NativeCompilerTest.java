package io.github.ionqci.emulator.circuit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.ionqci.emulator.simulator.Gates;
import io.github.ionqci.emulator.simulator.Operation;
import io.github.ionqci.emulator.simulator.RandomCircuits;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link NativeCompiler} against the simulator: a compiled circuit, followed by its final Z rotations, has the
 * submitted circuit's unitary up to a global phase, and alone its exact distribution; for the MS (Aria) and the
 * ZZ (Forte) gate sets.
 */
class NativeCompilerTest {

    private static final double TOL = 1e-9;

    /** The compiled gates followed by the final rotations, which the compiled circuit leaves virtual. */
    private static Circuit withFinalRotations(CompiledCircuit compiled) {
        List<Gate> gates = new ArrayList<>(compiled.circuit().gates());
        double[] rotations = compiled.finalRotations();
        for (int q = 0; q < rotations.length; q++) {
            gates.add(new Gate("rz", Operation.of(Gates.rz(rotations[q]), q)));
        }
        return new Circuit(null, "native", compiled.qubits(), gates);
    }

    /** Compiles for {@code backend} and checks the unitary, the distribution, the gate set and the JSON. */
    private static CompiledCircuit assertCompilesExactly(Circuit circuit, String backend) {
        CompiledCircuit compiled = NativeCompiler.forBackend(backend).compile(circuit);
        UnitaryComparison unitary = CircuitOracle.compare(circuit, withFinalRotations(compiled));
        assertThat(unitary.maxDeviation()).as("unitary of %s on %s: %s", circuit.gates().stream().map(Gate::name)
                .toList(), backend, unitary).isLessThan(TOL);
        Map<Long, Double> expected = CircuitOracle.distribution(circuit, "ideal").asMap();
        Map<Long, Double> actual = CircuitOracle.distribution(compiled.circuit(), "ideal").asMap();
        Set<Long> states = new java.util.TreeSet<>(expected.keySet());
        states.addAll(actual.keySet());
        for (long state : states) {
            assertThat(actual.getOrDefault(state, 0.0)).as("P(%d) on %s", state, backend)
                    .isCloseTo(expected.getOrDefault(state, 0.0), within(TOL));
        }
        String twoQubit = BackendRules.nativeGates(backend).contains("ms") ? "ms" : "zz";
        for (NativeGate g : compiled.gates()) {
            assertThat(g.gate()).isIn("gpi", "gpi2", twoQubit);
            for (double phase : g.phases()) {
                assertThat(phase).isBetween(0.0, 1.0);
            }
            if (g.twoQubit()) {
                assertThat(Math.abs(g.angle())).isBetween(0.0, 0.25);
            }
        }
        // the JSON is a native circuit the parser takes back, with the same unitary
        Circuit reparsed = Circuits.parse(Circuits.CIRCUIT_V1, withGateset(compiled)).get(0);
        assertThat(CircuitOracle.compare(compiled.circuit(), reparsed).maxDeviation()).isLessThan(1e-12);
        return compiled;
    }

    private static com.fasterxml.jackson.databind.node.ObjectNode withGateset(CompiledCircuit compiled) {
        return compiled.toJson().put("gateset", "native");
    }

    private static Circuit ops(int qubits, List<Operation> ops) {
        return new Circuit(null, "qis", qubits, ops.stream().map(op -> new Gate("op", op)).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"qpu.aria-1", "qpu.forte-1"})
    void twoHundredRandomCircuitsCompileToTheSameCircuit(String backend) {
        int twoQubitGates = 0;
        for (int i = 0; i < 200; i++) {
            int qubits = 3 + i % 4;
            Circuit circuit = ops(qubits, RandomCircuits.operations(qubits, 5 + i % 25, 9_000 + i));
            twoQubitGates += assertCompilesExactly(circuit, backend).gateCount2q();
        }
        assertThat(twoQubitGates).isPositive();
    }

    /** Every QIS gate the parser knows, alone and with controls, as a client writes it. */
    @ParameterizedTest
    @ValueSource(strings = {"qpu.aria-1", "qpu.forte-1", "simulator", "qpu.harmony"})
    void everyGateKindCompiles(String backend) {
        List<String> gates = new ArrayList<>();
        for (String g : List.of("x", "y", "z", "h", "s", "si", "t", "ti", "v", "vi", "not")) {
            gates.add("{\"gate\":\"" + g + "\",\"target\":1}");
            gates.add("{\"gate\":\"" + g + "\",\"controls\":[0],\"targets\":[2]}");
        }
        for (String g : List.of("rx", "ry", "rz")) {
            gates.add("{\"gate\":\"" + g + "\",\"target\":2,\"rotation\":0.7}");
            gates.add("{\"gate\":\"" + g + "\",\"control\":1,\"target\":0,\"rotation\":-2.1}");
            gates.add("{\"gate\":\"" + g + "\",\"controls\":[0,3],\"target\":1,\"rotation\":1.3}");
        }
        for (String g : List.of("z", "s", "t")) {
            gates.add("{\"gate\":\"" + g + "\",\"target\":0,\"rotation\":0.4}");
            gates.add("{\"gate\":\"" + g + "\",\"controls\":[1,2],\"targets\":[0],\"rotation\":0.9}");
        }
        gates.add("{\"gate\":\"cnot\",\"control\":2,\"target\":0}");
        gates.add("{\"gate\":\"swap\",\"targets\":[0,3]}");
        for (String g : List.of("xx", "yy", "zz")) {
            gates.add("{\"gate\":\"" + g + "\",\"targets\":[1,2],\"rotation\":0.6}");
            gates.add("{\"gate\":\"" + g + "\",\"targets\":[0,2],\"rotation\":-2.9}");
            gates.add("{\"gate\":\"" + g + "\",\"controls\":[3],\"targets\":[0,1],\"rotation\":1.1}");
            gates.add("{\"gate\":\"" + g + "\",\"controls\":[3,1],\"targets\":[0,2],\"rotation\":0.5}");
        }
        gates.add("{\"gate\":\"pauliexp\",\"targets\":[0,1,2],\"terms\":[\"XYZ\",\"ZIX\",\"YYI\"],"
                + "\"coefficients\":[0.3,-0.8,0.45],\"time\":0.7}");
        for (String json : gates) {
            assertCompilesExactly(CircuitBuilder.qis(4).raw(json).circuit(), backend);
        }
        for (int controls = 1; controls <= Circuits.MAX_CONTROLS; controls++) {
            int[] c = java.util.stream.IntStream.rangeClosed(1, controls).toArray();
            assertCompilesExactly(CircuitBuilder.qis(controls + 1).controlled("x", c, 0).circuit(), backend);
            assertCompilesExactly(CircuitBuilder.qis(controls + 1).raw("{\"gate\":\"rx\",\"rotation\":0.8,"
                    + "\"controls\":" + java.util.Arrays.toString(c) + ",\"target\":0}").circuit(), backend);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"qpu.aria-1", "qpu.forte-1"})
    void rzIsVirtualAndEmitsNoGate(String backend) {
        NativeCompiler compiler = NativeCompiler.forBackend(backend);
        CompiledCircuit rzOnly = compiler.compile(CircuitBuilder.qis(2).rotation("rz", 0, 0.3).rotation("rz", 1, -1.2)
                .rotation("rz", 0, 2.0).circuit());
        assertThat(rzOnly.gates()).isEmpty();
        assertThat(rzOnly.finalRotations()[0]).isCloseTo(2.3, within(1e-12));
        assertThat(rzOnly.finalRotations()[1]).isCloseTo(-1.2, within(1e-12));
        // Rz before a qubit's first gate or after its last shifts phases only: the same gates, no more
        for (int i = 0; i < 20; i++) {
            List<Operation> ops = new ArrayList<>(RandomCircuits.operations(4, 12, 500 + i));
            for (int q = 0; q < 4; q++) {
                ops.add(0, Operation.of(Gates.rz(0.4 + q), q));
                ops.add(Operation.of(Gates.rz(1.7 - q), q));
            }
            CompiledCircuit plain = compiler.compile(ops(4, RandomCircuits.operations(4, 12, 500 + i)));
            CompiledCircuit withRz = assertCompilesExactly(ops(4, ops), backend);
            assertThat(withRz.gates()).extracting(NativeGate::gate)
                    .containsExactlyElementsOf(plain.gates().stream().map(NativeGate::gate).toList());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"qpu.aria-1", "qpu.forte-1"})
    void twoQubitGatesCostWhatIonQDocuments(String backend) {
        Map<String, Integer> twoQubit = new TreeMap<>();
        for (String json : List.of("{\"gate\":\"cnot\",\"control\":0,\"target\":1}", "{\"gate\":\"swap\",\"targets\":[0,1]}",
                "{\"gate\":\"xx\",\"targets\":[0,1],\"rotation\":0.3}", "{\"gate\":\"zz\",\"targets\":[0,1],\"rotation\":2.2}")) {
            String name = json.substring(9, json.indexOf('"', 9));
            twoQubit.put(name, assertCompilesExactly(CircuitBuilder.qis(2).raw(json).circuit(), backend).gateCount2q());
        }
        assertThat(twoQubit).containsExactlyInAnyOrderEntriesOf(Map.of("cnot", 1, "swap", 3, "xx", 1, "zz", 1));
        Circuit toffoli = CircuitBuilder.qis(3).controlled("x", new int[] {0, 1}, 2).circuit();
        assertThat(assertCompilesExactly(toffoli, backend).gateCount2q()).as("3 controlled roots, 2 CNOTs").isEqualTo(5);
        CompiledCircuit swap = NativeCompiler.forBackend(backend).compile(CircuitBuilder.qis(2).swap(0, 1).circuit());
        assertThat(swap.gates().stream().filter(NativeGate::twoQubit).map(NativeGate::gate).distinct().toList())
                .containsExactly(backend.contains("forte") ? "zz" : "ms");
    }

    @Test
    void aNativeCircuitIsReportedAsSubmitted() {
        Circuit submitted = CircuitBuilder.nativeGates(3).raw("{\"gate\":\"gpi\",\"target\":0,\"phase\":0.1}")
                .raw("{\"gate\":\"gpi2\",\"target\":1,\"phase\":0.35}")
                .raw("{\"gate\":\"ms\",\"targets\":[0,2],\"phases\":[0.2,0.7],\"angle\":0.125}")
                .raw("{\"gate\":\"ms\",\"targets\":[1,2],\"phases\":[0.6,0.05]}")
                .raw("{\"gate\":\"zz\",\"targets\":[2,0],\"angle\":-0.2}").circuit();
        CompiledCircuit reported = NativeCompiler.forBackend("qpu.aria-1").compile(submitted);
        assertThat(reported.gates()).extracting(NativeGate::gate).containsExactly("gpi", "gpi2", "ms", "ms", "zz");
        assertThat(reported.gates().get(0).phases()[0]).isCloseTo(0.1, within(1e-12));
        assertThat(reported.gates().get(1).phases()[0]).isCloseTo(0.35, within(1e-12));
        assertThat(reported.gates().get(2).angle()).isCloseTo(0.125, within(1e-12));
        assertThat(reported.gates().get(3).angle()).isEqualTo(0.25);
        assertThat(reported.gates().get(4).angle()).isCloseTo(-0.2, within(1e-12));
        assertThat(CircuitOracle.compare(submitted, reported.circuit()).maxDeviation()).isLessThan(1e-12);
        assertThat(reported.toJson().get("circuit").get(3).has("angle")).as("0.25 is IonQ's default").isFalse();
    }
}
