package io.github.ionqci.emulator.simulator;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Measures a final state: exact probabilities, then shots drawn from the cumulative distribution by
 * binary search (one uniform number per shot, so a seeded generator gives the same shots every time).
 */
public final class Sampler {

    /** Probabilities below this are treated as exactly zero (rounding noise of the simulation). */
    public static final double ZERO_PROBABILITY = 1e-15;

    private Sampler() {
    }

    /**
     * Measures {@code state} in the computational basis: every state with probability of at least
     * {@link #ZERO_PROBABILITY} with its exact probability, and {@code shots} samples. The state's
     * arrays are reused for the cumulative distribution, so the state is consumed.
     *
     * <pre>{@code
     * Outcomes o = Sampler.measure(psi, 1000, new SplittableRandom(42));
     * }</pre>
     *
     * @param state the final state; consumed (its amplitudes are overwritten)
     * @param shots the number of samples to draw (0 for probabilities only)
     * @param rng   the source of the uniform draws, one per shot
     * @return the exact probabilities, the shot counts and the shots in drawing order
     * @throws SimulatorMemoryException if the free heap is too small for the result arrays
     */
    public static Outcomes measure(StateVector state, int shots, SplittableRandom rng) {
        double[] p = state.reArray();
        double[] im = state.imArray();
        int n = p.length;
        int nonzero = toProbabilities(p, im);
        HeapCheck.require(24L * nonzero + 8L * shots, state.qubits(), "the result arrays");
        long[] states = new long[nonzero];
        double[] probabilities = new double[nonzero];
        int j = 0;
        for (int i = 0; i < n; i++) {
            if (p[i] != 0.0) {
                states[j] = i;
                probabilities[j++] = p[i];
            }
        }
        double total = cumulate(p);
        long[] counts = new long[nonzero];
        long[] outcomes = new long[shots];
        for (int s = 0; s < shots; s++) {
            int index = draw(p, total, rng);
            outcomes[s] = index;
            counts[Arrays.binarySearch(states, index)]++;
        }
        return new Outcomes(state.qubits(), states, probabilities, counts, outcomes);
    }

    /** Draws {@code count} outcomes from a (consumed) state into {@code shots[positions[k]]}, k < count. */
    static void drawInto(StateVector state, int[] positions, int count, long[] shots, SplittableRandom rng) {
        double[] p = state.reArray();
        toProbabilities(p, state.imArray());
        double total = cumulate(p);
        for (int k = 0; k < count; k++) {
            shots[positions[k]] = draw(p, total, rng);
        }
    }

    /**
     * Histogram of shot outcomes: distinct states (increasing), their counts and frequencies.
     *
     * @param qubits the number of measured qubits
     * @param shots  the outcome of each shot, a basis state with qubit 0 in bit 0
     * @return the outcomes, with each state's frequency as its probability
     */
    public static Outcomes fromShots(int qubits, long[] shots) {
        long[] sorted = shots.clone();
        Arrays.sort(sorted);
        int distinct = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                distinct++;
            }
        }
        long[] states = new long[distinct];
        long[] counts = new long[distinct];
        int j = -1;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                states[++j] = sorted[i];
            }
            counts[j]++;
        }
        double[] probabilities = new double[distinct];
        for (int i = 0; i < distinct; i++) {
            probabilities[i] = (double) counts[i] / shots.length;
        }
        return new Outcomes(qubits, states, probabilities, counts, shots);
    }

    /** Replaces re[i] by |amplitude|² (zeroing the negligible ones); returns the number of nonzero. */
    private static int toProbabilities(double[] re, double[] im) {
        int nonzero = 0;
        for (int i = 0; i < re.length; i++) {
            double v = re[i] * re[i] + im[i] * im[i];
            if (v < ZERO_PROBABILITY) {
                v = 0.0;
            } else {
                nonzero++;
            }
            re[i] = v;
        }
        return nonzero;
    }

    /** In-place prefix sums; returns the total. */
    private static double cumulate(double[] p) {
        double acc = 0;
        for (int i = 0; i < p.length; i++) {
            acc += p[i];
            p[i] = acc;
        }
        return acc;
    }

    /** The first index whose cumulative probability exceeds a uniform draw in [0, total). */
    private static int draw(double[] cdf, double total, SplittableRandom rng) {
        double u = rng.nextDouble() * total;
        int lo = 0;
        int hi = cdf.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cdf[mid] > u) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
