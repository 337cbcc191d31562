package io.github.ionqci.emulator.internal;

/** The three kinds of circuit result, with their URL segment and artifact format. */
public enum ResultKind {
    /** {@code {"<decimal state>": probability}}. */
    PROBABILITIES("probabilities"),
    /** {@code {"<decimal state>": count}}. */
    HISTOGRAM("histogram"),
    /** {@code ["<decimal state>", …]}, one per shot. */
    SHOTS("shots");

    /** Artifact format of a multi-circuit parent's aggregate probabilities. */
    public static final String AGGREGATE_FORMAT = "ionq.result.probabilities-aggregate.json.v1";

    private final String segment;

    ResultKind(String segment) {
        this.segment = segment;
    }

    /** @return the URL path segment and URL-form key, e.g. {@code probabilities} */
    public String segment() {
        return segment;
    }

    /** @return the artifact format, e.g. {@code ionq.result.probabilities.json.v1} */
    public String format() {
        return format(1);
    }

    /**
     * @param version 1 (decimal-state keys) or 2 (register-nested bitstrings)
     * @return the artifact format, e.g. {@code ionq.result.histogram.json.v2}
     */
    public String format(int version) {
        return "ionq.result." + segment + ".json.v" + version;
    }

    /**
     * @param segment a URL segment
     * @return the kind, or null when the segment names none
     */
    public static ResultKind ofSegment(String segment) {
        for (ResultKind kind : values()) {
            if (kind.segment.equals(segment)) {
                return kind;
            }
        }
        return null;
    }
}
