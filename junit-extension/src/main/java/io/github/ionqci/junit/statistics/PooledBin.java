package io.github.ionqci.junit.statistics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * A χ² bin under construction: the outcomes in it and, in subclasses, their counts. The χ² tests share
 * its pooling of sparse bins ({@link #mergeSparse(List, Predicate)}).
 *
 * @param <B> the concrete bin type
 */
abstract class PooledBin<B extends PooledBin<B>> {

    /** The outcomes in the bin, the first one it was made for first. */
    final List<Long> states = new ArrayList<>();

    PooledBin(long state) {
        states.add(state);
    }

    /** @return what orders the bins for pooling: the smallest join the pool first */
    abstract double size();

    /** @param other a bin whose counts to add to this one's */
    abstract void addCounts(B other);

    @SuppressWarnings("unchecked")
    final B absorb(B other) {
        states.addAll(other.states);
        addCounts(other);
        return (B) this;
    }

    /**
     * Pools the sparse bins into one, smallest first, then grows the pool with the smallest remaining bins
     * until it is not sparse. Leaves the kept bins in state order and the pool last.
     *
     * @param bins   the bins, each with one outcome; changed in place
     * @param sparse whether a bin (or the pool) is too small for the χ² approximation
     * @return how many original bins went into the pool (0 when none or only one did)
     */
    static <B extends PooledBin<B>> int mergeSparse(List<B> bins, Predicate<B> sparse) {
        bins.sort(Comparator.comparingDouble((B b) -> b.size()).thenComparingLong(b -> b.states.get(0)));
        B pool = null;
        int pooled = 0;
        while (!bins.isEmpty() && (sparse.test(bins.get(0)) || (pool != null && sparse.test(pool)))) {
            B next = bins.remove(0);
            pool = pool == null ? next : pool.absorb(next);
            pooled += next.states.size();
        }
        bins.sort(Comparator.comparingLong(b -> b.states.get(0)));
        if (pool != null) {
            bins.add(pool);
        }
        return pooled > 1 ? pooled : 0;
    }
}
