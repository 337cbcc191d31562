package io.github.ionqci.maven.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ionqci.client.circuit.CircuitJob;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Turns a circuit file into the body of {@code POST /jobs}.
 *
 * <p>A file that has an {@code input} field is a full v0.4 job body: it is sent as it is, with
 * {@code type}, {@code backend} and {@code name} filled in where it lacks them. Any other JSON object is
 * the {@code input} alone ({@code {"qubits": 2, "circuit": [...]}}, or {@code "circuits": [...]} for a
 * multi-circuit job); the job around it gets the defaults for backend, shots and noise.
 *
 * <pre>{@code
 * String body = CircuitPayload.read(Path.of("src/test/resources/ionq/circuits/bell.json"), "bell",
 *         new CircuitPayload.Defaults("simulator", 1000, null, null));
 * }</pre>
 */
public final class CircuitPayload {

    /**
     * What a job gets when its file gives only the input.
     *
     * @param backend   the backend, such as {@code simulator}
     * @param shots     the shots, or null for IonQ's default
     * @param noise     the simulator noise model, such as {@code aria-1}, or null for none
     * @param noiseSeed the noise seed, or null
     */
    public record Defaults(String backend, Integer shots, String noise, Integer noiseSeed) {
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CircuitPayload() {
    }

    /**
     * @param file     the circuit file
     * @param name     the job name (the file's base name)
     * @param defaults the defaults for an input-only file
     * @return the JSON body to submit
     * @throws ConfigurationProblem if the file cannot be read or is not a JSON object
     */
    public static String read(Path file, String name, Defaults defaults) {
        return read(file, name, defaults, null);
    }

    /**
     * As {@link #read(Path, String, Defaults)}, recording the circuit file in the job's metadata
     * ({@link CircuitJob#CIRCUIT_METADATA}) unless the file sets that key, so the tests can simulate the circuit
     * ({@code matchesSimulation()}).
     *
     * @param recordedAs the file as the tests find it (relative to the project directory), or null to record nothing
     */
    public static String read(Path file, String name, Defaults defaults, String recordedAs) {
        JsonNode root;
        try {
            root = MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new ConfigurationProblem("The circuit file " + file + " is not valid JSON (line "
                    + e.getLocation().getLineNr() + "): " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ConfigurationProblem("Cannot read the circuit file " + file + ": " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new ConfigurationProblem("The circuit file " + file + " must hold a JSON object: a full job"
                    + " body with \"input\", or the input alone ({\"qubits\": 2, \"circuit\": [...]}).");
        }
        ObjectNode job;
        if (root.has("input")) {
            job = (ObjectNode) root;
            if (!job.has("type")) {
                job.put("type", job.path("input").has("circuits") ? "ionq.multi-circuit.v1" : "ionq.circuit.v1");
            }
            if (!job.has("backend")) {
                job.put("backend", defaults.backend());
            }
            if (!job.has("name")) {
                job.put("name", name);
            }
        } else {
            if (!root.has("circuit") && !root.has("circuits")) {
                throw new ConfigurationProblem("The circuit file " + file + " has neither \"input\" (a full job body)"
                        + " nor \"circuit\"/\"circuits\" (an input): write {\"qubits\": 2, \"circuit\": [{\"gate\":"
                        + " \"h\", \"target\": 0}, …]}.");
            }
            job = MAPPER.createObjectNode();
            job.put("type", root.has("circuits") ? "ionq.multi-circuit.v1" : "ionq.circuit.v1");
            job.put("name", name);
            job.put("backend", defaults.backend());
            if (defaults.shots() != null) {
                job.put("shots", defaults.shots());
            }
            if (defaults.noise() != null && !defaults.noise().isBlank()) {
                ObjectNode noise = job.putObject("noise");
                noise.put("model", defaults.noise());
                if (defaults.noiseSeed() != null) {
                    noise.put("seed", defaults.noiseSeed());
                }
            }
            job.set("input", root);
        }
        if (recordedAs != null) {
            JsonNode metadata = job.get("metadata");
            ObjectNode recorded = metadata != null && metadata.isObject() ? (ObjectNode) metadata : job.putObject("metadata");
            if (!recorded.has(CircuitJob.CIRCUIT_METADATA)) {
                recorded.put(CircuitJob.CIRCUIT_METADATA, recordedAs);
            }
        }
        try {
            return MAPPER.writeValueAsString(job);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @param file a circuit file
     * @return its base name: {@code bell} for {@code bell.json}
     */
    public static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
