package io.github.ionqci.emulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The emulator's seed-file format: jobs to put into an emulator when it starts, read from a JSON file
 * keyed by job name. One format for every way of running the emulator: {@code ionq:emulator-start}
 * ({@code ionq.emulator.jobs}), the standalone jar ({@code --jobs FILE}) and the Testcontainers module
 * ({@code withJobs(file)}). Each entry becomes an {@link EmulatedJob}:
 *
 * <pre>{@code
 * {
 *   "bell":   {"status": "completed", "qubits": 2, "shots": 1000,
 *              "probabilities": {"0": 0.5, "3": 0.5}, "queued": "200ms", "running": "500ms"},
 *   "broken": {"status": "failed", "code": "NotEnoughQubits", "message": "needs 40 qubits"},
 *   "gone":   {"status": "canceled"},
 *   "slow":   {"status": "completed", "running": "1h", "predicted_wait": "30m"},
 *   "fixed":  {"id": "0b6a4e1e-6a4f-4f0e-9a8e-8f8f7f6c1d2b"}
 * }
 * }</pre>
 *
 * <p>Fields: {@code id} (default random), {@code status} ({@code completed} by default, {@code failed},
 * {@code canceled}, or any other string, kept as given), {@code code} and {@code message} (for failed),
 * {@code backend}, {@code qubits}, {@code shots}, {@code noise} ({@code {"model": "aria-1", "seed": 7}}),
 * {@code probabilities} (decimal basis state to probability), {@code queued}, {@code running} and
 * {@code predicted_wait} (durations: a number and a unit, {@code ms}, {@code s}, {@code m} or {@code h},
 * such as {@code 500ms} or {@code 1.5s}).
 *
 * <pre>{@code
 * IonQEmulator emulator = IonQEmulator.start();
 * Map<String, String> ids = EmulatorSeed.seed(emulator, Path.of("src/test/ionq/emulator-jobs.json"));
 * }</pre>
 *
 * <p>Mistakes throw {@link IllegalArgumentException} naming the file, the job, the field and what is expected.
 */
public final class EmulatorSeed {

    /**
     * One job to seed.
     *
     * @param name the name, written to the jobs file with the emulator's id
     * @param job  the emulator's job definition
     */
    public record Entry(String name, EmulatedJob job) {
    }

