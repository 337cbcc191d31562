package io.github.ionqci.emulator.simulator;

import java.util.List;

/**
 * The exact mixed state of a circuit under a depolarising {@link NoiseModel}: the density matrix ρ,
 * evolved gate by gate as {@code ρ → UρU†} and then through the same channels {@link Trajectories}
 * samples (one-qubit after a one-qubit gate, two-qubit on consecutive pairs of a wider gate).
 *
 * <p>A depolarising channel with parameter r on qubits Q is
 * {@code ρ → (1 − r)·ρ + r·(I_Q/2^|Q| ⊗ Tr_Q ρ)}: with Kraus operators √(1−3r/4)·I, √(r/4)·σ (one qubit)
 * or √(1−15r/16)·I⊗I, √(r/16)·σ⊗σ (two qubits) this is the same map, because the average of PρP over
 * all 4^|Q| Paulis P on Q is I_Q/2^|Q| ⊗ Tr_Q ρ. So its measured distribution is the limit the
 * trajectories' shot frequencies tend to.
 *
 * <p>ρ is held as a state vector of 2n qubits (row index in the low n bits, column index in the high
 * n bits), so U acts on the row qubits and its complex conjugate on the column qubits with the state
 * vector's own kernels. Memory is 16·4^n bytes: 16 MiB at {@value #MAX_QUBITS} qubits, the widest this
 * class accepts.
 *
 * <pre>{@code
 * DensityMatrix rho = DensityMatrix.zero(2);
 * rho.run(List.of(Operation.of(Gates.H, 0), Operation.controlled(new int[] {0}, Gates.X, 1)),
 *         NoiseModel.named("aria-1").orElseThrow());
 * rho.probability(1);   // 0.0033 = r2/4: one of the 4 Pauli pairs in 16 that flip only qubit 0
 * }</pre>
 */
public final class DensityMatrix {

    /** The widest density matrix held (4^10 entries, 16 MiB). */
    public static final int MAX_QUBITS = 10;

    private final int qubits;
    private final StateVector vector;

    private DensityMatrix(int qubits, StateVector vector) {
        this.qubits = qubits;
        this.vector = vector;
    }

    /**
     * @param qubits 0 to {@value #MAX_QUBITS}
     * @return |0…0⟩⟨0…0|
     */
    public static DensityMatrix zero(int qubits) {
        if (qubits < 0 || qubits > MAX_QUBITS) {
            throw new IllegalArgumentException("a density matrix has 0 to " + MAX_QUBITS + " qubits, not " + qubits
                    + "; use the trajectory sampler or NoisyDistribution's estimate for wider circuits");
        }
        return new DensityMatrix(qubits, StateVector.zero(2 * qubits));
    }

    /** @return the number of qubits */
    public int qubits() {
        return qubits;
    }

    /**
     * Applies {@code ops} in order, each followed by the model's depolarising channels.
     *
     * @param ops   the operations, in order
     * @param model the noise model whose channels follow them
     * @throws java.util.concurrent.CancellationException if the calling thread is interrupted
     */
    public void run(List<Operation> ops, NoiseModel model) {
        List<Trajectories.Channel> channels = Trajectories.channels(ops, model);
        int next = 0;
        for (int i = 0; i < ops.size(); i++) {
            StateVector.checkInterrupted();
            apply(ops.get(i));
            while (next < channels.size() && channels.get(next).after() == i) {
                Trajectories.Channel channel = channels.get(next++);
                if (channel.errorProbability() > 0) {
                    depolarise(channel.errorProbability(), channel.twoQubit()
                            ? new int[] {channel.q0(), channel.q1()} : new int[] {channel.q0()});
                }
            }
        }
    }

    /**
     * ρ → UρU† for one operation.
     *
     * @param op the operation (U)
     */
    public void apply(Operation op) {
        vector.apply(op);
        int[] targets = op.targets();
        int[] controls = op.controls();
        for (int j = 0; j < targets.length; j++) {
            targets[j] += qubits;
        }
        for (int j = 0; j < controls.length; j++) {
            controls[j] += qubits;
        }
        vector.apply(Operation.controlled(controls, op.matrix().conjugate(), targets));
    }

    /**
     * The depolarising channel with parameter {@code r} on {@code on}:
     * {@code ρ → (1 − r)·ρ + r·(I/2^k ⊗ Tr_on ρ)}.
     *
     * @param r  the channel's parameter, from 0 (no error) to 1
     * @param on the k qubits it acts on
     */
    public void depolarise(double r, int... on) {
        double[] re = vector.reArray();
        double[] im = vector.imArray();
        int dim = 1 << qubits;
        long rowMask = 0;
        for (int q : on) {
            rowMask |= 1L << q;
        }
        int mask = (int) rowMask;
        int subsets = 1 << on.length;
        double keep = 1 - r;
        double share = r / subsets;
        for (int row = 0; row < dim; row++) {
            if ((row & mask) != 0) {
                continue;
            }
            for (int col = 0; col < dim; col++) {
                if ((col & mask) != 0) {
                    continue;
                }
                // the block of entries (row|a, col|b) for a, b ⊆ on; Tr_on sums the diagonal a = b
                double traceRe = 0;
                double traceIm = 0;
                for (int a = 0; a < subsets; a++) {
                    int bits = spread(a, on);
                    int index = (row | bits) + ((col | bits) << qubits);
                    traceRe += re[index];
                    traceIm += im[index];
                }
                for (int a = 0; a < subsets; a++) {
                    int ra = row | spread(a, on);
                    for (int b = 0; b < subsets; b++) {
                        int index = ra + ((col | spread(b, on)) << qubits);
                        re[index] *= keep;
                        im[index] *= keep;
                        if (a == b) {
                            re[index] += share * traceRe;
                            im[index] += share * traceIm;
                        }
                    }
                }
            }
        }
    }

    /** Places the bits of {@code subset} on the qubits {@code on}. */
    private static int spread(int subset, int[] on) {
        int bits = 0;
        for (int j = 0; j < on.length; j++) {
            if ((subset & (1 << j)) != 0) {
                bits |= 1 << on[j];
            }
        }
        return bits;
    }

    /**
     * @param index a basis state (qubit 0 as the least significant bit)
     * @return ⟨index|ρ|index⟩: the probability of measuring it
     */
    public double probability(int index) {
        return vector.re(index + (index << qubits));
    }

    /** @return the measured distribution: {@code probabilities()[i]} is ⟨i|ρ|i⟩ (qubit 0 = least significant bit) */
    public double[] probabilities() {
        int dim = 1 << qubits;
        double[] p = new double[dim];
        for (int i = 0; i < dim; i++) {
            p[i] = Math.max(0.0, probability(i));
        }
        return p;
    }

    /** @return Tr ρ, 1 up to rounding (a check of the evolution) */
    public double trace() {
        double sum = 0;
        for (int i = 0; i < 1 << qubits; i++) {
            sum += probability(i);
        }
        return sum;
    }
}
