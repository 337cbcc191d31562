package io.github.ionqci.emulator.internal;

import java.util.List;

/**
 * A debiasing variant of a job.
 *
 * @param variantId the variant's id
 * @param qubitMap  physical qubit per logical qubit
 * @param shots     the variant's shots, or null
 */
public record Variant(String variantId, List<Integer> qubitMap, Integer shots) {

    /** Copies the map. */
    public Variant {
        qubitMap = List.copyOf(qubitMap);
    }
}
