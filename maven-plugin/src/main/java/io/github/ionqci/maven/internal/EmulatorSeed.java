package io.github.ionqci.maven.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ionqci.client.Durations;
import io.github.ionqci.client.JobId;
import io.github.ionqci.emulator.EmulatedJob;
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

/**
 * Jobs to put into the emulator before the build uses it, read from a JSON file keyed by job name
 * ({@code ionq.emulator.jobs}). Each entry becomes an {@link EmulatedJob}:
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
 * {@code predicted_wait} (durations such as {@code 500ms} or {@code 2s}).
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

    private EmulatorSeed() {
    }

    /**
     * @param file the seed file
     * @return its jobs, in file order
     * @throws ConfigurationProblem if the file is missing or not a valid seed file, saying where
     */
    public static List<Entry> read(Path file) {
        JsonNode root;
        try {
            root = MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new ConfigurationProblem("The emulator jobs file " + file + " (ionq.emulator.jobs) does not exist.");
        } catch (JsonProcessingException e) {
            throw new ConfigurationProblem("The emulator jobs file " + file + " is not valid JSON (line "
                    + e.getLocation().getLineNr() + "): " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ConfigurationProblem("Cannot read the emulator jobs file " + file + ": " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new ConfigurationProblem("The emulator jobs file " + file + " must hold a JSON object:"
                    + " {\"name\": {\"status\": \"completed\", …}, …}.");
        }
        List<Entry> entries = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : root.properties()) {
            entries.add(new Entry(field.getKey(), job(file, field.getKey(), field.getValue())));
        }
        return entries;
    }

    private static EmulatedJob job(Path file, String name, JsonNode spec) {
        String where = "In the emulator jobs file " + file + ", job \"" + name + "\"";
        if (!spec.isObject()) {
            throw new ConfigurationProblem(where + " must be an object such as {\"status\": \"completed\"}.");
        }
        for (Map.Entry<String, JsonNode> field : spec.properties()) {
            String key = field.getKey();
            if (!FIELDS.contains(key)) {
                throw new ConfigurationProblem(where + " has the unknown field \"" + key + "\"; known fields: "
                        + String.join(", ", new java.util.TreeSet<>(FIELDS)) + ".");
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
            try {
                job.id(JobId.require(text(spec, "id", null), where + ": \"id\""));
            } catch (IllegalArgumentException e) {
                throw new ConfigurationProblem(e.getMessage(), e);
            }
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
                throw new ConfigurationProblem(where + ": \"noise\" must be {\"model\": \"aria-1\", \"seed\": 7}.");
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
            throw new ConfigurationProblem(where + ": \"probabilities\" must map decimal basis states to"
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
                throw new ConfigurationProblem(where + ": probabilities entry \"" + entry.getKey() + "\": "
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
            throw new ConfigurationProblem(where + ": \"" + field + "\" must be a whole number, not " + value + ".");
        }
        return value.asInt();
    }

    private static Duration duration(JsonNode spec, String field, String where) {
        JsonNode value = spec.get(field);
        if (value == null || value.isNull()) {
            return Duration.ZERO;
        }
        try {
            return Durations.parse(value.asText());
        } catch (IllegalArgumentException e) {
            throw new ConfigurationProblem(where + ": \"" + field + "\" = " + value + " is not a duration such as"
                    + " 500ms, 2s or 1m.", e);
        }
    }
}
