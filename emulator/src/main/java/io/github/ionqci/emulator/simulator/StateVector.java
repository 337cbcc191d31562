package io.github.ionqci.emulator.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

/**
 * A pure state of up to {@value #MAX_QUBITS} qubits, held as two primitive arrays (real and imaginary
 * parts), 16 bytes per amplitude. Basis state {@code i} has qubit {@code q} set when bit {@code q} of
 * {@code i} is 1: qubit 0 is the least significant bit.
 *
 * <pre>{@code
 * StateVector psi = StateVector.zero(2);          // |00>
 * psi.run(List.of(Operation.of(Gates.H, 0),
 *                 Operation.controlled(new int[] {0}, Gates.X, 1)));
 * psi.probability(3);                             // 0.5
 * }</pre>
 *
 * <p>{@link #run(List)} fuses gates ({@link GateFusion}) and then applies them pass by pass
 * ({@link PassPlanner}): each pass sweeps memory once, applying all its operations to one cache-sized
 * chunk at a time, so a long circuit costs far fewer sweeps over memory than it has gates. Chunks are
 * spread over the available processors.
 */
public final class StateVector {

    /** The widest state the array layout allows (2<sup>30</sup> amplitudes per array). */
    public static final int MAX_QUBITS = 30;

    /** log2 of the chunk size used for cache blocking (2<sup>14</sup> amplitudes = 256 KiB). */
    static final int LOCAL_BITS = Integer.getInteger("ionq.emulator.simulator.localBits", 14);

    private final int qubits;
    private final double[] re;
    private final double[] im;

    private StateVector(int qubits, double[] re, double[] im) {
        this.qubits = qubits;
        this.re = re;
        this.im = im;
    }

    /**
     * Bytes of heap a state of {@code qubits} qubits needs.
     *
     * @param qubits the number of qubits
     * @return 16·2<sup>qubits</sup> bytes (two {@code double} arrays of 2<sup>qubits</sup> entries)
     */
    public static long bytes(int qubits) {
        return 16L << qubits;
    }

    /**
     * The state |0…0⟩ on {@code qubits} qubits, after checking that the heap can hold it.
     *
     * @param qubits the number of qubits, 0 to {@value #MAX_QUBITS}
     * @return a new state with amplitude 1 on basis state 0
     * @throws SimulatorMemoryException if the free heap is too small (nothing is allocated then)
     * @throws IllegalArgumentException if {@code qubits} is negative or above {@value #MAX_QUBITS}
     */
    public static StateVector zero(int qubits) {
        if (qubits < 0 || qubits > MAX_QUBITS) {
            throw new IllegalArgumentException(
                    "a state vector has 0 to " + MAX_QUBITS + " qubits, not " + qubits);
        }
        HeapCheck.require(bytes(qubits), qubits, "the state vector");
        double[] re = new double[1 << qubits];
        double[] im = new double[1 << qubits];
        re[0] = 1.0;
        return new StateVector(qubits, re, im);
    }

    /**
     * The basis state |index⟩ on {@code qubits} qubits, after a heap check.
     *
     * @param qubits the width
     * @param index  the basis state, qubit 0 as bit 0
     * @return |index⟩
     * @throws IllegalArgumentException if {@code index} is not a basis state of that width
     */
    public static StateVector basis(int qubits, int index) {
        StateVector psi = zero(qubits);
        if (index < 0 || index >= psi.re.length) {
            throw new IllegalArgumentException("basis state " + index + " does not exist on " + qubits + " qubits");
        }
        psi.re[0] = 0.0;
        psi.re[index] = 1.0;
        return psi;
    }

    /**
     * A copy of this state (after a heap check).
     *
     * @return an independent state with the same amplitudes
     * @throws SimulatorMemoryException if the free heap is too small for the copy
     */
    public StateVector copy() {
        HeapCheck.require(bytes(qubits), qubits, "a copy of the state vector");
        return new StateVector(qubits, re.clone(), im.clone());
    }

    /**
     * Number of qubits.
     *
     * @return the number of qubits
     */
    public int qubits() {
        return qubits;
    }

