package io.github.ionqci.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * IonQ's v0.4 OpenAPI document of September 2, 2026, read from {@code ../shared/reference/} relative to the project
 * root (never copied into the repository), as per-response JSON Schema 2020-12 validators. OpenAPI's
 * {@code nullable: true} becomes a union with {@code null} (see {@link GetJobSchema#nullableToUnions}).
 *
 * <pre>{@code
 * SeptemberSpec spec = SeptemberSpec.find().orElseThrow();
 * Set<ValidationMessage> problems = spec.validate("get", "/jobs/{UUID}", 200, body);
 * }</pre>
 */
final class SeptemberSpec {

    /** Where the document lives, relative to the project root. */
    static final String RELATIVE_PATH = "../shared/reference/ionq-openapi-2026-09-02.json";

    private final JsonNode document;
    private final JsonNode components;
    private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();

    private SeptemberSpec(JsonNode document) {
        this.document = document;
        this.components = GetJobSchema.nullableToUnions(document.get("components"));
    }

    /** @return the spec, or empty when {@code ../shared/reference/} is absent (a test then skips, loudly) */
    static Optional<SeptemberSpec> find() {
        Path root = projectRoot();
        Path file = root.resolve(RELATIVE_PATH).normalize();
        if (!Files.isRegularFile(file)) {
            System.out.println("SKIPPED: IonQ's September 2026 OpenAPI document is not at " + file
                    + "; put it there (outside the repository) to run the schema tests.");
            return Optional.empty();
        }
        try {
            return Optional.of(new SeptemberSpec(new ObjectMapper().readTree(file.toFile())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path projectRoot() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve("mvnw")) && Files.isDirectory(d.resolve("emulator"))) {
                return d;
            }
        }
        return dir.getParent();
    }

    /**
     * @param schema a name under {@code components.schemas}, such as {@code GetJobCostResponse}
     * @param body   the body to check
     * @return the validation messages, empty when valid
     */
    Set<ValidationMessage> validateSchema(String schema, JsonNode body) {
        return schemas.computeIfAbsent("#/components/schemas/" + schema, ref -> {
            ObjectNode root = new ObjectMapper().createObjectNode();
            root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
            root.put("$ref", ref);
            root.set("components", components);
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(root);
        }).validate(body);
    }

    /** @return the spec's path templates, e.g. {@code /jobs/{UUID}} */
    List<String> paths() {
        List<String> paths = new ArrayList<>();
        document.get("paths").fieldNames().forEachRemaining(paths::add);
        return paths;
    }

    /** @return the methods (lower case) the spec defines on a path */
    List<String> methods(String path) {
        List<String> methods = new ArrayList<>();
        document.get("paths").get(path).fieldNames().forEachRemaining(m -> {
            if (Set.of("get", "post", "put", "delete", "patch").contains(m)) {
                methods.add(m);
            }
        });
        return methods;
    }

    /**
     * @param method a lower-case method
     * @param path   a path template of the spec
     * @param status the response status
     * @param body   a response body
     * @return the violations of the response's {@code application/json} schema (empty when valid)
     * @throws AssertionError when the spec defines no such response
     */
    Set<ValidationMessage> validate(String method, String path, int status, JsonNode body) {
        String key = method + " " + path + " " + status;
        return schemas.computeIfAbsent(key, k -> compile(method, path, status)).validate(body);
    }

    /**
     * @param format  an artifact format, e.g. {@code ionq.result.histogram.json.v1} or {@code ionq.native.v1}
     * @param payload a downloaded artifact
     * @return the violations of the spec's schema for that format (its {@code ResultFormatsCatalog} entry, or
     *         {@code IonqNativeV1})
     */
    Set<ValidationMessage> validatePayload(String format, JsonNode payload) {
        return schemas.computeIfAbsent("payload " + format, k -> {
            JsonNode catalog = document.get("components").get("schemas").get("ResultFormatsCatalog");
            JsonNode ref = catalog.path("properties").path(format);
            if (ref.isMissingNode() && !format.equals("ionq.native.v1")) {
                throw new AssertionError("the September spec has no payload schema for format " + format);
            }
            ObjectNode schema = new ObjectMapper().createObjectNode().put("$ref", ref.isMissingNode()
                    ? "#/components/schemas/IonqNativeV1" : ref.get("$ref").asText());
            return compile(schema);
        }).validate(payload);
    }

    private JsonSchema compile(String method, String path, int status) {
        JsonNode operation = document.path("paths").path(path).path(method);
        JsonNode response = operation.path("responses").path(String.valueOf(status));
        if (response.isMissingNode()) {
            response = operation.path("responses").path("default");
        }
        if (response.has("$ref")) {
            String name = response.get("$ref").asText().replace("#/components/responses/", "");
            response = document.get("components").get("responses").get(name);
        }
        JsonNode schema = response.path("content").path("application/json").path("schema");
        if (schema.isMissingNode()) {
            throw new AssertionError("the September spec defines no JSON " + status + " for " + method + " " + path);
        }
        return compile(schema);
    }

    private JsonSchema compile(JsonNode schema) {
        ObjectNode root = new ObjectMapper().createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.putArray("allOf").add(GetJobSchema.nullableToUnions(schema));
        root.set("components", components);
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(root);
    }

}
