package io.github.ionqci.junit.baseline;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.ionqci.client.result.Bitstrings;
import io.github.ionqci.client.result.Histogram;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A stored histogram to compare later runs of the same test against, with where it came from.
 *
 * <pre>{@code
 * {
 *   "backend" : "simulator",
 *   "bitOrder" : "qubit 0 rightmost",
 *   "counts" : { "000" : 1013, "111" : 987 },
 *   "format" : "ionq-baseline/1",
 *   "jobId" : "0b8a7a5c-…",
 *   "noiseModel" : "aria-1",
 *   "qubits" : 3,
 *   "recordedAt" : "2026-05-04T10:15:30Z",
 *   "recordedBy" : "ionq-junit-jupiter",
 *   "shots" : 2000,
 *   "test" : "com.example.GhzTest#ghzHasNotRegressed"
 * }
 * }</pre>
 *
 * @param format     the file format, {@value #FORMAT}
 * @param test       the test it belongs to, {@code fully.qualified.Class#method}
 * @param bitOrder   always {@value #BIT_ORDER}, to say how to read the keys
 * @param backend    the backend the recorded job ran on, or null
 * @param noiseModel the simulator's noise model, or null
 * @param noiseSeed  the simulator's noise seed, or null
 * @param jobId      the recorded job, or null
 * @param qubits     the width of the bitstrings
 * @param shots      the total of the counts
 * @param counts     shot counts by bitstring, qubit 0 rightmost, sorted
 * @param recordedAt when it was recorded, ISO-8601 UTC
 * @param recordedBy what recorded it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Baseline(
        String format,
        String test,
        String bitOrder,
        String backend,
        String noiseModel,
        Integer noiseSeed,
        String jobId,
        int qubits,
        long shots,
        SortedMap<String, Long> counts,
        String recordedAt,
        String recordedBy) {

    /** The current file format. */
    public static final String FORMAT = "ionq-baseline/1";
    /** How bitstrings are written. */
    public static final String BIT_ORDER = "qubit 0 rightmost";

    /**
     * Sorts and freezes the counts.
     *
     * @param format     the file format, {@value #FORMAT}
     * @param test       the test it belongs to, {@code fully.qualified.Class#method}
     * @param bitOrder   always {@value #BIT_ORDER}, to say how to read the keys
     * @param backend    the backend the recorded job ran on, or null
     * @param noiseModel the simulator's noise model, or null
     * @param noiseSeed  the simulator's noise seed, or null
     * @param jobId      the recorded job, or null
     * @param qubits     the width of the bitstrings
     * @param shots      the total of the counts
     * @param counts     shot counts by bitstring, qubit 0 rightmost, sorted
     * @param recordedAt when it was recorded, ISO-8601 UTC
     * @param recordedBy what recorded it
     */
    public Baseline {
        counts = counts == null ? Collections.emptySortedMap() : Collections.unmodifiableSortedMap(new TreeMap<>(counts));
    }

    /**
     * @param histogram counts to store
     * @return them by bitstring, qubit 0 rightmost, sorted
     */
    public static SortedMap<String, Long> countsOf(Histogram histogram) {
        SortedMap<String, Long> counts = new TreeMap<>();
        for (int i = 0; i < histogram.size(); i++) {
            if (histogram.countAt(i) > 0) {
                counts.put(Bitstrings.of(histogram.state(i), histogram.qubits()), histogram.countAt(i));
            }
        }
        return counts;
    }

    /**
     * @return the stored counts as a histogram
     * @throws IllegalStateException when the file holds no counts or a key is not a bitstring
     */
    public Histogram toHistogram() {
        if (counts.isEmpty()) {
            throw new IllegalStateException("The baseline of " + test + " holds no counts");
        }
        long[] states = new long[counts.size()];
        long[] values = new long[counts.size()];
        int i = 0;
        int width = Math.max(1, qubits);
        for (Map.Entry<String, Long> entry : counts.entrySet()) {
            try {
                states[i] = Bitstrings.parse(entry.getKey());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("The baseline of " + test + " has a bad key: " + e.getMessage(), e);
            }
            values[i++] = entry.getValue() == null ? 0 : entry.getValue();
            width = Math.max(width, entry.getKey().length());
        }
        return Histogram.of(states, values, width);
    }
}