    private static final Set<String> FIELDS = Set.of("id", "status", "code", "message", "backend", "qubits",
            "shots", "noise", "probabilities", "queued", "running", "predicted_wait");

    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** A seed file's duration: a number and one unit. */
    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m|h)");
    /** Ids go into URL paths, so they keep to URL-safe characters (and IonQ's 36-character UUID length, at most 100). */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{1,100}");

    private EmulatorSeed() {
    }

    /**
     * @param file the seed file
     * @return its jobs, in file order
     * @throws IllegalArgumentException if the file is missing or not a valid seed file, saying where
     */
    public static List<Entry> read(Path file) {
        JsonNode root;
        try {
            root = MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("The emulator jobs file " + file + " does not exist.");
        } catch (JsonProcessingException e) {
            String line = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
            throw new IllegalArgumentException("The emulator jobs file " + file + " is not valid JSON" + line + ": "
                    + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read the emulator jobs file " + file + ": " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("The emulator jobs file " + file + " must hold a JSON object:"
                    + " {\"name\": {\"status\": \"completed\", …}, …}.");
        }
        List<Entry> entries = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : root.properties()) {
            entries.add(new Entry(field.getKey(), job(file, field.getKey(), field.getValue())));
        }
        return entries;
    }

    /**
     * Reads a seed file and adds its jobs to a running emulator.
     *
     * @param emulator the emulator
     * @param file     the seed file
     * @return the jobs' ids by name, in file order
     * @throws IllegalArgumentException if the file is not a valid seed file (nothing is added then)
     */
    public static Map<String, String> seed(IonQEmulator emulator, Path file) {
        Map<String, String> ids = new LinkedHashMap<>();
        for (Entry entry : read(file)) {
            ids.put(entry.name(), emulator.jobs().add(entry.job()));
        }
        return ids;
    }

    private static EmulatedJob job(Path file, String name, JsonNode spec) {
        String where = "In the emulator jobs file " + file + ", job \"" + name + "\"";
        if (!spec.isObject()) {
            throw new IllegalArgumentException(where + " must be an object such as {\"status\": \"completed\"}.");
        }
        for (Map.Entry<String, JsonNode> field : spec.properties()) {
            String key = field.getKey();
            if (!FIELDS.contains(key)) {
                throw new IllegalArgumentException(where + " has the unknown field \"" + key + "\"; known fields: "
                        + String.join(", ", new TreeSet<>(FIELDS)) + ".");
            }
        }
        String status = text(spec, "status", "completed");
        EmulatedJob job = switch (status) {
            case "completed" -> EmulatedJob.completed();
            case "failed" -> EmulatedJob.failed(text(spec, "code", "InternalError"), text(spec, "message", ""));
            case "canceled" -> EmulatedJob.canceled();
            default -> EmulatedJob.withStatus(status);
        };
        job.name(name);
        if (spec.has("id")) {
            String id = text(spec, "id", "");
            if (!ID.matcher(id).matches()) {
                throw new IllegalArgumentException(where + ": \"id\" \"" + id + "\" is not valid: an id has only"
                        + " letters, digits and '-' (at most 100 characters), such as e1a09d90-b2ba-4ea5-9fd7-4bfc14eac524.");
            }
            job.id(id);
        }
        if (spec.has("backend")) {
            job.backend(text(spec, "backend", null));
        }
        if (spec.has("qubits")) {
            job.qubits(integer(spec, "qubits", where));
        }
        if (spec.has("shots")) {
            job.shots(integer(spec, "shots", where));
        }
        if (spec.has("noise")) {
            JsonNode noise = spec.get("noise");
            if (!noise.isObject() || !noise.path("model").isTextual()) {
                throw new IllegalArgumentException(where + ": \"noise\" must be {\"model\": \"aria-1\", \"seed\": 7}.");
            }
            job.noise(noise.get("model").asText(), noise.has("seed") ? noise.get("seed").asInt() : null);
        }
        if (spec.has("probabilities")) {
            job.probabilities(probabilities(spec.get("probabilities"), where));
        }
        if (spec.has("queued") || spec.has("running")) {
            job.lifecycle(duration(spec, "queued", where), duration(spec, "running", where));
        }
        if (spec.has("predicted_wait")) {
            job.predictedWait(duration(spec, "predicted_wait", where));
        }
        return job;
    }

    private static Map<Long, Double> probabilities(JsonNode node, String where) {
        if (!node.isObject()) {
            throw new IllegalArgumentException(where + ": \"probabilities\" must map decimal basis states to"
                    + " probabilities, such as {\"0\": 0.5, \"3\": 0.5}.");
        }
        Map<Long, Double> map = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            try {
                long state = Long.parseLong(entry.getKey());
                if (state < 0 || !entry.getValue().isNumber()) {
                    throw new NumberFormatException();
                }
                map.put(state, entry.getValue().asDouble());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(where + ": probabilities entry \"" + entry.getKey() + "\": "
                        + entry.getValue() + " is not a decimal basis state mapped to a number.");
            }
        }
        return map;
    }

    private static String text(JsonNode spec, String field, String fallback) {
        JsonNode value = spec.get(field);
        return value == null || value.isNull() ? fallback : value.asText();
    }

    private static int integer(JsonNode spec, String field, String where) {
        JsonNode value = spec.get(field);
        if (!value.canConvertToInt() || !value.isIntegralNumber() || value.asInt() < 0) {
            throw new IllegalArgumentException(where + ": \"" + field + "\" must be a whole number, not " + value + ".");
        }
        return value.asInt();
    }

    private static Duration duration(JsonNode spec, String field, String where) {
        JsonNode value = spec.get(field);
        if (value == null || value.isNull()) {
            return Duration.ZERO;
        }
        Matcher matcher = DURATION.matcher(value.asText().strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException(where + ": \"" + field + "\" = " + value + " is not a duration such as"
                    + " 500ms, 2s or 1m.");
        }
        double amount = Double.parseDouble(matcher.group(1));
        double millis = switch (matcher.group(2)) {
            case "ms" -> amount;
            case "s" -> amount * 1_000;
            case "m" -> amount * 60_000;
            default -> amount * 3_600_000;
        };
        if (millis > Duration.ofDays(365).toMillis()) {
            throw new IllegalArgumentException(where + ": \"" + field + "\" = " + value + " is longer than a year.");
        }
        return Duration.ofNanos(Math.round(millis * 1_000_000));
    }
}
