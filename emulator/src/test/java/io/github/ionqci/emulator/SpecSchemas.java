package io.github.ionqci.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;

/**
 * Validates bodies against a schema of IonQ's full API description, read from {@code ../shared/reference/} beside
 * the project root (never copied into the repository). When that file is absent the calling test is skipped, and
 * says why on the console.
 *
 * <pre>{@code
 * assertThat(SpecSchemas.validate("Session", body)).isEmpty();
 * }</pre>
 */
final class SpecSchemas {

    static final String SPEC = "ionq-openapi-2026-09-02.json";

    private SpecSchemas() {
    }

    /**
     * @param schema a name under {@code components.schemas}, such as {@code GetJobCostResponse}
     * @param body   the body to check
     * @return the validation messages, empty when valid
     */
    static Set<ValidationMessage> validate(String schema, JsonNode body) {
        Path spec = spec();
        String reason = "IonQ's API description " + SPEC + " is not in ../shared/reference/ beside the project root"
                + " (looked for " + spec + "); skipping the check of " + schema + " against it";
        if (!Files.isRegularFile(spec)) {
            System.out.println("SKIPPED: " + reason);
        }
        Assumptions.assumeTrue(Files.isRegularFile(spec), reason);
        try {
            ObjectMapper json = new ObjectMapper();
            JsonNode openapi = json.readTree(spec.toFile());
            ObjectNode root = json.createObjectNode();
            root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
            root.put("$ref", "#/components/schemas/" + schema);
            root.set("components", GetJobSchema.nullableToUnions(openapi.get("components")));
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(root).validate(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path spec() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        Path root = dir == null ? Path.of("").toAbsolutePath() : dir;
        return root.resolveSibling("shared").resolve("reference").resolve(SPEC);
    }
}
