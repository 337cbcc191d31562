package io.github.ionqci.client.jobsfile;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ionqci.client.IonQConfigurationException;
import io.github.ionqci.client.IonQProperties;
import io.github.ionqci.client.JobId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The jobs file: which jobs a build works with. The one reader for the JUnit extension
 * ({@code @IonQJob(name = …)}), {@code ionq:await-jobs}, {@code ionq:submit} and {@code ionq:emulator-start}.
 *
 * <p>Two forms. JSON, names to ids, as {@code ionq:submit} writes it ({@code //}, {@code /* *}{@code /}
 * and {@code #} comments allowed, a name listed twice is an error):
 * <pre>{@code {"bell": "e1a09d90-b2ba-4ea5-9fd7-4bfc14eac524", "ghz3": "…"}}</pre>
 * where a job may also record the circuit file it ran (relative to the project directory), so tests can
 * compare its results with the circuit's simulation:
 * <pre>{@code {"bell": {"id": "e1a09d90-…", "circuit": "src/test/circuits/bell.json"}}}</pre>
 * and plain text, one id per line, blank lines and {@code #} comments ignored; each job is then named by
 * its id, so looking a job up by name needs the JSON form. A UTF-8 byte-order mark is ignored. Ids
 * follow {@link JobId}'s rule.
 *
 * <pre>{@code
 * JobsFile file = JobsFile.read(Path.of("target/ionq/jobs.json"));
 * String bell = file.idOf("bell");                       // needs the JSON form
 * List<JobsFile.Entry> toAwait = file.requireJobs(false); // empty file: error unless ionq.await.allow-empty
 * }</pre>
 */
public final class JobsFile {

    /** The conventional location relative to the project's build directory ({@code target/ionq/jobs.json}). */
    public static final String DEFAULT_NAME = "ionq/jobs.json";

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_YAML_COMMENTS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** How a jobs file is written. */
    public enum Form {
        /** {@code {"name": "id", …}}. */
        JSON,
        /** One id per line. */
        LINES
    }

    /**
     * One job of the file.
     *
     * @param name    its name: the JSON key, or the id itself in the one-id-per-line form
     * @param id      its id
     * @param circuit the circuit file the job ran, relative to the project directory, or null when not recorded
     */
    public record Entry(String name, String id, String circuit) {

        /**
         * @param name    its name; the id when null or blank
         * @param id      its id, not null
         * @param circuit the circuit file, or null (a blank one is null)
         */
        public Entry {
            Objects.requireNonNull(id, "id");
            if (name == null || name.isBlank()) {
                name = id;
            }
            if (circuit != null && circuit.isBlank()) {
                circuit = null;
            }
        }

        /**
         * @param name its name; the id when null or blank
         * @param id   its id, not null
         */
        public Entry(String name, String id) {
            this(name, id, null);
        }

        /** @return the circuit file the job ran, if the file records it */
        public Optional<String> circuitFile() {
            return Optional.ofNullable(circuit);
        }
    }

    private final Path path;
    private final Form form;
    private final List<Entry> entries;

    private JobsFile(Path path, Form form, List<Entry> entries) {
        this.path = path;
        this.form = form;
        this.entries = List.copyOf(entries);
    }

    /**
     * @param file a jobs file in either form
     * @return its contents
     * @throws IonQConfigurationException if it does not exist, cannot be read, or holds something that is not a job id
     */
    public static JobsFile read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new IonQConfigurationException("The jobs file " + file + " does not exist. Run mvn ionq:submit"
                    + " first, or point " + IonQProperties.JOBS_FILE + " at the file your script writes.");
        } catch (IOException e) {
            throw new IonQConfigurationException("Cannot read the jobs file " + file + ": " + e.getMessage(), e);
        }
        return parse(text, file);
    }

    /**
     * @param file a jobs file, which may not exist
     * @return its contents, or an empty JSON-form file when it does not exist
     * @throws IonQConfigurationException if it exists but is not a valid jobs file
     */
    public static JobsFile readIfExists(Path file) {
        return Files.exists(file) ? read(file) : new JobsFile(file, Form.JSON, List.of());
    }

    /**
     * @param text the file's text
     * @param file where it came from, for messages
     * @return its contents
     * @throws IonQConfigurationException if it holds something that is not a job id
     */
    public static JobsFile parse(String text, Path file) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return startsAsJson(body) ? parseJson(file, body) : parseLines(file, body);
    }

    /** @return where the file is */
    public Path path() {
        return path;
    }

    /** @return how the file is written */
    public Form form() {
        return form;
    }

    /** @return its jobs, in file order (possibly none) */
    public List<Entry> entries() {
        return entries;
    }

    /** @return names to ids, in file order (in the one-id-per-line form each id is its own name) */
    public Map<String, String> names() {
        Map<String, String> names = new LinkedHashMap<>();
        entries.forEach(e -> names.put(e.name(), e.id()));
        return names;
    }

    /**
     * @param name a job name
     * @return its id, if the file is in the JSON form and lists the name
     */
    public Optional<String> find(String name) {
        return form == Form.JSON ? Optional.ofNullable(names().get(name)) : Optional.empty();
    }

    /**
     * @param name a job name
     * @return its entry, if the file is in the JSON form and lists the name
     */
    public Optional<Entry> entry(String name) {
        return form == Form.JSON ? entries.stream().filter(e -> e.name().equals(name)).findFirst() : Optional.empty();
    }

    /**
     * @param name a job name, such as {@code bell}
     * @return its id
     * @throws IonQConfigurationException if the file is in the one-id-per-line form (it has no names) or
     *                                    does not list the name (the message lists the names it has)
     */
    public String idOf(String name) {
        if (form == Form.LINES) {
            throw new IonQConfigurationException("The jobs file " + path + " lists one id per line, so it has no"
                    + " names and \"" + name + "\" cannot be looked up: looking a job up by name needs the JSON"
                    + " form {\"" + name + "\": \"<job id>\"} (mvn ionq:submit writes it), or give the job's id instead.");
        }
        return find(name).orElseThrow(() -> new IonQConfigurationException("No job named \"" + name + "\" in the jobs"
                + " file " + path + ". " + (entries.isEmpty() ? "The file lists no jobs."
                : "Names in that file: " + String.join(", ", names().keySet()) + ".")
                + " Fix the name, or submit the job again (mvn ionq:submit) so the file lists it."));
    }

    /**
     * The jobs to await. Nothing to await is a configuration mistake in CI (a wrong path, a submit step
     * that did not run), so an empty file, one with only comments, or {@code {}} fails unless allowed.
     *
     * @param allowEmpty {@code ionq.await.allow-empty}: let an empty file pass
     * @return the jobs, possibly none when allowed
     * @throws IonQConfigurationException if the file lists no job and empty is not allowed
     */
    public List<Entry> requireJobs(boolean allowEmpty) {
        if (entries.isEmpty() && !allowEmpty) {
            throw new IonQConfigurationException("The jobs file " + path + " lists no jobs, so there is nothing to"
                    + " await: check that it is the file the submit step writes (" + IonQProperties.JOBS_FILE
                    + ") and that the step ran. To let an empty jobs file pass, set "
                    + IonQProperties.AWAIT_ALLOW_EMPTY + "=true.");
        }
        return entries;
    }

    /**
     * Writes the JSON form, replacing the file atomically where the file system allows.
     *
     * @param file the file; parent directories are created
     * @param jobs the jobs by name
     * @throws UncheckedIOException if it cannot be written
     */
    public static void write(Path file, Map<String, String> jobs) {
        ObjectNode node = JSON.createObjectNode();
        jobs.forEach(node::put);
        writeJson(file, node);
    }

    private static void writeJson(Path file, ObjectNode node) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path temp = Files.createTempFile(parent, file.getFileName().toString(), ".tmp");
            try {
                Files.writeString(temp, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node)
                        + System.lineSeparator(), StandardCharsets.UTF_8);
                try {
                    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the jobs file " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes the JSON form with each job's circuit where known ({@code {"name": {"id": …, "circuit": …}}}), a
     * plain id where not, replacing the file atomically where the file system allows.
     *
     * @param file the file; parent directories are created
     * @param jobs the jobs, in the order to write them
     * @throws UncheckedIOException if it cannot be written
     */
    public static void writeEntries(Path file, List<Entry> jobs) {
        ObjectNode node = JSON.createObjectNode();
        for (Entry e : jobs) {
            if (e.circuit() == null) {
                node.put(e.name(), e.id());
            } else {
                node.putObject(e.name()).put("id", e.id()).put("circuit", e.circuit());
            }
        }
        writeJson(file, node);
    }

    private static boolean startsAsJson(String body) {
        for (String line : body.split("\\R")) {
            String stripped = line.strip();
            if (!stripped.isEmpty() && !stripped.startsWith("#") && !stripped.startsWith("//")) {
                return stripped.startsWith("{") || stripped.startsWith("/*");
            }
        }
        return false;
    }

    private static JobsFile parseJson(Path file, String body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            String line = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
            throw new IonQConfigurationException("The jobs file " + file + " is not valid JSON" + line + ": "
                    + e.getOriginalMessage() + ". Write {\"name\": \"job-id\", …}, or plain text with one job id per line.", e);
        }
        if (root == null || !root.isObject()) {
            throw new IonQConfigurationException("The jobs file " + file + " must hold a JSON object of names to job"
                    + " ids, such as {\"bell\": \"" + JobId.EXAMPLE + "\"}, or one job id per line.");
        }
        List<Entry> entries = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : root.properties()) {
            JsonNode value = entry.getValue();
            if (value.isObject()) {
                entries.add(recordedEntry(file, entry.getKey(), value));
                continue;
            }
            if (!value.isTextual()) {
                throw new IonQConfigurationException("In the jobs file " + file + ", \"" + entry.getKey() + "\" maps to "
                        + value.getNodeType().toString().toLowerCase(Locale.ROOT) + " instead of a job id string."
                        + " Write {\"name\": \"job-id\", …} or {\"name\": {\"id\": \"job-id\", \"circuit\": \"file.json\"}}.");
            }
            entries.add(new Entry(entry.getKey(), id(value.asText().strip(),
                    "The id of \"" + entry.getKey() + "\" in the jobs file " + file)));
        }
        return new JobsFile(file, Form.JSON, entries);
    }

    /** {@code "name": {"id": "…", "circuit": "…"}}: a job with the circuit it ran. */
    private static Entry recordedEntry(Path file, String name, JsonNode value) {
        JsonNode id = value.get("id");
        JsonNode circuit = value.get("circuit");
        if (id == null || !id.isTextual() || (circuit != null && !circuit.isNull() && !circuit.isTextual())) {
            throw new IonQConfigurationException("In the jobs file " + file + ", \"" + name + "\" must be a job id"
                    + " string or an object {\"id\": \"job-id\", \"circuit\": \"file.json\"} with string values."
                    + " Fix the entry, or submit the job again (mvn ionq:submit) to rewrite the file.");
        }
        return new Entry(name, id(id.asText().strip(), "The id of \"" + name + "\" in the jobs file " + file),
                circuit == null || circuit.isNull() ? null : circuit.asText().strip());
    }

    private static JobsFile parseLines(Path file, String body) {
        List<Entry> entries = new ArrayList<>();
        String[] lines = body.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                String id = id(line, "Line " + (i + 1) + " of the jobs file " + file);
                entries.add(new Entry(id, id));
            }
        }
        return new JobsFile(file, Form.LINES, entries);
    }

    private static String id(String text, String what) {
        try {
            return JobId.require(text, what);
        } catch (IllegalArgumentException e) {
            throw new IonQConfigurationException(e.getMessage() + ". Fix the jobs file.", e);
        }
    }
}
