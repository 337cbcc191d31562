package io.github.ionqci.client.job;

/** The three kinds of result a circuit job can have. */
public enum ResultKind {
    /** Probability of each basis state. */
    PROBABILITIES("probabilities"),
    /** Counts of each basis state over the shots. */
    HISTOGRAM("histogram"),
    /** One measured basis state per shot. */
    SHOTS("shots");

    private final String key;

    ResultKind(String key) {
        this.key = key;
    }

    /** @return the key the API uses: {@code probabilities}, {@code histogram} or {@code shots} */
    public String key() {
        return key;
    }
}
