package io.github.ionqci.maven.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.util.Map;

/**
 * The jobs file: which job ids a build works with, by name.
 *
 * <p>Two forms are read. JSON, the form {@code ionq:submit} writes and the JUnit extension reads:
 * <pre>{@code {"bell": "e1a09d90-b2ba-4ea5-9fd7-4bfc14eac524", "ghz3": "…"}}</pre>
 * and plain text, one id per line, blank lines and {@code #} comments ignored (each job is then named
 * by its id):
 * <pre>{@code
 * # jobs submitted by the nightly script
 * e1a09d90-b2ba-4ea5-9fd7-4bfc14eac524
 * }</pre>
 */
public final class JobsFile {

    /** The conventional location, relative to the project's build directory. */
    public static final String DEFAULT_NAME = "ionq/jobs.json";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JobsFile() {
    }

    /**
     * Reads a jobs file in either form.
     *
     * @param file the file
     * @return the jobs in file order
     * @throws ConfigurationProblem if the file is missing, unreadable, or holds something that is not a job id
     */
    public static List<JobRef> read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ConfigurationProblem("The jobs file " + file + " does not exist. Run ionq:submit first,"
                    + " or point ionq.jobs.file at the file your script writes.");
        } catch (IOException e) {
            throw new ConfigurationProblem("Cannot read the jobs file " + file + ": " + e.getMessage(), e);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return text.strip().startsWith("{") ? readJson(file, text) : readLines(file, text);
    }

    /**
     * Reads a JSON jobs file into a name → id map; a missing file gives an empty map.
     *
     * @param file the file
     * @return the jobs by name, in file order (modifiable)
     * @throws ConfigurationProblem if the file exists but is not a valid jobs file
     */
    public static Map<String, String> readMapIfExists(Path file) {
        Map<String, String> jobs = new LinkedHashMap<>();
        if (Files.exists(file)) {
            for (JobRef ref : read(file)) {
                jobs.put(ref.name(), ref.id());
            }
        }
        return jobs;
    }

    /**
     * Writes the JSON form, replacing the file atomically where the file system allows.
     *
     * @param file the file; parent directories are created
     * @param jobs the jobs by name
     */
    public static void write(Path file, Map<String, String> jobs) {
        ObjectNode node = MAPPER.createObjectNode();
        jobs.forEach(node::put);
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path temp = Files.createTempFile(parent, file.getFileName().toString(), ".tmp");
            try {
                Files.writeString(temp, MAPPER.writeValueAsString(node) + System.lineSeparator(), StandardCharsets.UTF_8);
                try {
                    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the jobs file " + file, e);
        }
    }

    private static List<JobRef> readJson(Path file, String body) {
        JsonNode root;
        try {
            root = MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw new ConfigurationProblem("The jobs file " + file + " is not valid JSON (line "
                    + e.getLocation().getLineNr() + "): " + e.getOriginalMessage()
                    + ". Expected {\"name\": \"job-id\", …}, or plain text with one job id per line.", e);
        }
        List<JobRef> refs = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : root.properties()) {
            JsonNode value = entry.getValue();
            if (!value.isTextual()) {
                throw new ConfigurationProblem("In the jobs file " + file + ", \"" + entry.getKey() + "\" maps to "
                        + value.getNodeType().toString().toLowerCase(java.util.Locale.ROOT)
                        + " instead of a job id string. Expected {\"name\": \"job-id\", …}.");
            }
            String id = JobIds.check(value.asText().strip(), "the jobs file " + file + " (key \"" + entry.getKey() + "\")");
            refs.add(new JobRef(entry.getKey(), id));
        }
        return refs;
    }

    private static List<JobRef> readLines(Path file, String body) {
        List<JobRef> refs = new ArrayList<>();
        String[] lines = body.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            refs.add(JobRef.of(JobIds.check(line, "the jobs file " + file + " (line " + (i + 1) + ")")));
        }
        return refs;
    }
}
