package io.github.ionqci.client.job;

/**
 * The simulator's noise settings: {@code noise} in the v0.4 job body (simulator jobs only).
 *
 * @param model the noise model, such as {@code ideal}, {@code aria-1} or {@code forte-1}
 * @param seed  the sampling seed, or null when none was given
 */
public record Noise(String model, Integer seed) {

    /** The noise-free simulator. */
    public static final String IDEAL = "ideal";

    /** @return whether this is the noise-free model */
    public boolean isIdeal() {
        return model == null || IDEAL.equals(model);
    }
}
