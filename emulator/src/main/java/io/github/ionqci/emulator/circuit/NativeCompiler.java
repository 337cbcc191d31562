package io.github.ionqci.emulator.circuit;

import io.github.ionqci.emulator.simulator.ComplexMatrix;
import io.github.ionqci.emulator.simulator.Gates;
import io.github.ionqci.emulator.simulator.Operation;
import java.util.ArrayList;
import java.util.List;

/**
 * Compiles a circuit to IonQ's native gates for a backend: GPI, GPI2 and MS where the backend lists {@code ms}
 * among its native gates (Aria, Harmony and the simulator), GPI, GPI2 and ZZ where it lists only {@code zz}
 * (Forte); see {@link BackendRules#nativeGates}. Phases are in turns as IonQ defines the gates: GPI(φ),
 * GPI2(φ), MS(φ0, φ1, θ) with θ from 0 to 0.25 (0.25 fully entangling), ZZ(θ) = exp(−iπθ Z⊗Z).
 *
 * <pre>{@code
 * Circuit bell = Circuits.parse("ionq.circuit.v1", input).get(0);       // h 0; cnot 0→1
 * CompiledCircuit aria = NativeCompiler.forBackend("qpu.aria-1").compile(bell);
 * aria.toJson();         // {"qubits":2,"circuit":[{"gate":"gpi2",…},{"gate":"ms","targets":[0,1],…},…]}
 * aria.gateCount2q();    // 1
 * }</pre>
 *
 * <p>How: every operation the simulator accepts is lowered to one-qubit unitaries and two-qubit Pauli rotations
 * exp(−iα P⊗P). A two-qubit unitary is split by its Cartan (KAK) decomposition into at most three such rotations
 * (a swap takes three, a cnot or an xx one); a gate with one control becomes one ZZ rotation between local
 * gates; a gate with k controls is built from 2<sup>k</sup>−1 singly controlled roots of it and the CNOTs that
 * carry parities between the controls (Barenco et al.'s Gray-code construction). Each rotation becomes one MS
 * (or ZZ) gate, its angle brought into [−0.25, 0.25] turns. Adjacent one-qubit unitaries on a qubit are merged and
 * written as Rz·R<sub>φ</sub>(β)·Rz: the Rz parts are virtual (they shift the phases of the qubit's later gates,
 * no gate is emitted; an {@code rz} costs nothing), R<sub>φ</sub>(β) is nothing, one GPI2 (β = π/2), one GPI
 * (β = π) or two GPI2. A native circuit is reported as it is.
 *
 * <p>The result equals the input exactly up to a global phase and a final Z rotation per qubit, see
 * {@link CompiledCircuit}.
 */
public final class NativeCompiler {

    /** Below this a rotation angle is zero. */
    private static final double ZERO = 1e-12;

    private final boolean ms;

    private NativeCompiler(boolean ms) {
        this.ms = ms;
    }

    /**
     * @param backend a backend name, such as {@code qpu.aria-1}, {@code qpu.forte-1} or {@code simulator}
     * @return a compiler to the backend's native gates (MS where it has MS, else ZZ)
     * @throws CircuitException {@code InvalidInput} for an unknown backend
     */
    public static NativeCompiler forBackend(String backend) {
        return new NativeCompiler(BackendRules.nativeGates(backend).contains("ms"));
    }

    /** @return {@code ms} or {@code zz}: the two-qubit gate this compiler emits */
    public String twoQubitGate() {
        return ms ? "ms" : "zz";
    }

    /**
     * @param circuit a parsed circuit (QIS or native)
     * @return the circuit in native gates; a native circuit as submitted
     */
    public CompiledCircuit compile(Circuit circuit) {
        return compile(circuit, Integer.MAX_VALUE).orElseThrow();
    }

