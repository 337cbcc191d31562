package io.github.ionqci.client.job;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code output.error_mitigation.aggregations}: the debiased job's variants combined by each method, each an
 * {@code ionq.result.histogram.json.v2} artifact; null where IonQ did not aggregate that way.
 *
 * <pre>{@code
 * Histogram voted = client.getAggregation(job, AggregationMethod.VOTING);
 * }</pre>
 *
 * @param average  the averaged histogram
 * @param voting   the voted (sharpened) histogram
 * @param dnl      the {@code dnl} histogram
 * @param majority the majority histogram
 */
public record Aggregations(ResultArtifact average, ResultArtifact voting, ResultArtifact dnl, ResultArtifact majority) {

    /**
     * @param method an aggregation method
     * @return its artifact, if IonQ lists one
     */
    public Optional<ResultArtifact> get(AggregationMethod method) {
        switch (method) {
            case AVERAGE:
                return Optional.ofNullable(average);
            case VOTING:
                return Optional.ofNullable(voting);
            case DNL:
                return Optional.ofNullable(dnl);
            default:
                return Optional.ofNullable(majority);
        }
    }

    /** @return the methods IonQ lists, with their artifacts, in the order of {@link AggregationMethod} */
    public Map<AggregationMethod, ResultArtifact> available() {
        Map<AggregationMethod, ResultArtifact> listed = new EnumMap<>(AggregationMethod.class);
        for (AggregationMethod method : AggregationMethod.values()) {
            get(method).ifPresent(a -> listed.put(method, a));
        }
        return listed;
    }
}
