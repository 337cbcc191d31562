package io.github.ionqci.client.job;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where a job's results are: {@code results} of the v0.4 job body, in either form the API has used.
 *
 * <ul>
 *   <li>The URL form: {@code {"probabilities": {"url": "/v0.4/jobs/…/results/probabilities"}, …}}.</li>
 *   <li>The artifact form: {@code {"ionq.result.probabilities.json.v1": {"id", "format", "media_type"}, …}}.</li>
 * </ul>
 *
 * <p>Job types the client does not model (a {@code qctrl.qaoa.v1} job's {@code qaoa_results}, a
 * {@code quantum-function} job's {@code value} and {@code variance}, anything IonQ adds) are never dropped:
 * {@link #raw()} holds the whole {@code results} object as it came.
 *
 * <pre>{@code
 * Map<String, Object> qaoa = (Map<String, Object>) job.results().raw().get("qaoa_results");
 * double energy = ((Number) job.results().raw().get("value")).doubleValue();   // a quantum-function job
 * }</pre>
 *
 * @param links     URL-form links by result kind; empty when the API used the artifact form
 * @param artifacts artifact-form entries by format name; empty when the API used the URL form
 * @param raw       the whole {@code results} object as plain unmodifiable Java values (maps, lists, strings,
 *                  numbers, booleans, nulls), in the order received
 */
public record JobResults(Map<ResultKind, ResultLink> links, Map<String, ResultArtifact> artifacts,
                         Map<String, Object> raw) {

    /**
     * Copies the maps so the record stays immutable.
     *
     * @param links     URL-form links by result kind; empty when the API used the artifact form
     * @param artifacts artifact-form entries by format name; empty when the API used the URL form
     * @param raw       the whole {@code results} object as received, or null for none
     */
    public JobResults {
        links = links == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(links));
        artifacts = artifacts == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(artifacts));
        raw = RawJson.copy(raw);
    }

    /**
     * Results built from links and artifacts alone; {@link #raw()} is empty.
     *
     * @param links     URL-form links by result kind
     * @param artifacts artifact-form entries by format name
     */
    public JobResults(Map<ResultKind, ResultLink> links, Map<String, ResultArtifact> artifacts) {
        this(links, artifacts, null);
    }

    /** @return the {@code results} object as JSON text, as {@link #raw()} holds it */
    public String json() {
        try {
            return io.github.ionqci.client.internal.Json.mapper().writeValueAsString(raw);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("results cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * @param kind the result kind
     * @return the URL-form link for it, if the API gave one
     */
    public Optional<ResultLink> link(ResultKind kind) {
        return Optional.ofNullable(links.get(kind));
    }

    /**
     * Finds the artifact for a kind of result: {@code ionq.result.<kind>.json.v1} when listed, else
     * the first other version of that kind (never the multi-circuit aggregate; see {@link #aggregateArtifact()}).
     *
     * @param kind the result kind
     * @return the artifact, if any
     */
    public Optional<ResultArtifact> artifact(ResultKind kind) {
        return artifact(kind, "v1");
    }

    /**
     * Finds the artifact for a kind of result, preferring one version: {@code ionq.result.<kind>.json.<version>}
     * when listed, else the first other version of that kind (never the multi-circuit aggregate).
     *
     * @param kind    the result kind
     * @param version the version to prefer, such as {@code v2} (the register-nested formats)
     * @return the artifact, if any
     */
    public Optional<ResultArtifact> artifact(ResultKind kind, String version) {
        String preferred = "ionq.result." + kind.key() + ".json." + version;
        String any = "ionq.result." + kind.key() + ".";
        Optional<ResultArtifact> exact = artifacts.values().stream()
                .filter(a -> preferred.equals(a.format()))
                .findFirst();
        return exact.isPresent() ? exact : artifacts.values().stream()
                .filter(a -> a.format() != null && a.format().startsWith(any))
                .findFirst();
    }

    /**
     * @return the multi-circuit aggregate artifact ({@code ionq.result.probabilities-aggregate.json.v1}), if any
     */
    public Optional<ResultArtifact> aggregateArtifact() {
        return artifacts.values().stream()
                .filter(a -> a.format() != null && a.format().startsWith("ionq.result.probabilities-aggregate."))
                .findFirst();
    }

    /** @return whether neither form names any result (a job type the client does not model may still have {@link #raw()} results) */
    public boolean isEmpty() {
        return links.isEmpty() && artifacts.isEmpty();
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static JobResults fromJson(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException("results must be an object, but was: " + node.getNodeType());
        }
        Map<ResultKind, ResultLink> links = new LinkedHashMap<>();
        Map<String, ResultArtifact> artifacts = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode value = field.getValue();
            if (!value.isObject()) {
                continue;
            }
            ResultKind kind = kindOf(field.getKey());
            if (kind != null && value.hasNonNull("url")) {
                links.put(kind, new ResultLink(value.get("url").asText()));
            } else if (value.hasNonNull("id")) {
                String format = value.hasNonNull("format") ? value.get("format").asText() : field.getKey();
                String mediaType = value.hasNonNull("media_type") ? value.get("media_type").asText() : null;
                artifacts.put(field.getKey(), new ResultArtifact(value.get("id").asText(), format, mediaType));
            }
        }
        return new JobResults(links, artifacts, RawJson.object(node));
    }

    private static ResultKind kindOf(String key) {
        for (ResultKind kind : ResultKind.values()) {
            if (kind.key().equals(key)) {
                return kind;
            }
        }
        return null;
    }
}
