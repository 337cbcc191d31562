package io.github.ionqci.client.circuit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ionqci.client.IonQConfigurationException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Builds the body of {@code POST /jobs} from a circuit file: the one builder behind
 * {@code @IonQJob(circuit = …)} and {@code ionq:submit}, so one file gives the same job through both.
 *
 * <p>The file is a whole v0.4 job body (it has {@code input}), or only the input
 * ({@code {"qubits": 2, "circuit": [...]}}, or {@code "circuits": [...]} for a multi-circuit job).
 *
 * <p><b>The override rule</b>, for shots, backend, noise model and noise seed alike: a value the entry
 * point gives (an {@code @IonQJob} attribute, an {@code ionq:submit} parameter) replaces the file's; the
 * file's value is kept otherwise; when neither gives one, the backend is {@code simulator}, and shots and
 * noise are left out, so IonQ's defaults apply (100 shots, ideal simulation). The job's {@code type}
 * follows the input ({@code ionq.circuit.v1}, or {@code ionq.multi-circuit.v1} for {@code circuits})
 * unless the file sets it, and its {@code name} is the file's, else the file's base name. An entry point
 * that knows how the tests find the file ({@link #recordedAs(String)}) records it in the job's metadata
 * under {@link #CIRCUIT_METADATA}, unless the file's own metadata sets that key.
 *
 * <pre>{@code
 * String body = CircuitJob.read(Path.of("src/test/resources/ionq/circuits/bell.json"))   // named "bell"
 *         .shots(2000)            // replaces the file's shots
 *         .noise("aria-1")        // replaces the file's noise model; its seed is kept
 *         .toJson();
 * }</pre>
 */
public final class CircuitJob {

    /**
     * The job metadata key under which {@code @IonQJob(circuit = …)} and {@code ionq:submit} record the circuit
     * file a job ran (as the annotation names it, or relative to the project directory), so
     * {@code matchesSimulation()} can simulate it later, even for a job read back from IonQ.
     */
    public static final String CIRCUIT_METADATA = "ionq-ci.circuit";

    /** The backend when neither the entry point nor the file names one. */
    public static final String DEFAULT_BACKEND = "simulator";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String source;
    private final ObjectNode file;
    private final String baseName;
    private Integer shots;
    private String backend;
    private String noise;
    private Integer noiseSeed;
    private String recordedAs;

    private CircuitJob(String source, ObjectNode file, String baseName) {
        this.source = source;
        this.file = file;
        this.baseName = baseName;
    }

    /**
     * @param file a circuit file
     * @return a builder for its job, named after the file ({@code bell.json} → {@code bell})
     * @throws IonQConfigurationException if the file cannot be read or does not describe a circuit
     */
    public static CircuitJob read(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new IonQConfigurationException("Cannot read the circuit file " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * @param json   a circuit file's text
     * @param source where it came from, such as {@code circuits/bell.json}: for messages and the default name
     * @return a builder for its job
     * @throws IonQConfigurationException if the text does not describe a circuit
     */
    public static CircuitJob parse(String json, String source) {
        JsonNode root;
        try {
            root = JSON.readTree(json.startsWith("\uFEFF") ? json.substring(1) : json);
        } catch (JsonProcessingException e) {
            String line = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
            throw new IonQConfigurationException("The circuit file " + source + " is not valid JSON" + line + ": "
                    + e.getOriginalMessage() + ". Fix the file.", e);
        }
        if (root == null || !root.isObject()) {
            throw new IonQConfigurationException("The circuit file " + source + " must hold a JSON object: a v0.4 job"
                    + " body with \"input\", or the input alone ({\"qubits\": 2, \"circuit\": [...]}).");
        }
        if (root.has("input") && !root.get("input").isObject()) {
            throw new IonQConfigurationException("The circuit file " + source + " has an \"input\" that is not an"
                    + " object: write \"input\": {\"qubits\": 2, \"circuit\": [...]}.");
        }
        if (!root.has("input") && !root.has("circuit") && !root.has("circuits")) {
            throw new IonQConfigurationException("The circuit file " + source + " has neither \"input\" (a v0.4 job"
                    + " body) nor \"circuit\"/\"circuits\" (an input): write {\"qubits\": 2, \"circuit\": [{\"gate\":"
                    + " \"h\", \"target\": 0}, …]}.");
        }
        return new CircuitJob(source, (ObjectNode) root, baseName(source));
    }

    /**
     * @param shots the shots; null or 0 and below keep the file's (or IonQ's default)
     * @return this builder
     */
    public CircuitJob shots(Integer shots) {
        this.shots = shots == null || shots <= 0 ? null : shots;
        return this;
    }

    /**
     * @param backend the backend, such as {@code simulator} or {@code qpu.forte-1}; null or blank keeps the file's
     * @return this builder
     */
    public CircuitJob backend(String backend) {
        this.backend = blankToNull(backend);
        return this;
    }

    /**
     * @param model the simulator noise model, such as {@code aria-1}; null or blank keeps the file's
     * @return this builder
     */
    public CircuitJob noise(String model) {
        this.noise = blankToNull(model);
        return this;
    }

    /**
     * @param seed the noise seed; null keeps the file's
     * @return this builder
     */
    public CircuitJob noiseSeed(Integer seed) {
        this.noiseSeed = seed;
        return this;
    }

    /**
     * @param file the circuit file as the tests find it (a classpath resource, or a path relative to the
     *             project directory), recorded in the job's metadata under {@link #CIRCUIT_METADATA} so
     *             {@code matchesSimulation()} can simulate the job later; null or blank records nothing.
     *             A key the file's metadata already sets is kept.
     * @return this builder
     */
    public CircuitJob recordedAs(String file) {
        this.recordedAs = blankToNull(file);
        return this;
    }

    /** @return where the circuit came from */
    public String source() {
        return source;
    }

    /** @return the file's name without folder and extension: {@code bell} for {@code circuits/bell.json} */
    public String baseName() {
        return baseName;
    }

    /** @return the job's name: the file's {@code name}, else the file's base name */
    public String name() {
        return file.has("input") && file.hasNonNull("name") ? file.get("name").asText() : baseName;
    }

    /** @return the backend the job goes to, after the override rule */
    public String backend() {
        if (backend != null) {
            return backend;
        }
        return file.has("input") && file.hasNonNull("backend") ? file.get("backend").asText() : DEFAULT_BACKEND;
    }

    /** @return the JSON body of {@code POST /jobs}; the same file and values always give the same text */
    public String toJson() {
        ObjectNode job;
        if (file.has("input")) {
            job = file.deepCopy();
        } else {
            job = JSON.createObjectNode();
            job.set("input", file.deepCopy());
        }
        ObjectNode body = JSON.createObjectNode();
        body.put("type", job.hasNonNull("type") ? job.get("type").asText()
                : job.get("input").has("circuits") ? "ionq.multi-circuit.v1" : "ionq.circuit.v1");
        body.put("name", name());
        body.put("backend", backend());
        if (shots != null) {
            body.put("shots", shots);
        }
        JsonNode fileNoise = job.get("noise");
        if (noise != null || noiseSeed != null) {
            ObjectNode merged = fileNoise != null && fileNoise.isObject() ? ((ObjectNode) fileNoise).deepCopy()
                    : JSON.createObjectNode();
            if (noise != null) {
                merged.put("model", noise);
            }
            if (noiseSeed != null) {
                merged.put("seed", noiseSeed);
            }
            job.set("noise", merged);
        }
        if (recordedAs != null) {
            JsonNode metadata = job.get("metadata");
            ObjectNode recorded = metadata != null && metadata.isObject() ? (ObjectNode) metadata : job.putObject("metadata");
            if (!recorded.has(CIRCUIT_METADATA)) {
                recorded.put(CIRCUIT_METADATA, recordedAs);
            }
        }
        job.fields().forEachRemaining(field -> {
            if (!body.has(field.getKey())) {
                body.set(field.getKey(), field.getValue());
            }
        });
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the job body for " + source, e);
        }
    }

    private static String baseName(String source) {
        String name = source.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
