package io.github.ionqci.emulator.simulator;

import java.util.Locale;

/**
 * Checks, before a large allocation, that the JVM heap can hold it, so a too-wide circuit fails with
 * an explanation instead of an {@link OutOfMemoryError} halfway through.
 */
public final class HeapCheck {

    private static final double GIB = 1024.0 * 1024.0 * 1024.0;

    private HeapCheck() {
    }

    /**
     * Heap bytes that can still be allocated: max heap minus what is in use now.
     *
     * @return the number of bytes, without forcing a garbage collection
     */
    public static long availableHeap() {
        Runtime rt = Runtime.getRuntime();
        return rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
    }

    /**
     * Throws {@link SimulatorMemoryException} unless {@code bytes} fit into the free heap (after one
     * garbage collection if they do not fit at first).
     *
     * @param bytes  bytes about to be allocated
     * @param qubits the width being simulated, for the message
     * @param what   what is being allocated, for the message (e.g. "the state vector")
     */
    public static void require(long bytes, int qubits, String what) {
        if (bytes <= availableHeap()) {
            return;
        }
        System.gc();
        require(bytes, qubits, what, availableHeap(), Runtime.getRuntime().maxMemory());
    }

    /** The check itself, with the free and maximum heap given (testable without a big heap). */
    static void require(long bytes, int qubits, String what, long available, long maxHeap) {
        if (bytes <= available) {
            return;
        }
        long inUse = Math.max(0, maxHeap - available);
        long suggestedGib = (long) Math.ceil((bytes * 1.1 + inUse) / GIB) + 1;
        throw new SimulatorMemoryException(String.format(Locale.ROOT,
                "Simulating %d qubits needs %.2f GiB of heap for %s but only %.2f GiB is free (max heap %.2f GiB); "
                        + "run with -Xmx%dg or more, or use fewer qubits",
                qubits, bytes / GIB, what, available / GIB, maxHeap / GIB, suggestedGib));
    }
}