    /**
     * Compiles unless the result grows beyond {@code maxGates} native gates (a gate with seven controls alone
     * takes about 900), so a caller can bound the time and memory spent.
     *
     * @param circuit  a parsed circuit (QIS or native)
     * @param maxGates the most native gates to produce
     * @return the circuit in native gates, or empty when it has more than {@code maxGates}
     */
    public java.util.Optional<CompiledCircuit> compile(Circuit circuit, int maxGates) {
        if ("native".equals(circuit.gateset())) {
            return circuit.gates().size() > maxGates ? java.util.Optional.empty()
                    : java.util.Optional.of(new CompiledCircuit(circuit.qubits(),
                            circuit.gates().stream().map(NativeGate::of).toList(), new double[circuit.qubits()]));
        }
        Emitter emitter = new Emitter(circuit.qubits());
        for (Gate gate : circuit.gates()) {
            lower(gate.operation(), emitter);
            if (emitter.gates.size() > maxGates) {
                return java.util.Optional.empty();
            }
        }
        CompiledCircuit compiled = emitter.finish();
        return compiled.gates().size() > maxGates ? java.util.Optional.empty() : java.util.Optional.of(compiled);
    }

    // ---------------------------------------------------------------- lowering

    private static void lower(Operation op, Emitter out) {
        int[] t = op.targets();
        int[] c = op.controls();
        ComplexMatrix m = op.matrix();
        if (t.length == 1) {
            if (c.length == 0) {
                out.one(t[0], m);
            } else {
                controlled(c, t[0], m, out);
            }
            return;
        }
        TwoQubitDecomposition kak = TwoQubitDecomposition.of(m);
        double[] angles = {-kak.x(), -kak.y(), -kak.z()};
        char[] axes = {'X', 'Y', 'Z'};
        if (c.length == 0) {
            out.one(t[0], kak.before0());
            out.one(t[1], kak.before1());
            for (int k = 0; k < 3; k++) {
                out.rotation(axes[k], angles[k], t[0], t[1]);
            }
            out.one(t[0], kak.after0());
            out.one(t[1], kak.after1());
            return;
        }
        // controlled: each factor controlled, the global phase too
        ComplexMatrix phase = ComplexMatrix.diagonalPhases(0, kak.phase());
        if (c.length == 1) {
            out.one(c[0], phase);
        } else {
            controlled(java.util.Arrays.copyOf(c, c.length - 1), c[c.length - 1], phase, out);
        }
        controlled(c, t[0], kak.before0(), out);
        controlled(c, t[1], kak.before1(), out);
        for (int k = 0; k < 3; k++) {
            if (Math.abs(angles[k]) > ZERO) {
                // exp(−iα P⊗P) = (C⊗C)·CNOT·Rz₁(2α)·CNOT·(C†⊗C†), C·Z·C† = P; only the Rz needs the controls
                ComplexMatrix basis = zTo(axes[k]);
                out.one(t[0], basis.adjoint());
                out.one(t[1], basis.adjoint());
                controlled(new int[] {t[0]}, t[1], Gates.X, out);
                controlled(c, t[1], Gates.rz(2 * angles[k]), out);
                controlled(new int[] {t[0]}, t[1], Gates.X, out);
                out.one(t[0], basis);
                out.one(t[1], basis);
            }
        }
        controlled(c, t[0], kak.after0(), out);
        controlled(c, t[1], kak.after1(), out);
    }

    /** C with C·Z·C† = P. */
    private static ComplexMatrix zTo(char axis) {
        return switch (axis) {
            case 'X' -> Gates.H;
            case 'Y' -> Gates.S.times(Gates.H);
            default -> Gates.I;
        };
    }

    /** U on {@code target} where every control is |1⟩. */
    private static void controlled(int[] controls, int target, ComplexMatrix u, Emitter out) {
        if (controls.length == 1) {
            singlyControlled(controls[0], target, u, out);
            return;
        }
        // Gray code: V = U^(1/2^(k−1)) controlled by the parity of each non-empty subset of the controls, V for odd
        // subsets and V† for even ones; the parity is kept on the subset's highest control.
        int k = controls.length;
        Axis root = Axis.of(u).power(1.0 / (1 << (k - 1)));
        ComplexMatrix v = root.matrix();
        ComplexMatrix vInverse = v.adjoint();
        int previous = 0;
        for (int i = 1; i < 1 << k; i++) {
            int pattern = i ^ (i >> 1);
            int leftmost = 31 - Integer.numberOfLeadingZeros(pattern);
            if (previous != 0) {
                int changed = 31 - Integer.numberOfLeadingZeros(pattern ^ previous);
                if (changed != leftmost) {
                    singlyControlled(controls[changed], controls[leftmost], Gates.X, out);
                } else {
                    for (int j = 0; j < leftmost; j++) {
                        if ((pattern >> j & 1) == 1) {
                            singlyControlled(controls[j], controls[leftmost], Gates.X, out);
                        }
                    }
                }
            }
            singlyControlled(controls[leftmost], target, Integer.bitCount(pattern) % 2 == 1 ? v : vInverse, out);
            previous = pattern;
        }
    }