    /**
     * Number of amplitudes, 2<sup>qubits</sup>.
     *
     * @return the number of basis states
     */
    public int size() {
        return re.length;
    }

    /**
     * Real part of the amplitude of basis state {@code index}.
     *
     * @param index the basis state, qubit 0 in bit 0
     * @return the real part
     */
    public double re(int index) {
        return re[index];
    }

    /**
     * Imaginary part of the amplitude of basis state {@code index}.
     *
     * @param index the basis state, qubit 0 in bit 0
     * @return the imaginary part
     */
    public double im(int index) {
        return im[index];
    }

    /**
     * |amplitude|² of basis state {@code index}.
     *
     * @param index the basis state, qubit 0 in bit 0
     * @return the probability of measuring {@code index}, in [0, 1]
     */
    public double probability(int index) {
        return re[index] * re[index] + im[index] * im[index];
    }

    /** The arrays themselves, for in-place post-processing by the sampler (package use only). */
    double[] reArray() {
        return re;
    }

    double[] imArray() {
        return im;
    }

    /**
     * Applies one operation, unfused.
     *
     * @param op the operation; its qubits must be below {@link #qubits()}
     * @throws IllegalArgumentException if {@code op} acts on a qubit the state does not have
     */
    public void apply(Operation op) {
        checkWidth(op);
        executePass(new PassPlanner.Pass(List.of(op), op.targetMask()));
    }

    /**
     * Applies {@code ops} in order, fused and cache-blocked.
     *
     * @param ops the operations, first applied first; their qubits must be below {@link #qubits()}
     * @throws IllegalArgumentException if an operation acts on a qubit the state does not have
     * @throws CancellationException if the calling thread is interrupted (checked between passes); the
     *                               interrupt flag stays set and the state is then undefined
     */
    public void run(List<Operation> ops) {
        for (Operation op : ops) {
            checkWidth(op);
        }
        for (PassPlanner.Pass pass : plan(ops)) {
            checkInterrupted();
            executePass(pass);
        }
    }

