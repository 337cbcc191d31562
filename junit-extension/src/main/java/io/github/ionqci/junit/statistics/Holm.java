package io.github.ionqci.junit.statistics;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Holm's step-down procedure: controls the family-wise error rate (the chance of any false rejection
 * among {@code m} tests) at {@code α} under any dependence between the tests, and rejects at least as
 * much as Bonferroni.
 *
 * <p>Sort the p-values {@code p(1) ≤ … ≤ p(m)}; reject {@code p(1)}, {@code p(2)}, … while
 * {@code p(i) ≤ α / (m − i + 1)}; stop at the first that is not.
 *
 * <pre>{@code
 * boolean[] rejected = Holm.rejections(new double[] {0.01, 0.04, 0.03, 0.005}, 0.05);
 * // {true, false, false, true}: 0.005 ≤ 0.05/4, 0.01 ≤ 0.05/3, 0.03 > 0.05/2 stops
 * }</pre>
 */
public final class Holm {

    private Holm() {
    }

    /**
     * @param pValues the family's p-values, in any order
     * @param alpha   the family-wise error rate
     * @return for each p-value, in the given order, whether Holm rejects it
     */
    public static boolean[] rejections(double[] pValues, double alpha) {
        checkAlpha(alpha);
        double[] adjusted = adjustedPValues(pValues);
        boolean[] rejected = new boolean[pValues.length];
        for (int i = 0; i < adjusted.length; i++) {
            rejected[i] = adjusted[i] <= alpha;
        }
        return rejected;
    }

    /**
     * Holm-adjusted p-values: {@code p̃(i) = max_{j ≤ i} min(1, (m − j + 1)·p(j))}; a test is rejected
     * at family level α exactly when its adjusted p-value is at most α.
     *
     * @param pValues the family's p-values, in any order, each in [0, 1]
     * @return the adjusted p-values, in the given order
     */
    public static double[] adjustedPValues(double[] pValues) {
        int m = pValues.length;
        for (double p : pValues) {
            if (!(p >= 0 && p <= 1)) {
                throw new IllegalArgumentException("A p-value must be from 0 to 1, but was " + p);
            }
        }
        Integer[] order = IntStream.range(0, m).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> pValues[i]));
        double[] adjusted = new double[m];
        double running = 0;
        for (int rank = 0; rank < m; rank++) {
            int index = order[rank];
            running = Math.max(running, Math.min(1.0, (m - rank) * pValues[index]));
            adjusted[index] = running;
        }
        return adjusted;
    }

    /**
     * @param familySize the number of tests in the family, at least 1
     * @param alpha      the family-wise error rate
     * @return Holm's first and most conservative level, {@code α / m} (the Bonferroni level)
     */
    public static double mostConservativeLevel(int familySize, double alpha) {
        checkAlpha(alpha);
        if (familySize < 1) {
            throw new IllegalArgumentException("A family has at least one test, but the size was " + familySize);
        }
        return alpha / familySize;
    }

    private static void checkAlpha(double alpha) {
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be between 0 and 1 (exclusive), but was " + alpha);
        }
    }
}
