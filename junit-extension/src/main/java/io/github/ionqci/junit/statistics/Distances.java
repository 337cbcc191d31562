package io.github.ionqci.junit.statistics;

import io.github.ionqci.client.result.Distribution;

/**
 * Distances between two distributions over basis states. Both are normalised first (a histogram
 * becomes count / shots) and a state missing from one counts with probability 0, as in Qiskit's
 * {@code qiskit.quantum_info.analysis.distance}.
 *
 * <pre>{@code
 * double tvd = Distances.totalVariation(measured, ideal);       // ½ Σ |p − q|
 * double h = Distances.hellinger(measured, ideal);              // √(Σ (√p − √q)²) / √2
 * double f = Distances.hellingerFidelity(measured, ideal);      // (Σ √(p q))², Qiskit's hellinger_fidelity
 * }</pre>
 */
public final class Distances {

    private Distances() {
    }

    /**
     * @param p one distribution
     * @param q the other
     * @return the total variation distance ½ Σ |p_i − q_i|, from 0 to 1
     */
    public static double totalVariation(Distribution p, Distribution q) {
        Pairs pairs = new Pairs(p, q);
        double sum = 0;
        while (pairs.next()) {
            sum += Math.abs(pairs.p - pairs.q);
        }
        return Math.min(1.0, 0.5 * sum);
    }

    /**
     * @param p one distribution
     * @param q the other
     * @return the Hellinger distance √(Σ (√p_i − √q_i)²) / √2, from 0 to 1
     */
    public static double hellinger(Distribution p, Distribution q) {
        // H² = 1 − BC, but summing the squares keeps accuracy when H is small
        Pairs pairs = new Pairs(p, q);
        double sum = 0;
        while (pairs.next()) {
            double d = Math.sqrt(pairs.p) - Math.sqrt(pairs.q);
            sum += d * d;
        }
        return Math.min(1.0, Math.sqrt(sum / 2));
    }

    /**
     * Qiskit's {@code hellinger_fidelity}: {@code (1 − H²)² = (Σ √(p_i q_i))²}, the classical fidelity.
     *
     * @param p one distribution
     * @param q the other
     * @return the Hellinger fidelity, from 0 (disjoint supports) to 1 (identical)
     */
    public static double hellingerFidelity(Distribution p, Distribution q) {
        double h = hellinger(p, q);
        double oneMinusH2 = 1 - h * h;
        return oneMinusH2 * oneMinusH2;
    }

    /**
     * A calibrated floor for the Hellinger fidelity of a sample against its true distribution: under the
     * null hypothesis {@code 1 − F ≈ χ²(k−1) / (4n)}, so a sample of the true distribution has
     * {@code F ≥ 1 − χ²_{k−1,1−α} / (4n)} with probability about {@code 1 − α} (the Freeman–Tukey
     * approximation; reference/distribution-testing.md §4).
     *
     * @param outcomes the number of outcomes k, at least 2
     * @param shots    the shot count n
     * @param alpha    the false-alarm rate
     * @return the fidelity floor
     */
    public static double calibratedFidelityFloor(int outcomes, long shots, double alpha) {
        if (outcomes < 2) {
            throw new IllegalArgumentException("A fidelity floor needs at least 2 outcomes, but was " + outcomes);
        }
        if (shots < 1) {
            throw new IllegalArgumentException("A fidelity floor needs at least one shot, but was " + shots);
        }
        return Math.max(0.0, 1 - ChiSquared.criticalValue(alpha, outcomes - 1) / (4.0 * shots));
    }

    /** Walks two distributions' sorted states together, yielding normalised probability pairs. */
    private static final class Pairs {
        private final Distribution a;
        private final Distribution b;
        private final double sumA;
        private final double sumB;
        private int i;
        private int j;
        double p;
        double q;

        Pairs(Distribution a, Distribution b) {
            this.a = a;
            this.b = b;
            this.sumA = sum(a);
            this.sumB = sum(b);
        }

        private static double sum(Distribution d) {
            double s = 0;
            for (int k = 0; k < d.size(); k++) {
                s += d.probabilityAt(k);
            }
            if (!(s > 0)) {
                throw new IllegalArgumentException("A distribution with no probability mass cannot be compared");
            }
            return s;
        }

        boolean next() {
            if (i >= a.size() && j >= b.size()) {
                return false;
            }
            long sa = i < a.size() ? a.state(i) : Long.MAX_VALUE;
            long sb = j < b.size() ? b.state(j) : Long.MAX_VALUE;
            long state = Math.min(sa, sb);
            p = sa == state ? a.probabilityAt(i++) / sumA : 0.0;
            q = sb == state ? b.probabilityAt(j++) / sumB : 0.0;
            return true;
        }
    }
}
