package io.github.ionqci.junit.baseline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.ionqci.junit.run.RunConfiguration;
import io.github.ionqci.junit.run.TestIdentity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Finds, reads and writes baseline files, and holds the settings that govern them.
 *
 * <pre>{@code
 * Path file = BaselineStore.pathFor(run.settings(), test, null);
 * Optional<Baseline> stored = BaselineStore.read(file);
 * }</pre>
 */
public final class BaselineStore {

    /** Set to {@code true} to rewrite every baseline a run compares against: {@value}. */
    public static final String UPDATE_PROPERTY = "ionq.baselines.update";
    /** The baseline directory, absolute or relative to the project: {@value}. */
    public static final String DIR_PROPERTY = "ionq.baselines.dir";
    /** Set to {@code true} to treat the run as CI (missing baselines fail), like the {@code CI} variable: {@value}. */
    public static final String CI_PROPERTY = "ionq.ci";
    /** The default baseline directory, relative to the project. */
    public static final String DEFAULT_DIR = "src/test/resources/ionq/baselines";

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private BaselineStore() {
    }

    /**
     * @param settings the run's settings
     * @return whether {@code ionq.baselines.update=true} asks for baselines to be rewritten
     */
    public static boolean updateRequested(RunConfiguration settings) {
        return settings.isTrue(UPDATE_PROPERTY);
    }

    /**
     * @param config the run's settings
     * @return whether this run is CI: {@code ionq.ci} when it is set (either way), else the
     *         environment's {@code CI=true}, which CI servers set
     */
    public static boolean isCi(RunConfiguration config) {
        return config.setting(CI_PROPERTY)
                .or(() -> config.environment("CI"))
                .map(value -> Boolean.parseBoolean(value.trim()))
                .orElse(false);
    }

    /**
     * @param settings the run's settings
     * @param test     the test
     * @return the baseline directory for the run: {@code ionq.baselines.dir}, else {@value #DEFAULT_DIR},
     *         resolved against the test's project directory
     */
    public static Path directory(RunConfiguration settings, TestIdentity test) {
        Path dir = Path.of(settings.setting(DIR_PROPERTY).orElse(DEFAULT_DIR));
        return dir.isAbsolute() ? dir : test.projectDir().resolve(dir);
    }

    /**
     * @param settings the run's settings
     * @param test     the test
     * @param name     a name for a second baseline in the same test, or null for the test's own
     * @return {@code <dir>/<fully.qualified.TestClass>/<method>[-name][[invocation]].json}
     */
    public static Path pathFor(RunConfiguration settings, TestIdentity test, String name) {
        StringBuilder file = new StringBuilder(safe(test.methodName()));
        if (name != null && !name.isBlank()) {
            file.append('-').append(safe(name));
        }
        if (test.invocation() != null) {
            file.append('[').append(safe(test.invocation())).append(']');
        }
        return directory(settings, test).resolve(safe(test.testClass().getName())).resolve(file.append(".json").toString());
    }

    /**
     * @param test the test
     * @return its id in a baseline file, {@code fully.qualified.Class#method}
     */
    public static String testId(TestIdentity test) {
        String id = test.testClass().getName() + "#" + test.methodName();
        return test.invocation() == null ? id : id + "[" + test.invocation() + "]";
    }

    /**
     * @param file a baseline file
     * @return the baseline, or empty when the file does not exist
     * @throws IllegalStateException when the file is not a valid baseline, naming the file
     */
    public static Optional<Baseline> read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the baseline " + file + ": " + e.getMessage(), e);
        }
        try {
            Baseline baseline = JSON.readValue(text, Baseline.class);
            if (baseline.counts().isEmpty()) {
                throw new IllegalStateException("The baseline " + file + " holds no counts. Delete it or rewrite it with -D"
                        + UPDATE_PROPERTY + "=true.");
            }
            try {
                baseline.toHistogram();
            } catch (IllegalStateException e) {
                throw new IllegalStateException("The baseline " + file + " cannot be read as counts (" + e.getMessage()
                        + "). Fix it, or delete it or rewrite it with -D" + UPDATE_PROPERTY + "=true.", e);
            }
            return Optional.of(baseline);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The baseline " + file + " is not valid JSON (" + e.getOriginalMessage()
                    + "). Fix it, or delete it or rewrite it with -D" + UPDATE_PROPERTY + "=true.", e);
        }
    }

    /**
     * Writes a baseline, creating directories and replacing any file there.
     *
     * @param file     where
     * @param baseline what
     */
    public static void write(Path file, Baseline baseline) {
        try {
            Files.createDirectories(file.getParent());
            DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
            String text = JSON.writer(printer).writeValueAsString(baseline) + "\n";
            Path temporary = file.resolveSibling(file.getFileName() + "." + Thread.currentThread().getId() + ".tmp");
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the baseline " + file + ": " + e.getMessage(), e);
        }
    }

    private static String safe(String part) {
        return part.replaceAll("[^A-Za-z0-9._$,=-]", "_");
    }
}
