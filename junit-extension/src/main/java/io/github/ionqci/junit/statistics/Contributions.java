package io.github.ionqci.junit.statistics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** Picks the bins that add most to a χ² statistic, for the result records of both χ² tests. */
final class Contributions {

    private Contributions() {
    }

    /**
     * @param bins         the bins of a test
     * @param contribution a bin's term of the statistic
     * @param limit        how many to return at most
     * @param <B>          the bin type
     * @return the bins with the largest contributions, largest first
     */
    static <B> List<B> largest(List<B> bins, ToDoubleFunction<B> contribution, int limit) {
        List<B> sorted = new ArrayList<>(bins);
        sorted.sort(Comparator.comparingDouble(contribution).reversed());
        return sorted.subList(0, Math.min(limit, sorted.size()));
    }
}
