package io.github.ionqci.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.ValidationMessage;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;

/**
 * Validates bodies against a schema of IonQ's full API description, found and read by {@link SeptemberSpec}
 * (from {@code ../shared/reference/} beside the project root, never copied into the repository). When that
 * file is absent the calling test is skipped, and {@link SeptemberSpec#find()} says why on the console.
 *
 * <pre>{@code
 * assertThat(SpecSchemas.validate("Session", body)).isEmpty();
 * }</pre>
 */
final class SpecSchemas {

    private SpecSchemas() {
    }

    /**
     * @param schema a name under {@code components.schemas}, such as {@code GetJobCostResponse}
     * @param body   the body to check
     * @return the validation messages, empty when valid
     */
    static Set<ValidationMessage> validate(String schema, JsonNode body) {
        Optional<SeptemberSpec> spec = SeptemberSpec.find();
        Assumptions.assumeTrue(spec.isPresent(), "IonQ's September 2026 API description is absent; skipping the"
                + " check of " + schema + " against it");
        return spec.get().validateSchema(schema, body);
    }
}
