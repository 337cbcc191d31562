package io.github.ionqci.emulator;

import java.util.Locale;

/**
 * How a job's {@code results} field points at its results. The v0.4 API has used both; the emulator serves
 * {@link #ARTIFACT} unless told otherwise.
 *
 * <pre>{@code
 * emulator.jobs().add(EmulatedJob.completed().resultForm(ResultForm.URL));
 * IonQEmulator.builder().resultForm(ResultForm.parse("url")).start();
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
    ARTIFACT;

    /** The system property that sets the default form of every emulator in a JVM: {@code url} or {@code artifact}. */
    public static final String PROPERTY = "ionq.emulator.results-form";

    /**
     * @param text {@code url} or {@code artifact} (any case)
     * @return the form
     * @throws IllegalArgumentException for anything else, naming the accepted values
     */
    public static ResultForm parse(String text) {
        String value = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        switch (value) {
            case "url": return URL;
            case "artifact": return ARTIFACT;
            default: throw new IllegalArgumentException("unknown results form '" + text
                    + "'; use 'artifact' (IonQ's September 2026 artifact descriptors, the default) or 'url' "
                    + "(the seed's results.probabilities.url)");
        }
    }

    /** @return the form {@value #PROPERTY} names, or {@link #ARTIFACT} when it is unset or blank */
    static ResultForm fromSystemProperties() {
        String value = System.getProperty(PROPERTY);
        return value == null || value.isBlank() ? ARTIFACT : parse(value);
    }
}
