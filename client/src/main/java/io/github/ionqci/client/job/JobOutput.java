package io.github.ionqci.client.job;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.ionqci.client.internal.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code output} of a job: compilation output and error-mitigation output, typed, and whatever else the server
 * sends there kept as it came (IonQ's {@code CircuitJobOutput} allows more properties, and the output of
 * quantum-function and QAOA jobs is free-form).
 *
 * <pre>{@code
 * job.output().compilation().compiledCircuit(CompilationOutput.NATIVE_V1);          // the native circuit's artifact
 * job.output().errorMitigation().aggregations().get(AggregationMethod.VOTING);      // the voted histogram's artifact
 * Object value = job.output().extra().get("energy");                                // a field the model does not type
 * }</pre>
 *
 * @param compilation     {@code compilation}: the compiled circuits; null when the server sent none
 * @param errorMitigation {@code error_mitigation}, or null
 * @param extra           every other field, as plain unmodifiable Java values (maps, lists, strings, numbers,
 *                        booleans, nulls), in the order received; empty when there are none
 */
public record JobOutput(CompilationOutput compilation, ErrorMitigationOutput errorMitigation,
                        Map<String, Object> extra) {

    /**
     * Copies {@code extra} so the record stays immutable.
     *
     * @param compilation     the compilation output, or null
     * @param errorMitigation the error-mitigation output, or null
     * @param extra           the other fields, or null for none
     */
    public JobOutput {
        extra = RawJson.copy(extra);
    }

    /** @return the debiasing variants, or an empty list when the job reports none */
    public List<DebiasingVariant> debiasingVariants() {
        if (errorMitigation == null || errorMitigation.debiasing() == null) {
            return List.of();
        }
        return errorMitigation.debiasing().variants();
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static JobOutput fromJson(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException("output must be an object, but was: " + node.getNodeType());
        }
        try {
            CompilationOutput compilation = Json.mapper().treeToValue(node.get("compilation"), CompilationOutput.class);
            ErrorMitigationOutput mitigation = Json.mapper().treeToValue(node.get("error_mitigation"),
                    ErrorMitigationOutput.class);
            Map<String, Object> extra = new LinkedHashMap<>(RawJson.object(node));
            extra.remove("compilation");
            extra.remove("error_mitigation");
            return new JobOutput(compilation, mitigation, extra);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("output could not be read: " + e.getOriginalMessage().split("\n")[0]);
        }
    }
}
