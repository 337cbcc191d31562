package io.github.ionqci.emulator.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A circuit job's results as the emulator serves them. Values are kept as given (even invalid ones, so
 * clients can test their validation); missing kinds are derived where that is sound:
 * probabilities from a histogram or shots, a histogram from shots, and, when {@code deriveSamples} is set
 * and a shot count is known, a histogram from valid probabilities (largest-remainder rounding) and a shot
 * list from the histogram (shuffled with a fixed seed).
 *
 * <p>A debiased job run by the emulator also carries what its run measured per variant ({@link Mitigation}).
 *
 * @param probabilities probabilities by basis state, or null
 * @param histogram     counts by basis state, or null
 * @param shots         one basis state per shot, or null
 * @param mitigation    per-variant results and symmetry verification of a debiased run, or null
 */
public record ResultData(SortedMap<Long, Double> probabilities, SortedMap<Long, Long> histogram, long[] shots,
                         Mitigation mitigation) {

    /** The register name of the v2 formats: every measured qubit. */
    public static final String REGISTER = "output_all";

    /**
     * Builds results from what was given and derives the rest.
     *
     * @param probabilities given probabilities or null
     * @param histogram     given counts or null
     * @param shots         given per-shot states or null
     * @param shotCount     the job's shots, or null when unknown
     * @param deriveSamples whether a histogram and shots may be derived from probabilities
     * @return the results, or null when nothing at all was given
     */
    public static ResultData of(Map<Long, Double> probabilities, Map<Long, Long> histogram, long[] shots,
                                Integer shotCount, boolean deriveSamples) {
        if (probabilities == null && histogram == null && shots == null) {
            return null;
        }
        SortedMap<Long, Long> counts = histogram == null ? null : new TreeMap<>(histogram);
        if (counts == null && shots != null) {
            counts = new TreeMap<>();
            for (long s : shots) {
                counts.merge(s, 1L, Long::sum);
            }
        }
        SortedMap<Long, Double> probs = probabilities == null ? null : new TreeMap<>(probabilities);
        if (probs == null && counts != null) {
            probs = normalise(counts);
        }
        if (counts == null && deriveSamples && shotCount != null && shotCount > 0 && isValid(probs)) {
            counts = sample(probs, shotCount);
        }
        long[] perShot = shots == null ? null : shots.clone();
        if (perShot == null && counts != null && (histogram != null || deriveSamples)) {
            perShot = expand(counts);
        }
        return new ResultData(probs == null ? null : Collections.unmodifiableSortedMap(probs),
                counts == null ? null : Collections.unmodifiableSortedMap(counts), perShot, null);
    }

    /**
     * @param mitigation what the debiased run measured per variant
     * @return these results carrying it
     */
    public ResultData with(Mitigation mitigation) {
        return new ResultData(probabilities, histogram, shots, mitigation);
    }

    /**
     * @param kind a result kind
     * @return whether this kind is available
     */
    public boolean has(ResultKind kind) {
        switch (kind) {
            case PROBABILITIES: return probabilities != null;
            case HISTOGRAM: return histogram != null;
            case SHOTS: return shots != null;
            default: return false;
        }
    }

    /**
     * @param kind an available kind
     * @return its JSON payload: an object keyed by decimal state, or an array of decimal strings
     */
    public Object payload(ResultKind kind) {
        switch (kind) {
            case PROBABILITIES: {
                ObjectNode node = Json.object();
                probabilities.forEach((state, p) -> node.put(Long.toString(state), p));
                return node;
            }
            case HISTOGRAM: {
                ObjectNode node = Json.object();
                histogram.forEach((state, n) -> node.put(Long.toString(state), n));
                return node;
            }
            case SHOTS: {
                ArrayNode node = Json.array();
                for (long s : shots) {
                    node.add(Long.toString(s));
                }
                return node;
            }
            default:
                throw new IllegalArgumentException(kind.name());
        }
    }

    /**
     * @param kind    an available kind
     * @param version 1 or 2
     * @param qubits  the circuit's width (v2 bitstrings are zero-padded to it)
     * @return the payload in that format generation
     */
    public Object payload(ResultKind kind, int version, int qubits) {
        if (version == 1) {
            return payload(kind);
        }
        int width = Math.max(Math.max(1, qubits), widest());
        ObjectNode root = Json.object();
        switch (kind) {
            case PROBABILITIES: {
                ObjectNode register = root.putObject("probabilities").putObject("registers").putObject(REGISTER);
                probabilities.forEach((state, p) -> register.put(bits(state, width), p));
                return root;
            }
            case HISTOGRAM: {
                ObjectNode register = root.putObject("histogram").putObject("registers").putObject(REGISTER);
                histogram.forEach((state, n) -> register.put(bits(state, width), n));
                return root;
            }
            case SHOTS: {
                ArrayNode list = root.putArray("shots");
                for (long s : shots) {
                    ArrayNode measured = list.addObject().putObject("registers").putArray(REGISTER);
                    for (int qubit = 0; qubit < width; qubit++) {   // element i is qubit i
                        measured.add((int) (s >>> qubit & 1L));
                    }
                }
                return root;
            }
            default:
                throw new IllegalArgumentException(kind.name());
        }
    }

    /**
     * @param state a basis state (qubit 0 = least significant bit)
     * @param width the number of qubits
     * @return its zero-padded bitstring with qubit 0 rightmost, as in Qiskit ({@code 1, 3 -> "001"})
     */
    public static String bits(long state, int width) {
        StringBuilder bits = new StringBuilder(Long.toBinaryString(state));
        while (bits.length() < width) {
            bits.insert(0, '0');
        }
        return bits.toString();
    }

    private int widest() {
        long max = 0;
        if (probabilities != null && !probabilities.isEmpty()) {
            max = Math.max(max, probabilities.lastKey());
        }
        if (histogram != null && !histogram.isEmpty()) {
            max = Math.max(max, histogram.lastKey());
        }
        return 64 - Long.numberOfLeadingZeros(max);
    }

    /**
     * Results of a debiasing variant: what the variant measured when the emulator ran it, otherwise (a job put in
     * through the Java API) the job's probabilities with a histogram and shots re-derived for the variant's shots.
     *
     * @param variant the variant
     * @return the variant's results
     */
    public ResultData forVariant(Variant variant) {
        if (mitigation != null && mitigation.variants().containsKey(variant.variantId())) {
            return mitigation.variants().get(variant.variantId());
        }
        return of(probabilities, null, null, variant.shots(), histogram != null);
    }

    /**
     * What a debiased run measured beyond the job's results.
     *
     * @param variants      each variant's results by variant id
     * @param allowedStates the number of basis states the noiseless circuit can produce, or null when symmetry
     *                      verification was not requested
     */
    public record Mitigation(Map<String, ResultData> variants, Integer allowedStates) {

        /** Copies the map. */
        public Mitigation {
            variants = Map.copyOf(variants);
        }
    }

    private static boolean isValid(SortedMap<Long, Double> probs) {
        if (probs == null || probs.isEmpty()) {
            return false;
        }
        double sum = 0;
        for (double p : probs.values()) {
            if (!Double.isFinite(p) || p < 0) {
                return false;
            }
            sum += p;
        }
        return sum > 0;
    }

    private static SortedMap<Long, Double> normalise(SortedMap<Long, Long> counts) {
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        SortedMap<Long, Double> probs = new TreeMap<>();
        counts.forEach((state, n) -> probs.put(state, total == 0 ? 0.0 : (double) n / total));
        return probs;
    }

    /** Largest-remainder rounding of {@code p * shots}, so the counts sum to exactly {@code shots}. */
    private static SortedMap<Long, Long> sample(SortedMap<Long, Double> probs, int shotCount) {
        double sum = probs.values().stream().mapToDouble(Double::doubleValue).sum();
        List<Long> states = new ArrayList<>(probs.keySet());
        long[] counts = new long[states.size()];
        double[] remainders = new double[states.size()];
        long assigned = 0;
        for (int i = 0; i < states.size(); i++) {
            double exact = probs.get(states.get(i)) / sum * shotCount;
            counts[i] = (long) Math.floor(exact);
            remainders[i] = exact - counts[i];
            assigned += counts[i];
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < states.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> Double.compare(remainders[b], remainders[a]));
        for (int i = 0; assigned < shotCount; i = (i + 1) % order.size()) {
            counts[order.get(i)]++;
            assigned++;
        }
        SortedMap<Long, Long> histogram = new TreeMap<>();
        for (int i = 0; i < states.size(); i++) {
            if (counts[i] > 0) {
                histogram.put(states.get(i), counts[i]);
            }
        }
        return histogram;
    }

    private static long[] expand(SortedMap<Long, Long> counts) {
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        if (total < 0 || total > 10_000_000) {
            return null;
        }
        long[] shots = new long[(int) total];
        int i = 0;
        for (Map.Entry<Long, Long> e : counts.entrySet()) {
            for (long n = 0; n < e.getValue(); n++) {
                shots[i++] = e.getKey();
            }
        }
        Random random = new Random(42);
        for (int j = shots.length - 1; j > 0; j--) {
            int k = random.nextInt(j + 1);
            long t = shots[j];
            shots[j] = shots[k];
            shots[k] = t;
        }
        return shots;
    }
}
