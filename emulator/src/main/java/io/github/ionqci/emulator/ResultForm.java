package io.github.ionqci.emulator;

/**
 * How a job's {@code results} field points at its results. The v0.4 API has used both.
 *
 * <pre>{@code
 * emulator.jobs().add(EmulatedJob.completed().resultForm(ResultForm.ARTIFACT));
 * }</pre>
 */
public enum ResultForm {
    /**
     * {@code {"probabilities": {"url": "/v0.4/jobs/{id}/results/probabilities"}, …}}: the form of the seed
     * OpenAPI schema (IonQ's spec until May 2026).
     */
    URL,
    /**
     * {@code {"ionq.result.probabilities.json.v1": {"id", "format", "media_type"}, …}}, each downloaded from
     * {@code /v0.4/jobs/{id}/artifacts/{artifactId}} (IonQ's spec from September 2026).
     */
    ARTIFACT
}
