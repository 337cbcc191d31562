package io.github.ionqci.client.job;

import java.util.List;

/**
 * One debiasing variant of a QPU job: {@code output.error_mitigation.debiasing.variants[]}.
 *
 * @param variantId the variant's id
 * @param qubitMap  the physical qubit each logical qubit ran on
 * @param shots     shots run for this variant
 * @param results   where this variant's results are
 */
public record DebiasingVariant(String variantId, List<Integer> qubitMap, Integer shots, JobResults results) {

    /**
     * Copies the qubit map so the record stays immutable.
     *
     * @param variantId the variant's id
     * @param qubitMap  the physical qubit each logical qubit ran on
     * @param shots     shots run for this variant
     * @param results   where this variant's results are
     */
    public DebiasingVariant {
        qubitMap = qubitMap == null ? List.of() : List.copyOf(qubitMap);
    }
}
