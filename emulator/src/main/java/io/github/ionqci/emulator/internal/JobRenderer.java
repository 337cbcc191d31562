package io.github.ionqci.emulator.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Writes a job as the v0.4 {@code GetCircuitJobResponse}: every required key, nulls included, in the order of
 * IonQ's example; {@code shots} only off the ideal simulator; {@code noise} only on the simulator backend.
 */
public final class JobRenderer {

    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private JobRenderer() {
    }

    /**
     * @param instant a time
     * @return it as IonQ writes timestamps ({@code 2025-05-28T20:47:05.440Z}), or null
     */
    public static String timestamp(Instant instant) {
        return instant == null ? null : TIMESTAMP.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }

    /**
     * @param job           the job
     * @param state         its state now
     * @param withChildIds  true for {@code GET /jobs/{id}}; list items omit {@code child_job_ids}
     * @return the job body
     */
    public static ObjectNode render(JobEntry job, JobState state, boolean withChildIds) {
        JobDefinition def = job.definition();
        ObjectNode node = Json.object();
        node.put("id", def.id());
        node.put("status", state.status());
        node.put("type", def.type());
        node.put("backend", def.backend());
        node.put("dry_run", def.dryRun());
        node.put("submitter_id", def.submitterId());
        node.put("project_id", def.projectId());
        node.put("parent_job_id", def.parentJobId());
        if (withChildIds) {
            if (def.childJobIds() == null) {
                node.putNull("child_job_ids");
            } else {
                ArrayNode children = node.putArray("child_job_ids");
                def.childJobIds().forEach(children::add);
            }
        }
        node.put("session_id", def.sessionId());
        if (def.metadata() == null) {
            node.putNull("metadata");
        } else {
            node.set("metadata", def.metadata().deepCopy());
        }
        node.put("name", def.name());
        node.put("submitted_at", timestamp(state.submittedAt()));
        node.put("started_at", timestamp(state.startedAt()));
        node.put("completed_at", timestamp(state.completedAt()));
        node.put("predicted_execution_duration_ms", state.predictedRunMs());
        node.put("predicted_wait_time_ms", state.predictedWaitMs());
        node.put("execution_duration_ms", state.executionDurationMs());
        if (def.shots() != null && !def.isIdealSimulator()) {
            node.put("shots", def.shots());
        }
        if ("simulator".equals(def.backend())) {
            ObjectNode noise = node.putObject("noise");
            noise.put("model", def.noiseModel() == null ? "ideal" : def.noiseModel());
            if (def.noiseSeed() != null) {
                noise.put("seed", def.noiseSeed());
            }
        }
        if (state.failureCode() == null) {
            node.putNull("failure");
        } else {
            ObjectNode failure = node.putObject("failure");
            failure.put("code", state.failureCode());
            failure.put("message", state.failureMessage() == null ? "" : state.failureMessage());
        }
        node.set("settings", def.settings().deepCopy());
        node.set("stats", stats(def));
        node.set("results", results(job, state));
        node.set("output", output(job, state));
        return node;
    }

    private static ObjectNode stats(JobDefinition def) {
        ObjectNode stats = Json.object();
        stats.put("qubits", def.qubits());
        stats.put("circuits", def.circuits());
        ObjectNode gates = stats.putObject("gate_counts");
        def.gateCounts().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .forEach(e -> gates.put(e.getKey(), e.getValue()));
        return stats;
    }

    private static com.fasterxml.jackson.databind.JsonNode results(JobEntry job, JobState state) {
        JobDefinition def = job.definition();
        if (!JobEntry.COMPLETED.equals(state.status()) || def.dryRun()) {
            return Json.MAPPER.nullNode();
        }
        if (def.isParent()) {
            ObjectNode results = Json.object();
            if (def.artifactForm()) {
                results.set(ResultKind.AGGREGATE_FORMAT, artifact(job.artifactId(null, null),
                        ResultKind.AGGREGATE_FORMAT));
            } else {
                results.putObject("probabilities").put("url", jobPath(def.id()) + "/results/probabilities/aggregated");
            }
            return results;
        }
        if (state.results() == null) {
            return Json.MAPPER.nullNode();
        }
        return links(job, null, state.results());
    }

