package io.github.ionqci.emulator.circuit;

import io.github.ionqci.emulator.simulator.Operation;

import java.util.List;

/**
 * A validated {@code ionq.circuit.v1} circuit, ready to simulate.
 *
 * <pre>{@code
 * List<Circuit> circuits = Circuits.parse("ionq.circuit.v1", input);
 * Circuit c = circuits.get(0);
 * c.qubits(); c.gateCount1q(); c.gateCount2q();
 * SimulationResult r = CircuitRunner.run(c, 1000, "ideal", 42L);
 * }</pre>
 *
 * @param name    the circuit's {@code name} (multi-circuit jobs), or null
 * @param gateset {@code qis} or {@code native}
 * @param qubits  the width: {@code input.qubits}, or one more than the highest qubit used
 * @param gates   the gates in order ({@code nop} is dropped)
 */
public record Circuit(String name, String gateset, int qubits, List<Gate> gates) {

    /**
     * Copies the gate list.
     *
     * @param name    the circuit's {@code name} (multi-circuit jobs), or null
     * @param gateset {@code qis} or {@code native}
     * @param qubits  the width: {@code input.qubits}, or one more than the highest qubit used
     * @param gates   the gates in order ({@code nop} is dropped)
     */
    public Circuit {
        gates = List.copyOf(gates);
    }

    /**
     * Gates that touch one qubit, as submitted (what the emulator prices; its {@code stats.gate_counts["1q"]} counts
     * the compiled circuit, see {@link CompiledCircuit#gateCount1q()}).
     *
     * @return the number of one-qubit gates
     */
    public int gateCount1q() {
        return (int) gates.stream().filter(g -> g.width() == 1).count();
    }

    /**
     * Gates that touch two or more qubits, as submitted; a multi-controlled gate counts once (the emulator's
     * {@code stats.gate_counts["2q"]} counts the compiled circuit, see {@link CompiledCircuit#gateCount2q()}).
     *
     * @return the number of gates on two or more qubits
     */
    public int gateCount2q() {
        return (int) gates.stream().filter(g -> g.width() >= 2).count();
    }

    /**
     * The operations the simulator applies, in order.
     *
     * @return one operation per gate
     */
    public List<Operation> operations() {
        return gates.stream().map(Gate::operation).toList();
    }
}
