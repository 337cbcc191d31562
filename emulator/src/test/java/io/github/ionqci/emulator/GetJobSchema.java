package io.github.ionqci.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * IonQ's published {@code GetCircuitJobResponse} schema (OpenAPI 3.0, {@code additionalProperties: false}) as a
 * JSON Schema 2020-12 validator: {@code nullable: true} becomes a type union with {@code null} (or, for a
 * {@code $ref}/{@code allOf}, {@code anyOf: [{type: null}, …]}).
 */
final class GetJobSchema {

    private static final JsonSchema SCHEMA = load();

    private GetJobSchema() {
    }

    /** @return the validation messages (empty when valid) */
    static Set<ValidationMessage> validate(JsonNode job) {
        return SCHEMA.validate(job);
    }

    /**
     * Validates a job in either result form: strictly in the seed's URL form; in September's artifact form, with
     * {@code results} set aside (the one field where the seed schema and the artifact form differ).
     *
     * @return the validation messages (empty when valid)
     */
    static Set<ValidationMessage> validateEitherForm(JsonNode job) {
        JsonNode results = job.get("results");
        boolean artifactForm = results != null && results.isObject() && results.fieldNames().hasNext()
                && results.fieldNames().next().startsWith("ionq.");
        if (!artifactForm) {
            return validate(job);
        }
        ObjectNode copy = (ObjectNode) job.deepCopy();
        copy.putNull("results");
        return validate(copy);
    }

    private static JsonSchema load() {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        try (InputStream in = GetJobSchema.class.getResourceAsStream("/ionq/get-job-response.openapi.yaml")) {
            if (in == null) {
                throw new IllegalStateException("missing test resource /ionq/get-job-response.openapi.yaml");
            }
            ObjectNode openapi = (ObjectNode) yaml.readTree(in);
            ObjectNode root = yaml.createObjectNode();
            root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
            root.put("$ref", "#/components/schemas/GetCircuitJobResponse");
            root.set("components", nullableToUnions(openapi.get("components")));
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode nullableToUnions(JsonNode node) {
        if (node.isArray()) {
            ArrayNode copy = ((ArrayNode) node).arrayNode();
            node.forEach(item -> copy.add(nullableToUnions(item)));
            return copy;
        }
        if (!node.isObject()) {
            return node;
        }
        ObjectNode copy = ((ObjectNode) node).objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            copy.set(field.getKey(), nullableToUnions(field.getValue()));
        }
        if (!copy.path("nullable").asBoolean(false)) {
            copy.remove("nullable");
            return copy;
        }
        copy.remove("nullable");
        if (copy.has("type") && copy.get("type").isTextual()) {
            ArrayNode types = copy.arrayNode().add(copy.get("type").asText()).add("null");
            copy.set("type", types);
            if (copy.has("enum")) {
                ((ArrayNode) copy.get("enum")).addNull();
            }
            return copy;
        }
        ObjectNode union = copy.objectNode();
        List<JsonNode> options = new ArrayList<>();
        options.add(copy.objectNode().put("type", "null"));
        options.add(copy);
        union.putArray("anyOf").addAll(options);
        return union;
    }
}
