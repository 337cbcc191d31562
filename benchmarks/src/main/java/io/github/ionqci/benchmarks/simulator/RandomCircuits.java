package io.github.ionqci.benchmarks.simulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ionqci.emulator.circuit.Circuit;
import io.github.ionqci.emulator.circuit.Circuits;

import java.util.SplittableRandom;

/**
 * Seeded random {@code ionq.circuit.v1} circuits for the simulator benchmarks: 70 % one-qubit gates
 * (h x y rx ry rz s t v) and 30 % two-qubit gates (cnot, zz, xx, swap) on uniformly random qubits,
 * built as job JSON and parsed like a submitted job.
 */
public final class RandomCircuits {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] ONE_QUBIT = {"h", "x", "y", "rx", "ry", "rz", "s", "t", "v"};
    private static final String[] TWO_QUBIT = {"cnot", "zz", "xx", "swap"};

    private RandomCircuits() {
    }

    /**
     * The job input of a random circuit: 70 % one-qubit gates, the rest two-qubit gates.
     *
     * @param qubits its width, at least 2
     * @param gates  how many gates
     * @param seed   the random seed (the same seed gives the same circuit)
     * @return the {@code input} of an {@code ionq.circuit.v1} job
     */
    public static ObjectNode input(int qubits, int gates, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        ObjectNode input = JSON.createObjectNode().put("qubits", qubits).put("gateset", "qis");
        ArrayNode circuit = input.putArray("circuit");
        for (int g = 0; g < gates; g++) {
            int a = rng.nextInt(qubits);
            if (rng.nextInt(10) < 7) {
                String name = ONE_QUBIT[rng.nextInt(ONE_QUBIT.length)];
                ObjectNode gate = circuit.addObject().put("gate", name).put("target", a);
                if (name.startsWith("r")) {
                    gate.put("rotation", rng.nextDouble() * 2 * Math.PI);
                }
            } else {
                int b = (a + 1 + rng.nextInt(qubits - 1)) % qubits;
                String name = TWO_QUBIT[rng.nextInt(TWO_QUBIT.length)];
                ObjectNode gate = circuit.addObject().put("gate", name);
                if (name.equals("cnot")) {
                    gate.put("control", a).put("target", b);
                } else {
                    gate.putArray("targets").add(a).add(b);
                    if (!name.equals("swap")) {
                        gate.put("rotation", rng.nextDouble() * 2 * Math.PI);
                    }
                }
            }
        }
        return input;
    }

    /**
     * A parsed random circuit.
     *
     * @param qubits its width, at least 2
     * @param gates  how many gates
     * @param seed   the random seed (the same seed gives the same circuit)
     * @return the circuit of {@link #input(int, int, long)}, parsed as the emulator parses it
     */
    public static Circuit circuit(int qubits, int gates, long seed) {
        return Circuits.parse(Circuits.CIRCUIT_V1, input(qubits, gates, seed)).get(0);
    }
}
