package io.github.ionqci.client.job;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code output.compilation}: the circuits IonQ compiled the job into, as artifacts keyed by circuit format.
 *
 * <pre>{@code
 * Optional<ResultArtifact> nativeCircuit = job.output().compilation().compiledCircuit(CompilationOutput.NATIVE_V1);
 * NativeCircuit circuit = client.getCompiledCircuit(job);   // downloads and reads it
 * }</pre>
 *
 * @param compiledCircuits {@code compiled_circuits}: artifact descriptors keyed by format, such as {@code ionq.native.v1};
 *                         empty when IonQ lists none (yet)
 */
public record CompilationOutput(Map<String, ResultArtifact> compiledCircuits) {

    /** The format of a circuit in IonQ's native gates. */
    public static final String NATIVE_V1 = "ionq.native.v1";

    /**
     * Copies the map so the record stays immutable.
     *
     * @param compiledCircuits artifact descriptors keyed by format; null for none
     */
    public CompilationOutput {
        compiledCircuits = compiledCircuits == null ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(compiledCircuits));
    }

    /**
     * @param format a circuit format, such as {@link #NATIVE_V1}
     * @return the compiled circuit listed under that key, or else with that {@code format}
     */
    public Optional<ResultArtifact> compiledCircuit(String format) {
        ResultArtifact keyed = compiledCircuits.get(format);
        return keyed != null ? Optional.of(keyed)
                : compiledCircuits.values().stream().filter(a -> format.equals(a.format())).findFirst();
    }
}
