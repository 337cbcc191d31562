package io.github.ionqci.client.job;

import java.util.List;
import java.util.Map;

/**
 * {@code output} of a circuit job: compilation output and error-mitigation output.
 *
 * @param compilation     compilation output as raw JSON values (compiled circuits and the like), or null
 * @param errorMitigation error-mitigation output, or null
 */
public record JobOutput(Map<String, Object> compilation, ErrorMitigationOutput errorMitigation) {

    /** @return the debiasing variants, or an empty list when the job reports none */
    public List<DebiasingVariant> debiasingVariants() {
        if (errorMitigation == null || errorMitigation.debiasing() == null) {
            return List.of();
        }
        return errorMitigation.debiasing().variants();
    }
}
