package io.github.ionqci.client.job;

import java.util.List;

/**
 * {@code output.error_mitigation.debiasing}.
 *
 * @param variants the variants that ran; empty when none are reported
 */
public record DebiasingOutput(List<DebiasingVariant> variants) {

    /**
     * Copies the variants so the record stays immutable.
     *
     * @param variants the variants that ran; empty when none are reported
     */
    public DebiasingOutput {
        variants = variants == null ? List.of() : List.copyOf(variants);
    }
}
