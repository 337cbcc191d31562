package io.github.ionqci.junit.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ionqci.client.circuit.CircuitJob;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * Turns {@code @IonQJob(circuit = ..., shots, backend, noise, noiseSeed)} into the JSON body of {@code POST /jobs}.
 *
 * <p>The file is either a whole v0.4 job payload (it has an {@code input} member) or only the
 * {@code input} ({@code {"qubits": 2, "gateset": "qis", "circuit": [...]}}, or with {@code circuits}
 * for a multi-circuit job). The annotation's {@code shots}, {@code backend}, {@code noise} and {@code noiseSeed}
 * ({@code noise.seed}) replace
 * the file's; {@code backend} defaults to {@code simulator} and {@code type} to
 * {@code ionq.circuit.v1} ({@code ionq.multi-circuit.v1} when the input has {@code circuits}). The job's
 * metadata records the circuit file ({@link CircuitJob#CIRCUIT_METADATA}) unless the file sets that key.
 */
public final class CircuitPayloads {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CircuitPayloads() {
    }

    /**
     * @param circuit   the annotation's circuit attributes
     * @param testClass the class whose package relative resources are looked up in
     * @param where     the annotation, for messages
     * @return the payload JSON; the same file and attributes always give the same string
     */
    static String payload(JobSource.Circuit circuit, Class<?> testClass, Object where) {
        ObjectNode payload = load(circuit.resource(), testClass, where);
        if (!circuit.backend().isEmpty()) {
            payload.put("backend", circuit.backend());
        }
        if (circuit.shots() > 0) {
            payload.put("shots", circuit.shots());
        }
        if (!circuit.noise().isEmpty()) {
            JsonNode existing = payload.get("noise");
            ObjectNode noise = existing != null && existing.isObject() ? (ObjectNode) existing : JSON.createObjectNode();
            noise.put("model", circuit.noise());
            payload.set("noise", noise);
        }
        JsonNode metadata = payload.get("metadata");
        if (metadata == null || !metadata.isObject()) {
            payload.putObject("metadata");
        }
        ObjectNode recorded = (ObjectNode) payload.get("metadata");
        if (!recorded.has(CircuitJob.CIRCUIT_METADATA)) {
            // "/circuits/x.json" and "circuits/x.json" name the same root resource, and stay one job
            String resource = circuit.resource();
            recorded.put(CircuitJob.CIRCUIT_METADATA, resource.startsWith("/") ? resource.substring(1) : resource);
        }
        if (circuit.noiseSeed() != JobSource.Circuit.NO_SEED) {
            JsonNode existing = payload.get("noise");
            ObjectNode noise = existing != null && existing.isObject() ? (ObjectNode) existing : JSON.createObjectNode();
            noise.put("seed", circuit.noiseSeed());
            payload.set("noise", noise);
        }
        try {
            return JSON.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the job payload for " + circuit.resource(), e);
        }
    }

    /**
     * Reads a circuit file as a v0.4 job payload: {@code type} defaults as described above and
     * {@code backend} to {@code simulator}; nothing else is added.
     *
     * @param resource  a classpath resource (from the root, then relative to {@code anchor}'s package), else a
     *                  file relative to the project directory
     * @param anchor    the class whose class loader and package resolve the resource
     * @param where     what named the file, for messages
     * @return a fresh payload object
     * @throws ExtensionConfigurationException when the file is missing, not JSON or not a circuit
     */
    public static ObjectNode load(String resource, Class<?> anchor, Object where) {
        JsonNode file = read(resource, anchor, where);
        if (!file.isObject()) {
            throw new ExtensionConfigurationException("The circuit file \"" + resource + "\" (" + where
                    + ") must hold a JSON object: a v0.4 job payload with \"input\", or just the input"
                    + " {\"qubits\": 2, \"gateset\": \"qis\", \"circuit\": [...]}.");
        }
        ObjectNode payload;
        if (file.has("input")) {
            payload = (ObjectNode) file.deepCopy();
            if (!payload.get("input").isObject()) {
                throw new ExtensionConfigurationException("The circuit file \"" + resource + "\" ("
                        + where + ") has an \"input\" that is not an object.");
            }
        } else {
            if (!file.has("circuit") && !file.has("circuits")) {
                throw new ExtensionConfigurationException("The circuit file \"" + resource + "\" (" + where
                        + ") has neither \"input\" (a v0.4 job payload) nor \"circuit\"/\"circuits\" (a job input):"
                        + " it does not describe a circuit.");
            }
            payload = JSON.createObjectNode();
            payload.set("input", file.deepCopy());
        }
        if (!payload.hasNonNull("type")) {
            payload.put("type", payload.get("input").has("circuits") ? "ionq.multi-circuit.v1" : "ionq.circuit.v1");
        }
        if (!payload.hasNonNull("backend")) {
            payload.put("backend", "simulator");
        }
        return payload;
    }

    /**
     * @param payload a payload made by {@link #payload}
     * @return its backend
     */
    static String backend(String payload) {
        try {
            return JSON.readTree(payload).path("backend").asText("");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Not a payload: " + e.getOriginalMessage(), e);
        }
    }

    private static JsonNode read(String resource, Class<?> testClass, Object where) {
        String rooted = resource.startsWith("/") ? resource.substring(1) : resource;
        ClassLoader loader = testClass.getClassLoader() != null ? testClass.getClassLoader()
                : ClassLoader.getSystemClassLoader();
        URL url = loader.getResource(rooted);
        if (url == null && !resource.startsWith("/")) {
            url = testClass.getResource(resource);
        }
        Path file = RunState.projectDirectory().resolve(resource);
        try {
            if (url != null) {
                try (InputStream in = url.openStream()) {
                    return JSON.readTree(in);
                }
            }
            if (Files.isRegularFile(file)) {
                return JSON.readTree(file.toFile());
            }
        } catch (JsonProcessingException e) {
            throw new ExtensionConfigurationException("The circuit file \"" + resource + "\" (" + where
                    + ") is not valid JSON: " + e.getOriginalMessage() + " at line " + e.getLocation().getLineNr() + ".");
        } catch (IOException e) {
            throw new ExtensionConfigurationException("Cannot read the circuit file \"" + resource + "\" (" + where
                    + "): " + e.getMessage(), e);
        }
        String packageDir = testClass.getPackageName().replace('.', '/');
        throw new ExtensionConfigurationException("The circuit file \"" + resource + "\" (" + where + ") was not found."
                + " Looked for the classpath resource /" + rooted
                + (resource.startsWith("/") ? "" : ", the classpath resource /" + packageDir + "/" + resource)
                + " and the file " + file + ". Put it in src/test/resources/" + rooted + ".");
    }
}
