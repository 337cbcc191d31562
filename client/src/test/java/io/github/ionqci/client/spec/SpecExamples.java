package io.github.ionqci.client.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The example payloads of IonQ's September 2026 OpenAPI document, read at test time from
 * {@code ../shared/reference/} beside the project (never copied into the repository). Where the document is
 * absent, {@link #load()} skips the test, saying so on standard output.
 *
 * <pre>{@code
 * SpecExamples spec = SpecExamples.load();
 * JsonNode job = spec.getJobExample("QAOA Function");
 * }</pre>
 */
public final class SpecExamples {

    /** Where the document lives, relative to the project root. */
    public static final String RELATIVE_PATH = "../shared/reference/ionq-openapi-2026-09-02.json";

    private final JsonNode document;

    private SpecExamples(JsonNode document) {
        this.document = document;
    }

    /** @return the examples; the calling test is skipped (loudly) when the document is absent */
    public static SpecExamples load() {
        Path root = Path.of("").toAbsolutePath();
        while (root != null && !Files.isRegularFile(root.resolve("mvnw"))) {
            root = root.getParent();
        }
        Path file = (root == null ? Path.of("..") : root).resolve(RELATIVE_PATH).normalize();
        if (!Files.isRegularFile(file)) {
            String why = "SKIPPED: IonQ's September 2026 OpenAPI document is not at " + file
                    + "; put it there (outside the repository) to run the tests built on its examples.";
            System.out.println(why);
            Assumptions.assumeTrue(false, why);
        }
        try {
            return new SpecExamples(new ObjectMapper().readTree(file.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param name an example of {@code GET /jobs/{UUID}}'s 200 answer: {@code Single Circuit}, {@code Multi Circuit},
     *             {@code QAOA Function} or {@code Quantum Function}
     * @return a copy of its value
     */
    public JsonNode getJobExample(String name) {
        return require(document.at("/paths/~1jobs~1{UUID}/get/responses/200/content/application~1json/examples/"
                + name.replace("~", "~0").replace("/", "~1") + "/value"), "GET /jobs/{UUID} example " + name);
    }

    /**
     * @param schema a name under {@code components.schemas}, such as {@code IonqNativeV1}
     * @return a copy of that schema's {@code example}
     */
    public JsonNode schemaExample(String schema) {
        return require(document.at("/components/schemas/" + schema + "/example"), "the example of " + schema);
    }

    /**
     * @param schema a name under {@code components.schemas}
     * @return a copy of the schema
     */
    public JsonNode schema(String schema) {
        return require(document.at("/components/schemas/" + schema), "the schema " + schema);
    }

    private static JsonNode require(JsonNode node, String what) {
        if (node.isMissingNode()) {
            throw new IllegalStateException("IonQ's OpenAPI document has no " + what + ": has the document changed?");
        }
        return node.deepCopy();
    }
}