    /**
     * C-U with U = e^{iφ}·B·Rz(2a)·B†: the phase is diag(1, e^{iφ}) on the control, and
     * C-Rz(2a) = Rz_t(a)·exp(i·a/2·Z_c Z_t), one ZZ rotation.
     */
    private static void singlyControlled(int control, int target, ComplexMatrix u, Emitter out) {
        Axis axis = Axis.of(u);
        out.one(control, ComplexMatrix.diagonalPhases(0, axis.phase()));
        if (Math.abs(axis.angle()) <= ZERO) {
            return;
        }
        ComplexMatrix basis = axis.basis();
        out.one(target, basis.adjoint());
        out.one(target, Gates.rz(axis.angle()));
        out.rotation('Z', -axis.angle() / 2, control, target);
        out.one(target, basis);
    }

    /**
     * A one-qubit unitary as e^{iφ}·exp(−i·a·n·σ), a in [0, π].
     *
     * @param phase φ
     * @param angle a
     * @param nx    the axis' x
     * @param ny    the axis' y
     * @param nz    the axis' z
     */
    private record Axis(double phase, double angle, double nx, double ny, double nz) {

        static Axis of(ComplexMatrix u) {
            double[] det = TwoQubitDecomposition.determinant(u);
            double phi = Math.atan2(det[1], det[0]) / 2;
            ComplexMatrix w = TwoQubitDecomposition.scale(u, -phi);
            double cos = (w.re(0, 0) + w.re(1, 1)) / 2;
            double sx = -(w.im(0, 1) + w.im(1, 0)) / 2;
            double sy = (w.re(1, 0) - w.re(0, 1)) / 2;
            double sz = -(w.im(0, 0) - w.im(1, 1)) / 2;
            double sin = Math.sqrt(sx * sx + sy * sy + sz * sz);
            double a = Math.atan2(sin, cos);
            if (sin < 1e-300) {
                return new Axis(phi, a, 0, 0, 1);
            }
            return new Axis(phi, a, sx / sin, sy / sin, sz / sin);
        }

        Axis power(double t) {
            return new Axis(phase * t, angle * t, nx, ny, nz);
        }

        ComplexMatrix matrix() {
            ComplexMatrix n = ComplexMatrix.of2(nz, 0, nx, -ny, nx, ny, -nz, 0);
            return TwoQubitDecomposition.scale(Gates.pauliRotation(n, angle), phase);
        }

        /** B = Rz(α)·Ry(β) with B·Z·B† = n·σ. */
        ComplexMatrix basis() {
            double beta = Math.acos(Math.max(-1, Math.min(1, nz)));
            double alpha = Math.atan2(ny, nx);
            return Gates.rz(alpha).times(Gates.ry(beta));
        }
    }

    // ---------------------------------------------------------------- emission

    /** Merges one-qubit unitaries per qubit, tracks each qubit's virtual Z frame and writes native gates. */
    private final class Emitter {
        private final ComplexMatrix[] pending;
        private final double[] frame;
        private final List<NativeGate> gates = new ArrayList<>();

        Emitter(int qubits) {
            pending = new ComplexMatrix[qubits];
            frame = new double[qubits];
        }

        void one(int q, ComplexMatrix u) {
            pending[q] = pending[q] == null ? u : u.times(pending[q]);
        }

