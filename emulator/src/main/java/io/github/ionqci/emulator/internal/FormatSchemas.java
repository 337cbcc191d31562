package io.github.ionqci.emulator.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;

/**
 * {@code GET /schemas/formats/{format}}: a JSON Schema document for each artifact format of IonQ's September 2026
 * catalog, written from the formats' documented shapes (decimal-state maps for v1, register-nested bitstring maps
 * for v2, child-id maps for the aggregate, a qubit count and native gates for {@code ionq.native.v1}).
 *
 * <pre>{@code
 * FormatSchemas.of("ionq.result.histogram.json.v1").orElseThrow().get("$id");   // the format name
 * }</pre>
 */
final class FormatSchemas {

    /** The format identifiers of the catalog, in the spec's order. */
    static final List<String> FORMATS = List.of("ionq.result.probabilities.json.v1",
            "ionq.result.probabilities.json.v2", "ionq.result.histogram.json.v1", "ionq.result.histogram.json.v2",
            "ionq.result.shots.json.v1", "ionq.result.shots.json.v2", "ionq.result.probabilities-aggregate.json.v1",
            "ionq.native.v1");

    private FormatSchemas() {
    }

    /** @return the schema document of a format, empty for an unknown one */
    static Optional<ObjectNode> of(String format) {
        if (!FORMATS.contains(format)) {
            return Optional.empty();
        }
        ObjectNode doc = Json.object();
        doc.put("$schema", "https://json-schema.org/draft-07/schema");
        doc.put("$id", format);
        switch (format) {
            case "ionq.result.probabilities.json.v1":
                flatMap(doc, "number", "Probability of each basis state, keyed by its decimal integer (qubit 0 is the"
                        + " least significant bit).");
                break;
            case "ionq.result.histogram.json.v1":
                flatMap(doc, "number", "Shot count of each basis state, keyed by its decimal integer.");
                break;
            case "ionq.result.probabilities.json.v2":
                registers(doc, "probabilities", Json.object().put("type", "number").put("minimum", 0)
                        .put("maximum", 1), "Register-nested probability distribution keyed by bitstring.");
                break;
            case "ionq.result.histogram.json.v2":
                registers(doc, "histogram", Json.object().put("type", "number").put("minimum", 0),
                        "Register-nested shot counts keyed by bitstring.");
                break;
            case "ionq.result.shots.json.v1":
                doc.put("type", "array");
                doc.put("description", "One decimal basis state per shot, in shot order.");
                doc.putObject("items").put("type", "string");
                break;
            case "ionq.result.shots.json.v2":
                doc.put("type", "object");
                doc.put("description", "One object per shot with each register's measured bits.");
                doc.putArray("required").add("shots");
                ObjectNode shot = doc.putObject("properties").putObject("shots").put("type", "array")
                        .putObject("items").put("type", "object");
                shot.putObject("properties").putObject("registers").put("type", "object")
                        .putObject("additionalProperties").put("type", "array").putObject("items").put("type",
                                "integer");
                break;
            case "ionq.result.probabilities-aggregate.json.v1":
                doc.put("type", "object");
                doc.put("description", "Each child job's probabilities, keyed by the child job id.");
                doc.putObject("additionalProperties").put("type", "object").putObject("additionalProperties")
                        .put("type", "number");
                break;
            default:
                doc.put("type", "object");
                doc.put("description", "A circuit compiled to IonQ's native gates, phases and angles in turns:"
                        + " gpi and gpi2 (target, phase), ms (targets, phases, angle from 0 to 0.25, default 0.25),"
                        + " zz (targets, angle).");
                doc.putArray("required").add("qubits").add("circuit");
                doc.put("additionalProperties", false);
                ObjectNode properties = doc.putObject("properties");
                properties.putObject("qubits").put("type", "integer").put("minimum", 1);
                ObjectNode gate = properties.putObject("circuit").put("type", "array").putObject("items");
                gate.put("type", "object").put("additionalProperties", false).putArray("required").add("gate");
                ObjectNode fields = gate.putObject("properties");
                fields.putObject("gate").putArray("enum").add("gpi").add("gpi2").add("ms").add("zz");
                fields.putObject("target").put("type", "integer").put("minimum", 0);
                fields.putObject("targets").put("type", "array").put("minItems", 2).put("maxItems", 2)
                        .putObject("items").put("type", "integer").put("minimum", 0);
                fields.putObject("phase").put("type", "number").put("minimum", -1).put("maximum", 1);
                fields.putObject("phases").put("type", "array").put("minItems", 2).put("maxItems", 2)
                        .putObject("items").put("type", "number").put("minimum", -1).put("maximum", 1);
                fields.putObject("angle").put("type", "number");
                break;
        }
        return Optional.of(doc);
    }

    private static void flatMap(ObjectNode doc, String valueType, String description) {
        doc.put("type", "object");
        doc.put("description", description);
        doc.putObject("propertyNames").put("pattern", "^[0-9]+$");
        doc.putObject("additionalProperties").put("type", valueType);
    }

    private static void registers(ObjectNode doc, String key, ObjectNode value, String description) {
        doc.put("type", "object");
        doc.put("description", description);
        doc.putArray("required").add(key);
        ObjectNode container = doc.putObject("properties").putObject(key).put("type", "object");
        container.putArray("required").add("registers");
        container.putObject("properties").putObject("registers").put("type", "object")
                .putObject("additionalProperties").put("type", "object").set("additionalProperties", value);
    }
}
