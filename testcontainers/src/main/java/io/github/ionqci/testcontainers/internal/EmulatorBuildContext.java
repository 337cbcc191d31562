package io.github.ionqci.testcontainers.internal;

import io.github.ionqci.emulator.IonQEmulator;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The files an emulator image is built from, found on the running JVM's classpath: the emulator's
 * classes and the Jackson jars it needs (one entry if they come as a single shaded jar).
 *
 * <p>Each classpath entry goes to {@code lib/<n>-<name>} in the Docker build context, and
 * {@link #CLASSPATH_ARGS_FILE} holds a {@code java} argument file ({@code -cp lib/0-…:lib/1-…})
 * that the Dockerfile's entry point reads. Entries may be jars or class directories (as in a
 * Maven reactor build), so the class path lists them one by one rather than as {@code lib/*}.
 */
public final class EmulatorBuildContext {

    /** The standalone emulator's main class, run by the image's entry point. */
    public static final String MAIN_CLASS = "io.github.ionqci.emulator.IonQEmulatorMain";

    /** Where the Dockerfile lives on the classpath. */
    public static final String DOCKERFILE_RESOURCE = "io/github/ionqci/testcontainers/Dockerfile";

    /** The name of the {@code java} argument file in the build context and the image's working directory. */
    public static final String CLASSPATH_ARGS_FILE = "classpath.args";

    /** One class from each artifact the emulator needs at run time: itself and Jackson. */
    static final List<String> RUNTIME_ANCHOR_CLASSES = List.of(
            IonQEmulator.class.getName(),
            "com.fasterxml.jackson.databind.ObjectMapper",
            "com.fasterxml.jackson.core.JsonFactory",
            "com.fasterxml.jackson.annotation.JsonProperty");

    private final Map<String, Path> libraries;

    private EmulatorBuildContext(Map<String, Path> libraries) {
        this.libraries = Collections.unmodifiableMap(libraries);
    }

    /**
     * Locates the emulator's run-time classpath entries through the class loader that loads the emulator.
     *
     * @param loader the class loader to search
     * @return the build context
     * @throws IllegalStateException if a needed class is missing or not loaded from a file
     */
    public static EmulatorBuildContext locate(ClassLoader loader) {
        Set<Path> entries = new LinkedHashSet<>();
        for (String className : RUNTIME_ANCHOR_CLASSES) {
            entries.add(codeSourceOf(className, loader));
        }
        Map<String, Path> libraries = new LinkedHashMap<>();
        int index = 0;
        for (Path entry : entries) {
            libraries.put("lib/" + index++ + "-" + safeFileName(entry), entry);
        }
        return new EmulatorBuildContext(libraries);
    }

    /** @return build-context path ({@code lib/…}) to host path (jar or class directory), in class path order */
    public Map<String, Path> libraries() {
        return libraries;
    }

    /** @return the contents of {@link #CLASSPATH_ARGS_FILE}: {@code -cp} and the libraries, relative to the image's working directory */
    public String classpathArgs() {
        return "-cp " + String.join(":", libraries.keySet()) + "\n";
    }

    private static Path codeSourceOf(String className, ClassLoader loader) {
        Class<?> type;
        try {
            type = Class.forName(className, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalStateException("IonQEmulatorContainer copies the emulator and its dependencies into the"
                    + " image, but " + className + " is not on the classpath: add io.github.ionqci:ionq-emulator"
                    + " (and its Jackson dependencies) to the test classpath", e);
        }
        CodeSource source = type.getProtectionDomain().getCodeSource();
        URL location = source == null ? null : source.getLocation();
        if (location == null || !"file".equals(location.getProtocol())) {
            throw new IllegalStateException("IonQEmulatorContainer copies the emulator into the image, but "
                    + className + " was not loaded from a jar or directory on disk (location: " + location
                    + "): run the tests with ionq-emulator and Jackson as plain classpath entries");
        }
        try {
            Path path = Path.of(location.toURI());
            if (!Files.exists(path)) {
                throw new IllegalStateException("The classpath entry of " + className + " does not exist: " + path);
            }
            return path;
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot turn the location of " + className + " into a path: " + location, e);
        }
    }

    private static String safeFileName(Path entry) {
        Path name = entry.getFileName();
        String raw = name == null ? "classes" : name.toString();
        return raw.chars()
                .mapToObj(c -> Character.isLetterOrDigit(c) && c < 0x80 || c == '.' || c == '-' || c == '_'
                        ? String.valueOf((char) c)
                        : "_")
                .collect(Collectors.joining());
    }
}
