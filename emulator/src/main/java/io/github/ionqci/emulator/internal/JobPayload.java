package io.github.ionqci.emulator.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A {@code POST /jobs} body that passed schema-level validation (IonQ's {@code JobCreationPayload}).
 * Accepts what real clients send: cirq-ionq's {@code "lang": "json"} and {@code shots} as a string.
 *
 * @param type      the job type
 * @param backend   the backend
 * @param shots     shots (default 100); may exceed the job limit, which fails the job, not the request
 * @param name      the name, or null
 * @param metadata  the metadata, or null
 * @param noiseModel the noise model, or null
 * @param noiseSeed  the noise seed, or null
 * @param settings   the settings object, or null
 * @param dryRun     whether it is a dry run
 * @param sessionId  the session, or null
 * @param input      the input object
 */
public record JobPayload(String type, String backend, long shots, String name, ObjectNode metadata,
                         String noiseModel, Long noiseSeed, ObjectNode settings, boolean dryRun, String sessionId,
                         ObjectNode input) {

    /** Top-level fields of IonQ's payload, plus cirq-ionq's {@code lang}. */
    public static final Set<String> FIELDS = Set.of("type", "backend", "shots", "name", "metadata", "noise",
            "settings", "dry_run", "session_id", "input", "lang");
    /** Job types IonQ accepts. */
    public static final List<String> TYPES = List.of("ionq.circuit.v1", "ionq.multi-circuit.v1", "ionq.qasm3.v1",
            "quantum-function", "qctrl.qaoa.v1");
    /** Noise models IonQ's simulator accepts. */
    public static final List<String> NOISE_MODELS = List.of("ideal", "harmony", "harmony-1", "harmony-2", "aria-1",
            "aria-2", "forte-1", "forte-enterprise-1");
    /** The longest name or session id stored: a job listing repeats it for every job. */
    public static final int MAX_NAME = 1_000;
    /** The most characters of metadata stored per job, keys and values together. */
    public static final int MAX_METADATA = 64 * 1024;

    /** The longest part of a parser's message quoted back. */
    private static final int QUOTE_LENGTH = 300;

    /** Shots when none are given. */
    public static final int DEFAULT_SHOTS = 100;

    /**
     * @param body the request body
     * @return the validated payload
     * @throws PayloadException with the message and keys of IonQ's 400
     */
    public static JobPayload parse(byte[] body) {
        if (body.length == 0) {
            throw new PayloadException("The request body is empty; send a job as JSON, for example"
                    + " {\"type\":\"ionq.circuit.v1\",\"backend\":\"simulator\",\"input\":{…}}.", List.of());
        }
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(new String(body, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            // Jackson's limits (nesting deeper than 1,000, numbers of over 1,000 digits) come without a location
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            String what = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
            throw new PayloadException("The request body is not valid JSON (" + shorten(what) + where + ").",
                    List.of());
        }
        if (root == null || !root.isObject()) {
            throw new PayloadException("The request body must be a JSON object, not "
                    + (root == null ? "nothing" : kind(root)) + ".", List.of());
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!FIELDS.contains(field)) {
                throw new PayloadException("\"" + field + "\" is not allowed.", List.of(field));
            }
        }
        for (String required : List.of("type", "backend", "input")) {
            if (!root.hasNonNull(required)) {
                throw new PayloadException("\"" + required + "\" is required.", List.of(required));
            }
        }
        String type = oneOf(root, "type", TYPES);
        String backend = oneOf(root, "backend", Backends.names());
        long shots = shots(root.get("shots"));
        String name = capped(optionalString(root, "name"), "name", MAX_NAME);
        String sessionId = capped(optionalString(root, "session_id"), "session_id", MAX_NAME);
        optionalString(root, "lang");
        boolean dryRun = false;
        JsonNode dry = root.get("dry_run");
        if (dry != null && !dry.isNull()) {
            if (!dry.isBoolean()) {
                throw new PayloadException("\"dry_run\" must be a boolean.", List.of("dry_run"));
            }
            dryRun = dry.booleanValue();
        }
        ObjectNode metadata = metadata(root.get("metadata"));
        String noiseModel = null;
        Long noiseSeed = null;
        JsonNode noise = root.get("noise");
        if (noise != null && !noise.isNull()) {
            if (!noise.isObject()) {
                throw new PayloadException("\"noise\" must be an object.", List.of("noise"));
            }
            for (Iterator<String> it = noise.fieldNames(); it.hasNext(); ) {
                String field = it.next();
                if (!field.equals("model") && !field.equals("seed")) {
                    throw new PayloadException("\"noise." + field + "\" is not allowed.", List.of("noise." + field));
                }
            }
            if (!noise.hasNonNull("model")) {
                throw new PayloadException("\"noise.model\" is required.", List.of("noise.model"));
            }
            noiseModel = oneOf(noise, "model", NOISE_MODELS, "noise.model");
            JsonNode seed = noise.get("seed");
            if (seed != null && !seed.isNull()) {
                if (!seed.isIntegralNumber() || !seed.canConvertToInt()) {
                    throw new PayloadException("\"noise.seed\" must be an integer.", List.of("noise.seed"));
                }
                noiseSeed = seed.longValue();
            }
        }
        JsonNode settings = root.get("settings");
        if (settings != null && !settings.isNull() && !settings.isObject()) {
            throw new PayloadException("\"settings\" must be an object.", List.of("settings"));
        }
        JsonNode input = root.get("input");
        if (!input.isObject()) {
            throw new PayloadException("\"input\" must be an object.", List.of("input"));
        }
        if (input.hasNonNull("circuit") && input.hasNonNull("circuits")) {
            throw new PayloadException("\"input\" must contain \"circuit\" or \"circuits\", not both.",
                    List.of("input.circuit", "input.circuits"));
        }
        return new JobPayload(type, backend, shots, name, metadata, noiseModel, noiseSeed,
                settings == null || settings.isNull() ? null : (ObjectNode) settings, dryRun, sessionId,
                (ObjectNode) input);
    }

    private static long shots(JsonNode shots) {
        if (shots == null || shots.isNull()) {
            return DEFAULT_SHOTS;
        }
        BigInteger value;
        if (shots.isIntegralNumber()) {
            value = shots.bigIntegerValue();
        } else if (shots.isTextual() && shots.textValue().trim().matches("[+-]?\\d+")) {
            value = new BigInteger(shots.textValue().trim());
        } else {
            throw new PayloadException("\"shots\" must be an integer, got " + shots + ".", List.of("shots"));
        }
        if (value.signum() <= 0) {
            throw new PayloadException("\"shots\" must be greater than or equal to 1, got " + value + ".",
                    List.of("shots"));
        }
        return value.bitLength() > 62 ? Long.MAX_VALUE : value.longValue();
    }

    private static ObjectNode metadata(JsonNode metadata) {
        if (metadata == null || metadata.isNull()) {
            return null;
        }
        if (!metadata.isObject()) {
            throw new PayloadException("\"metadata\" must be an object of strings.", List.of("metadata"));
        }
        long stored = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = metadata.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isTextual()) {
                throw new PayloadException("\"metadata." + shorten(e.getKey()) + "\" must be a string.",
                        List.of("metadata." + shorten(e.getKey())));
            }
            stored += e.getKey().length() + e.getValue().textValue().length();
        }
        if (stored > MAX_METADATA) {
            throw new PayloadException("\"metadata\" holds " + stored + " characters; the emulator stores at most "
                    + MAX_METADATA + " (keys and values together). Keep metadata to short labels.",
                    List.of("metadata"));
        }
        return (ObjectNode) metadata;
    }

    private static String oneOf(JsonNode node, String field, List<String> allowed) {
        return oneOf(node, field, allowed, field);
    }

    private static String oneOf(JsonNode node, String field, List<String> allowed, String path) {
        JsonNode value = node.get(field);
        if (!value.isTextual()) {
            throw new PayloadException("\"" + path + "\" must be a string.", List.of(path));
        }
        if (!allowed.contains(value.textValue())) {
            throw new PayloadException("\"" + path + "\" must be one of [" + String.join(", ", allowed) + "], got \""
                    + value.textValue() + "\".", List.of(path));
        }
        return value.textValue();
    }

    private static String optionalString(JsonNode root, String field) {
        JsonNode value = root.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new PayloadException("\"" + field + "\" must be a string.", List.of(field));
        }
        return value.textValue();
    }

    private static String kind(JsonNode node) {
        return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }

    private static String capped(String value, String field, int max) {
        if (value != null && value.length() > max) {
            throw new PayloadException("\"" + field + "\" is " + value.length() + " characters long; the emulator"
                    + " stores at most " + max + ". Give a shorter " + field + ".", List.of(field));
        }
        return value;
    }

    private static String shorten(String text) {
        String line = text.replaceAll("\\s+", " ");
        return line.length() > QUOTE_LENGTH ? line.substring(0, QUOTE_LENGTH) + "…" : line;
    }
}
