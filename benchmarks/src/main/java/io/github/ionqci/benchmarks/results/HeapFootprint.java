package io.github.ionqci.benchmarks.results;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.util.function.Supplier;

/** Measures the heap an object graph retains (used heap after a GC, with and without it) and what building it allocates. */
final class HeapFootprint {

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private HeapFootprint() {
    }

    /** The figures of one measurement. */
    record Figures(long retainedBytes, long allocatedBytes) {
    }

    static Figures measure(Supplier<Object> build) {
        long before = usedAfterGc();
        long allocatedBefore = allocated();
        Object built = build.get();
        long allocatedBytes = allocated() - allocatedBefore;
        long after = usedAfterGc();
        Reference.reachabilityFence(built);
        return new Figures(after - before, allocatedBytes);
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 4; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return MEMORY.getHeapMemoryUsage().getUsed();
    }

    private static long allocated() {
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        if (threads instanceof com.sun.management.ThreadMXBean) {
            return ((com.sun.management.ThreadMXBean) threads).getThreadAllocatedBytes(Thread.currentThread().getId());
        }
        return -1;
    }

    static String mb(long bytes) {
        return String.format("%.1f MB", bytes / 1_000_000.0);
    }
}
