package io.github.ionqci.junit.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * The jobs file, {@code {"name": "uuid", ...}}: read when first needed and again whenever it changes
 * (a test may write it in {@code @BeforeAll}).
 */
final class JobsFile {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path path;
    private FileTime readAt;
    private long readSize = -1;
    private Map<String, String> names;

    JobsFile(Path path) {
        this.path = path.toAbsolutePath().normalize();
    }

    Path path() {
        return path;
    }

    /**
     * @param name  a job name
     * @param where the annotation that uses it, for messages
     * @return the job id the file gives for it
     * @throws ExtensionConfigurationException when the file is missing or malformed, the name is unknown or
     *                                         its id is not a UUID
     */
    String idOf(String name, Object where) {
        Map<String, String> known = names(where, name);
        String id = known.get(name);
        if (id == null) {
            throw new ExtensionConfigurationException("No job named \"" + name + "\" in the jobs file " + path
                    + " (used by " + where + "). "
                    + (known.isEmpty() ? "The file lists no jobs." : "Names in that file: " + String.join(", ", known.keySet()) + ".")
                    + " Fix the name, or submit the job again (mvn ionq:submit) so the file lists it.");
        }
        if (!JobIds.isJobId(id)) {
            throw new ExtensionConfigurationException("The jobs file " + path + " maps \"" + name + "\" to \"" + id
                    + "\", which is not an IonQ job id (a UUID such as " + JobIds.EXAMPLE + "): fix the file.");
        }
        return id;
    }

    /**
     * @param name a job name
     * @return whether the file exists and lists it (no error when it does not)
     */
    synchronized boolean lists(String name) {
        try {
            return Files.isRegularFile(path) && names("the jobs file", name).containsKey(name);
        } catch (ExtensionConfigurationException e) {
            return false;
        }
    }

    synchronized String describe() {
        if (!Files.isRegularFile(path)) {
            return "the jobs file " + path + " does not exist";
        }
        try {
            Map<String, String> known = names("the jobs file", "");
            return known.isEmpty() ? "the jobs file " + path + " lists no jobs"
                    : "the jobs file " + path + " lists " + String.join(", ", known.keySet());
        } catch (ExtensionConfigurationException e) {
            return e.getMessage();
        }
    }

    private synchronized Map<String, String> names(Object where, String name) {
        FileTime modified;
        long size;
        try {
            modified = Files.getLastModifiedTime(path);
            size = Files.size(path);
        } catch (IOException e) {
            throw new ExtensionConfigurationException("The jobs file " + path + " does not exist, so the job named \""
                    + name + "\" (" + where + ") cannot be found. Write it with mvn ionq:submit (or any script:"
                    + " {\"" + name + "\": \"<job id>\"}), or point ionq.jobs.file at the file you have.");
        }
        if (names != null && modified.equals(readAt) && size == readSize) {
            return names;
        }
        JsonNode root;
        try {
            root = JSON.readTree(path.toFile());
        } catch (JsonProcessingException e) {
            throw new ExtensionConfigurationException("The jobs file " + path + " is not valid JSON ("
                    + e.getOriginalMessage() + " at line " + e.getLocation().getLineNr() + "): it must be an object"
                    + " such as {\"bell\": \"" + JobIds.EXAMPLE + "\"}.");
        } catch (IOException e) {
            throw new ExtensionConfigurationException("Cannot read the jobs file " + path + ": " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new ExtensionConfigurationException("The jobs file " + path + " must hold a JSON object of names"
                    + " to job ids, such as {\"bell\": \"" + JobIds.EXAMPLE + "\"}.");
        }
        Map<String, String> read = new TreeMap<>();
        for (Map.Entry<String, JsonNode> entry : root.properties()) {
            if (!entry.getValue().isTextual()) {
                throw new ExtensionConfigurationException("The jobs file " + path + " maps \"" + entry.getKey()
                        + "\" to " + entry.getValue() + ": each name must map to a job id string.");
            }
            read.put(entry.getKey(), entry.getValue().asText());
        }
        names = Collections.unmodifiableMap(read);
        readAt = modified;
        readSize = size;
        return names;
    }
}
