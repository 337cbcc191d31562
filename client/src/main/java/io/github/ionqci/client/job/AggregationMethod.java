package io.github.ionqci.client.job;

/** How the results of a debiased job's variants are combined: the keys of {@code output.error_mitigation.aggregations}. */
public enum AggregationMethod {
    /** The variants' results averaged (unsharpened). */
    AVERAGE("average"),
    /** Plurality voting over the variants (sharpened). */
    VOTING("voting"),
    /** IonQ's {@code dnl} aggregation. */
    DNL("dnl"),
    /** Majority voting. */
    MAJORITY("majority");

    private final String key;

    AggregationMethod(String key) {
        this.key = key;
    }

    /** @return the JSON key, such as {@code voting} */
    public String key() {
        return key;
    }

    /**
     * @param key a JSON key, such as {@code voting} (case ignored)
     * @return the method
     * @throws IllegalArgumentException naming the known keys when it is none of them
     */
    public static AggregationMethod of(String key) {
        for (AggregationMethod method : values()) {
            if (method.key.equalsIgnoreCase(key == null ? "" : key.strip())) {
                return method;
            }
        }
        throw new IllegalArgumentException("\"" + key + "\" is not an aggregation method; IonQ's are average,"
                + " voting, dnl and majority");
    }
}
