package io.github.ionqci.emulator.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;

/**
 * Splits index ranges over a small dedicated pool (one worker per available processor, overridable
 * with the system property {@code ionq.emulator.simulator.threads}). Work is split into contiguous
 * ranges, so results never depend on how many threads ran them.
 */
final class Parallel {

    /** Below this many units of work, ranges run on the calling thread. */
    static final int MIN_PARALLEL_WORK = 1 << 15;

    private static final int THREADS = Math.max(1, Integer.getInteger("ionq.emulator.simulator.threads",
            Runtime.getRuntime().availableProcessors()));
    private static volatile ForkJoinPool pool;

    private Parallel() {
    }

    /** A body run on a sub-range {@code [from, to)}. */
    @FunctionalInterface
    interface RangeBody {
        void run(int from, int to);
    }

    static int threads() {
        return THREADS;
    }

    /**
     * Runs {@code body} over {@code [from, to)}, split into contiguous pieces when there are several
     * threads and {@code work} (an estimate of amplitudes touched) is large enough.
     */
    static void forRange(int from, int to, long work, RangeBody body) {
        int n = to - from;
        if (THREADS == 1 || n < 2 || work < MIN_PARALLEL_WORK) {
            body.run(from, to);
            return;
        }
        int pieces = Math.min(n, THREADS * 4);
        List<Callable<Void>> tasks = new ArrayList<>(pieces);
        for (int p = 0; p < pieces; p++) {
            int a = from + (int) ((long) n * p / pieces);
            int b = from + (int) ((long) n * (p + 1) / pieces);
            tasks.add(() -> {
                body.run(a, b);
                return null;
            });
        }
        List<Future<Void>> futures = pool().invokeAll(tasks);
        for (Future<Void> f : futures) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                futures.forEach(other -> other.cancel(true));
                java.util.concurrent.CancellationException c =
                        new java.util.concurrent.CancellationException("simulation interrupted");
                c.initCause(e);
                throw c;
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException re) {
                    throw re;
                }
                if (cause instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(cause);
            }
        }
    }

    private static ForkJoinPool pool() {
        ForkJoinPool p = pool;
        if (p == null) {
            synchronized (Parallel.class) {
                p = pool;
                if (p == null) {
                    p = new ForkJoinPool(THREADS);
                    pool = p;
                }
            }
        }
        return p;
    }
}
