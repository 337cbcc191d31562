package io.github.ionqci.emulator.simulator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Noisy simulation by quantum trajectories, one trajectory per shot as IonQ's shot-aware simulator
 * does: for each shot, each depolarising channel of the {@link NoiseModel} either does nothing or
 * inserts a random non-identity Pauli (probability 3r1/4 for a one-qubit channel, each of X, Y, Z
 * equally likely; 15r2/16 for a two-qubit channel, each of the 15 Pauli pairs equally likely), which is
 * exactly the Kraus decomposition of the channel. Shots that drew the same Paulis share one state-vector
 * simulation, so the common error-free trajectory is simulated once, and (when the heap holds two
 * states) trajectories share the simulation of the error-free prefix up to their first error. The cost
 * is therefore at most (number of distinct error patterns drawn) × (one circuit simulation), about half
 * that with prefix sharing: small for short circuits, up to one simulation per shot for long ones.
 *
 * <pre>{@code
 * Outcomes o = Trajectories.sample(2, bellOps, NoiseModel.named("aria-1").orElseThrow(), 10_000,
 *                                  new SplittableRandom(7));
 * }</pre>
 */
public final class Trajectories {

    private Trajectories() {
    }

    /** A depolarising channel after operation {@code after}, on one or two qubits (q1 = −1 for one). */
    record Channel(int after, int q0, int q1, double errorProbability) {
        boolean twoQubit() {
            return q1 >= 0;
        }
    }