    private static ObjectNode links(JobEntry job, Variant variant, ResultData data) {
        JobDefinition def = job.definition();
        ObjectNode results = Json.object();
        String variantId = variant == null ? null : variant.variantId();
        for (ResultKind kind : ResultKind.values()) {
            if (!data.has(kind)) {
                continue;
            }
            if (def.artifactForm()) {
                for (int version = 1; version <= 2; version++) {
                    String id = job.artifactId(new JobEntry.ArtifactRef(variantId, kind, version, null, null));
                    results.set(kind.format(version), artifact(id, kind.format(version)));
                }
            } else {
                String base = variant == null ? jobPath(def.id())
                        : jobPath(def.id()) + "/variants/" + variant.variantId();
                results.putObject(kind.segment()).put("url", base + "/results/" + kind.segment());
            }
        }
        return results;
    }

    private static ObjectNode artifact(String id, String format) {
        ObjectNode artifact = Json.object();
        artifact.put("id", id);
        artifact.put("format", format);
        artifact.put("media_type", "application/json");
        return artifact;
    }

    private static ObjectNode output(JobEntry job, JobState state) {
        ObjectNode output = Json.object();
        ObjectNode compilation = output.putObject("compilation");
        if (job.definition().compiledCircuit() != null) {
            String format = io.github.ionqci.emulator.circuit.CompiledCircuit.FORMAT;
            compilation.putObject("compiled_circuits").set(format, artifact(job.artifactId(format), format));
        }
        ObjectNode errorMitigation = errorMitigation(job, state);
        if (errorMitigation != null) {
            output.set("error_mitigation", errorMitigation);
        }
        return output;
    }

    /**
     * {@code output.error_mitigation}: the debiasing variants with their results, the symmetry verification, and
     * the average and voting aggregations as {@code ionq.result.histogram.json.v2} artifacts; null when the job
     * has neither variants nor symmetry verification.
     */
    private static ObjectNode errorMitigation(JobEntry job, JobState state) {
        JobDefinition def = job.definition();
        boolean symmetry = def.settings().path("error_mitigation").path("symmetry_verification").asBoolean(false);
        if (def.variants().isEmpty() && !symmetry) {
            return null;
        }
        ObjectNode node = Json.object();
        boolean aggregated = false;
        if (!def.variants().isEmpty()) {
            ObjectNode debiasing = node.putObject("debiasing");
            ArrayNode variants = debiasing.putArray("variants");
            for (Variant variant : def.variants()) {
                ObjectNode v = variants.addObject();
                v.put("variant_id", variant.variantId());
                ArrayNode map = v.putArray("qubit_map");
                variant.qubitMap().forEach(map::add);
                v.put("shots", variant.shots());
                if (state.results() != null) {
                    ResultData measured = state.results().forVariant(variant);
                    v.set("results", links(job, variant, measured));
                    aggregated |= measured.has(ResultKind.HISTOGRAM);
                }
            }
            debiasing.put("aggregation_method", Aggregations.AVERAGE);
        }
        if (symmetry) {
            ObjectNode verification = node.putObject("symmetry_verification");
            ResultData.Mitigation mitigation = state.results() == null ? null : state.results().mitigation();
            if (mitigation != null && mitigation.allowedStates() != null) {
                verification.put("num_allowed_states", mitigation.allowedStates());
            }
            verification.put("applied", false);
        }
        if (aggregated) {
            ObjectNode aggregations = node.putObject("aggregations");
            String format = ResultKind.HISTOGRAM.format(2);
            for (String name : Aggregations.NAMES) {
                aggregations.set(name, artifact(job.artifactId(new JobEntry.ArtifactRef(null, ResultKind.HISTOGRAM,
                        2, name, null)), format));
            }
        }
        return node;
    }

    /**
     * @param id a job id
     * @return its path as IonQ puts it in result URLs
     */
    public static String jobPath(String id) {
        return "/v0.4/jobs/" + id;
    }
}
