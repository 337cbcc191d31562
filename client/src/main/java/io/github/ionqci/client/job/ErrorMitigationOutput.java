package io.github.ionqci.client.job;

import java.util.Map;

/**
 * {@code output.error_mitigation}.
 *
 * @param debiasing    the debiasing output, or null
 * @param aggregations aggregated results by method ({@code average}, {@code voting}, …), as raw JSON values
 */
public record ErrorMitigationOutput(DebiasingOutput debiasing, Map<String, Object> aggregations) {
}