    /** The Paulis one shot drew: entries {@code channel * 16 + pauliCode}, increasing. */
    private record Pattern(long[] errors) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Pattern p && Arrays.equals(p.errors, errors);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(errors);
        }
    }

    /**
     * Runs {@code shots} noisy trajectories of {@code ops} on {@code qubits} qubits and measures each.
     *
     * @param qubits the width of the state, above every qubit of {@code ops}
     * @param ops    the circuit's operations, in order; each is followed by its depolarising channel
     * @param model  the noise parameters r1 and r2
     * @param shots  the number of trajectories (one per shot)
     * @param rng    the source of the error draws and the measurements (seeded: the same shots every time)
     * @return the per-shot outcomes and their histogram; probabilities are the shot frequencies
     */
    public static Outcomes sample(int qubits, List<Operation> ops, NoiseModel model, int shots,
                                  SplittableRandom rng) {
        List<Channel> channels = channels(ops, model);
        Map<Pattern, int[]> groups = new LinkedHashMap<>();
        Map<Pattern, Integer> sizes = new LinkedHashMap<>();
        int[] oneQubit = indices(channels, false);
        int[] twoQubit = indices(channels, true);
        double p1 = 0.75 * model.oneQubitError();
        double p2 = 15.0 / 16.0 * model.twoQubitError();
        ErrorList drawn = new ErrorList();
        for (int s = 0; s < shots; s++) {
            drawn.size = 0;
            drawErrors(rng, oneQubit, p1, 3, drawn);
            drawErrors(rng, twoQubit, p2, 15, drawn);
            long[] errors = Arrays.copyOf(drawn.values, drawn.size);
            Arrays.sort(errors);
            Pattern pattern = new Pattern(errors);
            int size = sizes.merge(pattern, 1, Integer::sum);
            int[] members = groups.computeIfAbsent(pattern, k -> new int[4]);
            if (size > members.length) {
                members = Arrays.copyOf(members, members.length * 2);
                groups.put(pattern, members);
            }
            members[size - 1] = s;
        }
        long[] outcomes = new long[shots];
        List<Pattern> order = new ArrayList<>(groups.keySet());
        // Stable sort: trajectories in order of their first error, ties in the order they were drawn.
        order.sort(java.util.Comparator.comparingInt(p -> firstErrorAfter(p, channels, ops.size())));
        boolean sharePrefix = 2 * StateVector.bytes(qubits) < HeapCheck.availableHeap() * 0.9;
        StateVector prefix = null;
        int applied = 0;
        for (Pattern pattern : order) {
            StateVector.checkInterrupted();
            StateVector psi;
            if (sharePrefix) {
                // The error-free prefix (every operation up to the first error) is simulated once and
                // copied; each trajectory then simulates only its tail.
                if (prefix == null) {
                    prefix = StateVector.zero(qubits);
                }
                int upTo = Math.min(firstErrorAfter(pattern, channels, ops.size()) + 1, ops.size());
                if (upTo > applied) {
                    prefix.run(ops.subList(applied, upTo));
                    applied = upTo;
                }
                if (pattern.errors().length == 0) {
                    psi = prefix; // sorted last: nothing needs the prefix afterwards
                } else {
                    psi = prefix.copy();
                    psi.run(tail(ops, channels, pattern.errors(), applied));
                }
            } else {
                psi = StateVector.zero(qubits);
                psi.run(tail(ops, channels, pattern.errors(), 0));
            }
            Sampler.drawInto(psi, groups.get(pattern), sizes.get(pattern), outcomes, rng);
        }
        return Sampler.fromShots(qubits, outcomes);
    }

    /** Index of the operation after which the pattern's first error occurs; {@code none} if error-free. */
    private static int firstErrorAfter(Pattern pattern, List<Channel> channels, int none) {
        long[] errors = pattern.errors();
        return errors.length == 0 ? none : channels.get((int) (errors[0] / 16)).after();
    }

    /** A growable list of drawn errors, reused across shots. */
    private static final class ErrorList {
        long[] values = new long[16];
        int size;

        void add(long v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }
    }

    /**
     * Geometric skipping over channels of one kind: the gap to the next channel that errs is drawn
     * directly, so a shot costs a few random numbers rather than one per gate.
     */
    private static void drawErrors(SplittableRandom rng, int[] channelIndices, double p, int paulis,
                                   ErrorList drawn) {
        if (p <= 0 || channelIndices.length == 0) {
            return;
        }
        double logQ = Math.log1p(-p);
        int position = -1;
        while (true) {
            double u = rng.nextDouble();
            long gap = p >= 1 ? 0 : (long) Math.floor(Math.log1p(-u) / logQ);
            long next = position + 1 + gap;
            if (next >= channelIndices.length) {
                return;
            }
            position = (int) next;
            drawn.add((long) channelIndices[position] * 16 + 1 + rng.nextInt(paulis));
        }
    }

    private static int[] indices(List<Channel> channels, boolean twoQubit) {
        return java.util.stream.IntStream.range(0, channels.size())
                .filter(i -> channels.get(i).twoQubit() == twoQubit).toArray();
    }

    /**
     * The channels the model puts after each operation: one-qubit after a one-qubit gate, two-qubit on
     * each consecutive pair (controls first) of a wider gate. {@link DensityMatrix} uses the same list.
     */
    static List<Channel> channels(List<Operation> ops, NoiseModel model) {
        List<Channel> channels = new ArrayList<>();
        for (int i = 0; i < ops.size(); i++) {
            Operation op = ops.get(i);
            int[] qs = qubitsOf(op);
            if (qs.length == 1) {
                channels.add(new Channel(i, qs[0], -1, model.oneQubitError()));
            } else {
                for (int k = 0; k + 1 < qs.length; k++) {
                    channels.add(new Channel(i, qs[k], qs[k + 1], model.twoQubitError()));
                }
            }
        }
        return channels;
    }

    private static int[] qubitsOf(Operation op) {
        int[] t = op.targets();
        int[] c = op.controls();
        int[] all = Arrays.copyOf(c, c.length + t.length);
        System.arraycopy(t, 0, all, c.length, t.length);
        return all;
    }

    /**
     * The operations still to apply when {@code ops[0..applied)} already are: the rest of {@code ops}
     * with the drawn Paulis inserted after the operations whose channels erred (all errors come after
     * operation {@code applied - 1}).
     */
    static List<Operation> tail(List<Operation> ops, List<Channel> channels, long[] errors, int applied) {
        if (errors.length == 0) {
            return ops.subList(applied, ops.size());
        }
        List<Operation> out = new ArrayList<>(ops.size() - applied + 2 * errors.length);
        int e = 0;
        for (int i = Math.max(0, applied - 1); i < ops.size(); i++) {
            if (i >= applied) {
                out.add(ops.get(i));
            }
            while (e < errors.length && channels.get((int) (errors[e] / 16)).after() == i) {
                Channel ch = channels.get((int) (errors[e] / 16));
                int code = (int) (errors[e] % 16);
                if (ch.twoQubit()) {
                    int first = code & 3;
                    int second = code >>> 2;
                    if (first != 0) {
                        out.add(Operation.of(Gates.pauli(first), ch.q0()));
                    }
                    if (second != 0) {
                        out.add(Operation.of(Gates.pauli(second), ch.q1()));
                    }
                } else {
                    out.add(Operation.of(Gates.pauli(code), ch.q0()));
                }
                e++;
            }
        }
        return out;
    }
}