        /** exp(−iα P⊗P) on (q0, q1). */
        void rotation(char axis, double alpha, int q0, int q1) {
            double a = Math.IEEEremainder(alpha, Math.PI);   // exp(−iπ P⊗P) = −I
            if (Math.abs(a) <= ZERO) {
                return;
            }
            if (Math.abs(a) > Math.PI / 4 + ZERO) {
                // exp(−iα P⊗P) = exp(−i(α ∓ π/2) P⊗P)·(∓i)·P⊗P
                a -= Math.copySign(Math.PI / 2, a);
                ComplexMatrix p = axis == 'X' ? Gates.X : axis == 'Y' ? Gates.Y : Gates.Z;
                one(q0, p);
                one(q1, p);
                if (Math.abs(a) <= ZERO) {
                    return;
                }
            }
            double turns = Math.min(NativeGate.FULL_MS_ANGLE, Math.abs(a) / Math.PI);
            char nativeAxis = ms ? 'X' : 'Z';
            ComplexMatrix basis = Gates.I;
            double base = 0;
            if (ms && axis == 'Y') {
                base = 0.25;                     // σ(0.25) = Y
            } else if (axis != nativeAxis) {
                basis = axis == 'Y' ? Gates.S.times(Gates.H) : Gates.H;   // C·N·C† = P
            }
            if (basis != Gates.I) {
                one(q0, basis.adjoint());
                one(q1, basis.adjoint());
            }
            flush(q0);
            flush(q1);
            if (ms) {
                double phase0 = base + (a < 0 ? 0.5 : 0);   // σ(φ + 0.5) = −σ(φ)
                gates.add(NativeGate.ms(q0, q1, inFrame(phase0, q0), inFrame(base, q1), turns));
            } else {
                gates.add(NativeGate.zz(q0, q1, Math.copySign(turns, a)));
            }
            if (basis != Gates.I) {
                one(q0, basis);
                one(q1, basis);
            }
        }

        /** A lab-frame phase as the gate must carry it after the qubit's virtual Z rotations so far. */
        private double inFrame(double phase, int q) {
            return NativeGate.turns(2 * Math.PI * phase - frame[q]);
        }

        /** Writes the pending unitary as Rz(l2), R_φ(β), Rz(l1) in time order, U ∝ Rz(l1)·Ry(β)·Rz(l2). */
        private void flush(int q) {
            ComplexMatrix u = pending[q];
            pending[q] = null;
            if (u == null) {
                return;
            }
            double[] det = TwoQubitDecomposition.determinant(u);
            ComplexMatrix w = TwoQubitDecomposition.scale(u, -Math.atan2(det[1], det[0]) / 2);
            // w = [[e^{−i(l1+l2)/2} cos(β/2), …], [e^{i(l1−l2)/2} sin(β/2), …]]
            double cosHalf = Math.hypot(w.re(0, 0), w.im(0, 0));
            double sinHalf = Math.hypot(w.re(1, 0), w.im(1, 0));
            double beta = 2 * Math.atan2(sinHalf, cosHalf);
            double sum = cosHalf > 1e-12 ? -2 * Math.atan2(w.im(0, 0), w.re(0, 0)) : 0;
            double diff = sinHalf > 1e-12 ? 2 * Math.atan2(w.im(1, 0), w.re(1, 0)) : 0;
            double l1 = (sum + diff) / 2;
            double l2 = (sum - diff) / 2;
            frame[q] += l2;
            // Ry(β) = R_{0.25}(β), about the axis at phase 0.25 turns
            if (beta > ZERO) {
                if (Math.abs(beta - Math.PI) <= ZERO) {
                    gates.add(NativeGate.gpi(q, inFrame(0.25, q)));
                } else if (Math.abs(beta - Math.PI / 2) <= ZERO) {
                    gates.add(NativeGate.gpi2(q, inFrame(0.25, q)));
                } else {
                    // R_φ(β) = GPI2(φ + 0.25)·Rz(β)·GPI2(φ − 0.25)
                    gates.add(NativeGate.gpi2(q, inFrame(0.0, q)));
                    frame[q] += beta;
                    gates.add(NativeGate.gpi2(q, inFrame(0.5, q)));
                }
            }
            frame[q] += l1;
        }

        CompiledCircuit finish() {
            double[] rotations = new double[frame.length];
            for (int q = 0; q < frame.length; q++) {
                flush(q);
                rotations[q] = Math.IEEEremainder(frame[q], 2 * Math.PI);
            }
            return new CompiledCircuit(frame.length, gates, rotations);
        }
    }
}
