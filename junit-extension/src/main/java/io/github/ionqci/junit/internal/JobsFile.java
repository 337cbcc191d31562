package io.github.ionqci.junit.internal;

import io.github.ionqci.client.IonQConfigurationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * The run's view of a jobs file: read with the client's {@link io.github.ionqci.client.jobsfile.JobsFile}
 * (the one format, both forms) when first needed and again whenever it changes (a test may write it in
 * {@code @BeforeAll}), its errors turned into configuration errors naming the annotation that needed it.
 */
final class JobsFile {

    private final Path path;
    private FileTime readAt;
    private long readSize = -1;
    private io.github.ionqci.client.jobsfile.JobsFile contents;

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
     * @throws ExtensionConfigurationException when the file is missing or malformed, not in the JSON form, or
     *                                         does not list the name
     */
    String idOf(String name, Object where) {
        try {
            return contents(where, name).idOf(name);
        } catch (IonQConfigurationException e) {
            throw new ExtensionConfigurationException(e.getMessage() + " (used by " + where + ")", e);
        }
    }

    /**
     * @param name a job name
     * @return whether the file exists and lists it (no error when it does not)
     */
    synchronized boolean lists(String name) {
        try {
            return Files.isRegularFile(path) && contents("the jobs file", name).find(name).isPresent();
        } catch (ExtensionConfigurationException | IonQConfigurationException e) {
            return false;
        }
    }

    synchronized String describe() {
        if (!Files.isRegularFile(path)) {
            return "the jobs file " + path + " does not exist";
        }
        try {
            var known = contents("the jobs file", "").names().keySet();
            return known.isEmpty() ? "the jobs file " + path + " lists no jobs"
                    : "the jobs file " + path + " lists " + String.join(", ", known);
        } catch (ExtensionConfigurationException | IonQConfigurationException e) {
            return e.getMessage();
        }
    }

    private synchronized io.github.ionqci.client.jobsfile.JobsFile contents(Object where, String name) {
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
        if (contents == null || !modified.equals(readAt) || size != readSize) {
            contents = io.github.ionqci.client.jobsfile.JobsFile.read(path);
            readAt = modified;
            readSize = size;
        }
        return contents;
    }
}
