package io.github.ionqci.emulator.circuit;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ionqci.emulator.simulator.ComplexMatrix;
import io.github.ionqci.emulator.simulator.Gates;
import io.github.ionqci.emulator.simulator.Operation;

/**
 * One of IonQ's native gates, phases and angles in turns: {@code gpi} and {@code gpi2} (one phase, one target),
 * {@code ms} (two phases, an angle from 0 to 0.25), {@code zz} (an angle).
 *
 * <pre>{@code
 * NativeGate ms = NativeGate.ms(0, 1, 0.0, 0.25, 0.25);
 * ms.toJson();   // {"gate":"ms","targets":[0,1],"phases":[0.0,0.25]}
 * }</pre>
 *
 * @param gate    {@code gpi}, {@code gpi2}, {@code ms} or {@code zz}
 * @param targets the qubits: one for gpi and gpi2, two for ms and zz
 * @param phases  the phases in turns: one for gpi and gpi2, two for ms, none for zz
 * @param angle   the ms or zz angle in turns (0 for gpi and gpi2)
 */
public record NativeGate(String gate, int[] targets, double[] phases, double angle) {

    /** The fully entangling MS angle, IonQ's default (left out of the JSON). */
    public static final double FULL_MS_ANGLE = 0.25;

    /**
     * Copies the arrays.
     *
     * @param gate    {@code gpi}, {@code gpi2}, {@code ms} or {@code zz}
     * @param targets the qubits: one for gpi and gpi2, two for ms and zz
     * @param phases  the phases in turns: one for gpi and gpi2, two for ms, none for zz
     * @param angle   the ms or zz angle in turns (0 for gpi and gpi2)
     */
    public NativeGate {
        targets = targets.clone();
        phases = phases.clone();
    }

    /**
     * @param target the qubit
     * @param phase  φ in turns
     * @return GPI(φ) = [[0, e^{−i2πφ}], [e^{i2πφ}, 0]]
     */
    public static NativeGate gpi(int target, double phase) {
        return new NativeGate("gpi", new int[] {target}, new double[] {phase}, 0);
    }

    /**
     * @param target the qubit
     * @param phase  φ in turns
     * @return GPI2(φ) = 1/√2·[[1, −i·e^{−i2πφ}], [−i·e^{i2πφ}, 1]]
     */
    public static NativeGate gpi2(int target, double phase) {
        return new NativeGate("gpi2", new int[] {target}, new double[] {phase}, 0);
    }

    /**
     * @param q0     the first target
     * @param q1     the second target
     * @param phase0 φ0 in turns, on the first target
     * @param phase1 φ1 in turns, on the second target
     * @param angle  θ in turns, 0 to 0.25
     * @return MS(φ0, φ1, θ)
     */
    public static NativeGate ms(int q0, int q1, double phase0, double phase1, double angle) {
        return new NativeGate("ms", new int[] {q0, q1}, new double[] {phase0, phase1}, angle);
    }

    /**
     * @param q0    the first target
     * @param q1    the second target
     * @param angle θ in turns
     * @return ZZ(θ) = exp(−iπθ Z⊗Z)
     */
    public static NativeGate zz(int q0, int q1, double angle) {
        return new NativeGate("zz", new int[] {q0, q1}, new double[0], angle);
    }

    /** @return a copy of the qubits */
    @Override
    public int[] targets() {
        return targets.clone();
    }

    /** @return a copy of the phases, in turns */
    @Override
    public double[] phases() {
        return phases.clone();
    }

    /** @return whether the gate acts on two qubits (ms, zz) */
    public boolean twoQubit() {
        return targets.length == 2;
    }

    /** @return the unitary the simulator applies */
    public Operation operation() {
        ComplexMatrix m = switch (gate) {
            case "gpi" -> Gates.gpi(phases[0]);
            case "gpi2" -> Gates.gpi2(phases[0]);
            case "ms" -> Gates.ms(phases[0], phases[1], angle);
            default -> Gates.nativeZz(angle);
        };
        return Operation.of(m, targets);
    }

    /** @return the gate as IonQ's native-gate JSON ({@code Gate_NativeGate}) */
    public ObjectNode toJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("gate", gate);
        if (targets.length == 1) {
            node.put("target", targets[0]);
            node.put("phase", phases[0]);
            return node;
        }
        node.putArray("targets").add(targets[0]).add(targets[1]);
        if (gate.equals("ms")) {
            ArrayNode p = node.putArray("phases");
            p.add(phases[0]).add(phases[1]);
            if (angle != FULL_MS_ANGLE) {
                node.put("angle", angle);
            }
        } else {
            node.put("angle", angle);
        }
        return node;
    }

    /**
     * Reads a parsed native gate back from its matrix (the parser keeps only the unitary): the phases and angle
     * returned give the same unitary.
     *
     * @param g a gate of a {@code native} circuit
     * @return the native gate
     */
    static NativeGate of(Gate g) {
        ComplexMatrix m = g.operation().matrix();
        int[] t = g.targets();
        switch (g.name()) {
            case "gpi":
                return gpi(t[0], turns(Math.atan2(m.im(1, 0), m.re(1, 0))));
            case "gpi2":
                // m10 = −i·e^{iφ'}/√2
                return gpi2(t[0], turns(Math.atan2(m.im(1, 0), m.re(1, 0)) + Math.PI / 2));
            case "ms": {
                double s = Math.hypot(m.re(3, 0), m.im(3, 0));
                double angle = Math.min(FULL_MS_ANGLE, Math.atan2(s, m.re(0, 0)) / Math.PI);
                if (s == 0) {
                    return ms(t[0], t[1], 0, 0, angle);
                }
                // m30 = −i s e^{i(a0+a1)}, m21 = −i s e^{i(a1−a0)}
                double sum = Math.atan2(m.im(3, 0), m.re(3, 0)) + Math.PI / 2;
                double diff = Math.atan2(m.im(2, 1), m.re(2, 1)) + Math.PI / 2;
                return ms(t[0], t[1], turns((sum - diff) / 2), turns((sum + diff) / 2), angle);
            }
            default: {
                // diag(e^{−iπθ}, e^{iπθ}, e^{iπθ}, e^{−iπθ}); keep θ in (−0.5, 0.5]
                double theta = Math.atan2(m.im(1, 1), m.re(1, 1)) / Math.PI;
                return zz(t[0], t[1], theta);
            }
        }
    }

    /** Radians to turns in [0, 1). */
    static double turns(double radians) {
        double t = radians / (2 * Math.PI);
        t -= Math.floor(t);
        return t >= 1 ? 0 : t;
    }
}
