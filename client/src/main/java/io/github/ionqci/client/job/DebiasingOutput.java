package io.github.ionqci.client.job;

import java.util.List;

/**
 * {@code output.error_mitigation.debiasing}.
 *
 * @param variants          the variants that ran; empty when none are reported
 * @param aggregationMethod {@code aggregation_method}: how IonQ combined the variants (such as {@code average}
 *                          or {@code voting}), or null when not reported
 */
public record DebiasingOutput(List<DebiasingVariant> variants, String aggregationMethod) {

    /**
     * Copies the variants so the record stays immutable.
     *
     * @param variants          the variants that ran; empty when none are reported
     * @param aggregationMethod how IonQ combined the variants, or null
     */
    public DebiasingOutput {
        variants = variants == null ? List.of() : List.copyOf(variants);
    }
}
