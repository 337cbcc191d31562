package io.github.ionqci.emulator.simulator;

import java.util.ArrayList;
import java.util.List;

/**
 * Groups operations into passes over memory (cache blocking). A pass has a set of at most
 * {@code localBits} "local" qubits; every operation of the pass targets only local qubits (controls may
 * be anywhere), so the pass can be run chunk by chunk: a chunk is the 2<sup>localBits</sup> amplitudes
 * that share the values of all other qubits, small enough to stay in cache while every operation of the
 * pass is applied to it. Operations are taken out of order only past operations on disjoint qubits,
 * which commute with them.
 */
final class PassPlanner {

    /** One pass: operations in application order, and the local qubits they need. */
    record Pass(List<Operation> ops, long localMask) {
    }

    private PassPlanner() {
    }

    static List<Pass> plan(List<Operation> ops, int qubits, int localBits) {
        List<Pass> passes = new ArrayList<>();
        long all = qubits == 64 ? -1L : (1L << qubits) - 1;
        if (qubits <= localBits) {
            if (!ops.isEmpty()) {
                passes.add(new Pass(List.copyOf(ops), all));
            }
            return passes;
        }
        List<Operation> remaining = new ArrayList<>(ops);
        while (!remaining.isEmpty()) {
            long local = 0;
            long blocked = 0;
            List<Operation> taken = new ArrayList<>();
            List<Operation> left = new ArrayList<>();
            for (Operation op : remaining) {
                boolean full = Long.bitCount(local) == localBits && (local & ~blocked) == 0;
                if (full || blocked == all) {
                    left.add(op);
                    continue;
                }
                long q = op.qubitMask();
                if ((q & blocked) != 0) {
                    blocked |= q;
                    left.add(op);
                    continue;
                }
                long widened = local | op.targetMask();
                if (Long.bitCount(widened) <= localBits) {
                    local = widened;
                    taken.add(op);
                } else {
                    blocked |= q;
                    left.add(op);
                }
            }
            passes.add(new Pass(taken, local));
            remaining = left;
        }
        return passes;
    }
}
