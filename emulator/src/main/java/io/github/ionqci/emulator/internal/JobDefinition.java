package io.github.ionqci.emulator.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ionqci.emulator.circuit.CompiledCircuit;
import java.util.List;
import java.util.Map;

/**
 * The parts of a job that do not change after it is created.
 *
 * @param id              the job id
 * @param type            {@code ionq.circuit.v1}, {@code ionq.multi-circuit.v1}, …
 * @param backend         {@code simulator}, {@code qpu.aria-1}, …
 * @param dryRun          whether the job is compile-only
 * @param submitterId     the submitting user
 * @param projectId       the project, or null
 * @param sessionId       the session, or null
 * @param name            the job name, or null
 * @param metadata        the metadata object, or null
 * @param qubits          the circuit width
 * @param circuits        the number of circuits
 * @param shots           shots, or null when the job has none (ideal simulator)
 * @param noiseModel      the noise model (simulator only), or null
 * @param noiseSeed       the noise seed, or null
 * @param predictedWaitMs predicted queue time, or null
 * @param artifactForm    true for the artifact form, false for the URL form
 * @param variants        debiasing variants (empty for none)
 * @param parentJobId     the multi-circuit parent, or null
 * @param childJobIds     multi-circuit children, or null
 * @param rawJson         a verbatim body for {@code GET /jobs/{id}}, or null
 * @param gateCounts      {@code stats.gate_counts}: the gates of the compiled circuit(s), {@code 1q} and {@code 2q}
 * @param settings        the {@code settings} object
 * @param payload         the body of {@code POST /jobs} that created it (what clone and move start from), or null
 *                        for jobs added through the Java API and multi-circuit children
 * @param compiledCircuit the circuit compiled to native gates (its {@code ionq.native.v1} artifact), or null (a
 *                        multi-circuit parent, a job that failed validation or compiles to more than
 *                        {@link JobSubmissions#MAX_COMPILED_GATES} gates, a job added through the Java API)
 * @param submittedGateCounts the gates as submitted, by the same keys: what estimates and costs are priced by
 */
public record JobDefinition(String id, String type, String backend, boolean dryRun, String submitterId,
                            String projectId, String sessionId, String name, ObjectNode metadata, int qubits,
                            int circuits, Integer shots, String noiseModel, Integer noiseSeed,
                            Long predictedWaitMs, boolean artifactForm, List<Variant> variants,
                            String parentJobId, List<String> childJobIds, String rawJson,
                            Map<String, Long> gateCounts, ObjectNode settings, ObjectNode payload,
                            CompiledCircuit compiledCircuit, Map<String, Long> submittedGateCounts) {

    /** Copies the collections. */
    public JobDefinition {
        variants = List.copyOf(variants);
        childJobIds = childJobIds == null ? null : List.copyOf(childJobIds);
        gateCounts = Map.copyOf(gateCounts);
        submittedGateCounts = Map.copyOf(submittedGateCounts);
    }

    /** @return whether this is a multi-circuit parent */
    public boolean isParent() {
        return childJobIds != null && !childJobIds.isEmpty();
    }

    /** @return whether the job runs on the ideal simulator (which reports no shots) */
    public boolean isIdealSimulator() {
        return "simulator".equals(backend) && (noiseModel == null || "ideal".equals(noiseModel));
    }
}
