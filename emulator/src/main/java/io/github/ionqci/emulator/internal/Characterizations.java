package io.github.ionqci.emulator.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ionqci.emulator.circuit.BackendRules;
import io.github.ionqci.emulator.simulator.NoiseModel;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

/**
 * A QPU backend's characterization as IonQ's {@code Characterization} object, carrying the noise the emulator
 * really applies for that backend: {@code fidelity.1q.median = 1 − r1} and {@code fidelity.2q.median = 1 − r2}
 * of its {@link NoiseModel} (for aria-1, aria-2 and forte-1 these are IonQ's published rates), {@code spam.median}
 * 1 (the emulator models no SPAM error) and all-to-all {@code connectivity}. {@code timing} is left out: the
 * emulator models no gate or coherence times. Each backend has one characterization with a stable id.
 *
 * <pre>{@code
 * ObjectNode c = Characterizations.of("qpu.aria-1").orElseThrow();   // fidelity.2q.median == 0.9867
 * }</pre>
 */
final class Characterizations {

    /** When the emulator's parameter set was taken (IonQ's September 2026 spec). */
    static final String DATE = "2026-09-02T00:00:00Z";

    private Characterizations() {
    }

    /** @return the characterization id of a QPU backend, empty for the simulator */
    static Optional<String> idOf(String backend) {
        if (!backend.startsWith("qpu.")) {
            return Optional.empty();
        }
        return Optional.of(UUID.nameUUIDFromBytes(("ionq-emulator characterization " + backend)
                .getBytes(StandardCharsets.UTF_8)).toString());
    }

    /** @return the characterization of a QPU backend, empty for the simulator or an unknown backend */
    static Optional<ObjectNode> of(String backend) {
        Optional<String> id = idOf(backend);
        Optional<NoiseModel> model = NoiseModel.named(BackendRules.noiseModelOf(backend));
        if (id.isEmpty() || model.isEmpty() || !Backends.QUBITS.containsKey(backend)) {
            return Optional.empty();
        }
        int qubits = Backends.QUBITS.get(backend);
        ObjectNode node = Json.object();
        node.put("id", id.get());
        node.put("backend", backend);
        node.put("date", DATE);
        node.put("qubits", qubits);
        ObjectNode fidelity = node.putObject("fidelity");
        fidelity.putObject("1q").put("median", 1 - model.get().oneQubitError());
        fidelity.putObject("2q").put("median", 1 - model.get().twoQubitError());
        fidelity.putObject("spam").put("median", 1.0);
        ArrayNode connectivity = node.putArray("connectivity");
        for (int a = 0; a < qubits; a++) {
            for (int b = a + 1; b < qubits; b++) {
                connectivity.addArray().add(a).add(b);
            }
        }
        return Optional.of(node);
    }

    /**
     * @param backend a backend
     * @return {@code {"characterizations": [...], "pages": 0}}: the one characterization, none for the simulator
     */
    static ObjectNode page(String backend) {
        ObjectNode page = Json.object();
        ArrayNode list = page.putArray("characterizations");
        of(backend).ifPresent(list::add);
        page.put("pages", 0);
        return page;
    }
}