    /** Throws {@link CancellationException} if the current thread has been interrupted. */
    static void checkInterrupted() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("simulation interrupted");
        }
    }

    /**
     * The passes {@link #run(List)} would make over memory for {@code ops} (for benchmarks and tests).
     *
     * @param ops the operations, in order
     * @return the number of sweeps over the state's memory
     */
    public int passesFor(List<Operation> ops) {
        return plan(ops).size();
    }

    private List<PassPlanner.Pass> plan(List<Operation> ops) {
        return PassPlanner.plan(GateFusion.fuse(ops), qubits, Math.min(LOCAL_BITS, qubits));
    }

    private void checkWidth(Operation op) {
        if (op.maxQubit() >= qubits) {
            throw new IllegalArgumentException(
                    "operation on qubit " + op.maxQubit() + " but the state has " + qubits + " qubits");
        }
    }

    private void executePass(PassPlanner.Pass pass) {
        List<Operation> ops = pass.ops();
        if (ops.isEmpty()) {
            return;
        }
        int localBits = Math.min(LOCAL_BITS, qubits);
        if (ops.size() == 1 || qubits <= localBits) {
            for (Operation op : ops) {
                Step step = Step.of(op);
                Parallel.forRange(0, step.groups(re.length), re.length,
                        (from, to) -> step.run(re, im, from, to));
            }
            return;
        }
        long local = complete(pass.localMask(), localBits);
        long lowBlock = (1L << localBits) - 1;
        int chunks = re.length >>> localBits;
        if (local == lowBlock) {
            List<Step> steps = new ArrayList<>(ops.size());
            for (Operation op : ops) {
                steps.add(Step.of(op));
            }
            Parallel.forRange(0, chunks, re.length, (from, to) -> {
                for (int c = from; c < to; c++) {
                    for (Step step : steps) {
                        int shift = localBits - step.targetCount();
                        step.run(re, im, c << shift, (c + 1) << shift);
                    }
                }
            });
            return;
        }
        new GatheredPass(ops, local, localBits).run(chunks);
    }

    /** Adds the lowest unused qubits to {@code mask} until it has {@code bits} qubits. */
    private long complete(long mask, int bits) {
        long m = mask;
        for (int q = 0; q < qubits && Long.bitCount(m) < bits; q++) {
            m |= 1L << q;
        }
        return m;
    }

    /** A pass whose local qubits are not the lowest ones: each chunk is gathered into a buffer. */
    private final class GatheredPass {
        private final int localBits;
        private final int contiguousBits;
        private final int[] runOffsets;
        private final int[] outerBits;
        private final List<Step> steps = new ArrayList<>();
        private final List<Integer> globalControls = new ArrayList<>();

        GatheredPass(List<Operation> ops, long local, int localBits) {
            this.localBits = localBits;
            int[] localQubits = new int[localBits];
            int[] rank = new int[qubits];
            int count = 0;
            for (int q = 0; q < qubits; q++) {
                if ((local & (1L << q)) != 0) {
                    rank[q] = count;
                    localQubits[count++] = q;
                }
            }
            int c = 0;
            while (c < localBits && localQubits[c] == c) {
                c++;
            }
            contiguousBits = c;
            runOffsets = new int[1 << (localBits - c)];
            for (int h = 0; h < runOffsets.length; h++) {
                int off = 0;
                for (int b = 0; b < localBits - c; b++) {
                    if ((h & (1 << b)) != 0) {
                        off |= 1 << localQubits[c + b];
                    }
                }
                runOffsets[h] = off;
            }
            outerBits = new int[qubits - localBits];
            int o = 0;
            for (int q = 0; q < qubits; q++) {
                if ((local & (1L << q)) == 0) {
                    outerBits[o++] = q;
                }
            }
            for (Operation op : ops) {
                int[] targets = op.targets();
                int[] bits = new int[targets.length];
                for (int j = 0; j < targets.length; j++) {
                    bits[j] = rank[targets[j]];
                }
                int localCtrl = 0;
                int globalCtrl = 0;
                for (int q : op.controls()) {
                    if ((local & (1L << q)) != 0) {
                        localCtrl |= 1 << rank[q];
                    } else {
                        globalCtrl |= 1 << q;
                    }
                }
                steps.add(Step.of(op.matrix(), bits, localCtrl));
                globalControls.add(globalCtrl);
            }
        }

        void run(int chunks) {
            Parallel.forRange(0, chunks, re.length, (from, to) -> {
                int size = 1 << localBits;
                double[] bre = new double[size];
                double[] bim = new double[size];
                int runLength = 1 << contiguousBits;
                for (int chunk = from; chunk < to; chunk++) {
                    int base = 0;
                    for (int b = 0; b < outerBits.length; b++) {
                        if ((chunk & (1 << b)) != 0) {
                            base |= 1 << outerBits[b];
                        }
                    }
                    gather(base, bre, bim, runLength);
                    for (int s = 0; s < steps.size(); s++) {
                        int g = globalControls.get(s);
                        if ((base & g) != g) {
                            continue;
                        }
                        Step step = steps.get(s);
                        step.run(bre, bim, 0, step.groups(size));
                    }
                    scatter(base, bre, bim, runLength);
                }
            });
        }

        private void gather(int base, double[] bre, double[] bim, int runLength) {
            for (int h = 0; h < runOffsets.length; h++) {
                int src = base | runOffsets[h];
                int dst = h << contiguousBits;
                for (int j = 0; j < runLength; j++) {
                    bre[dst + j] = re[src + j];
                    bim[dst + j] = im[src + j];
                }
            }
        }

        private void scatter(int base, double[] bre, double[] bim, int runLength) {
            for (int h = 0; h < runOffsets.length; h++) {
                int dst = base | runOffsets[h];
                int src = h << contiguousBits;
                for (int j = 0; j < runLength; j++) {
                    re[dst + j] = bre[src + j];
                    im[dst + j] = bim[src + j];
                }
            }
        }
    }
}
