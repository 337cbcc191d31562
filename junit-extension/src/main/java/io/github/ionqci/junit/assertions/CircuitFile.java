package io.github.ionqci.junit.assertions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ionqci.emulator.circuit.Circuit;
import io.github.ionqci.emulator.circuit.CircuitException;
import io.github.ionqci.emulator.circuit.Circuits;
import io.github.ionqci.junit.internal.CircuitResources;
import java.util.List;

/**
 * A circuit file found the way {@code @IonQJob(circuit = …)} finds it ({@link CircuitResources}) and read by
 * the client's one circuit-job builder, parsed by the emulator's circuit parser.
 *
 * @param resource the file as named
 * @param payload  the v0.4 job body the file gives with nothing overridden (a file holding only the input is
 *                 wrapped; {@code type} and {@code backend} get their defaults)
 */
record CircuitFile(String resource, ObjectNode payload) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Reads {@code resource} as a classpath resource (root, then relative to {@code anchor}) or project file. */
    static CircuitFile load(String resource, Class<?> anchor) {
        String body = CircuitResources.load(resource, anchor, "assertThatCircuit").toJson();
        try {
            return new CircuitFile(resource, (ObjectNode) JSON.readTree(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read back the job body of " + resource, e);
        }
    }

    /**
     * @return the circuits of the payload
     * @throws CircuitException when the emulator (and IonQ) would reject the input
     */
    List<Circuit> circuits() {
        return Circuits.parse(payload.path("type").asText(null), payload.get("input"));
    }

    /**
     * @return the single circuit of the file
     * @throws AssertionError when the file is not a valid single circuit, saying why and what to do
     */
    Circuit circuit() {
        List<Circuit> circuits;
        try {
            circuits = circuits();
        } catch (CircuitException e) {
            throw new AssertionError("The circuit file \"" + resource + "\" is not a circuit IonQ accepts ("
                    + e.failureCode() + "): " + e.getMessage());
        }
        if (circuits.size() != 1) {
            throw new AssertionError("The circuit file \"" + resource + "\" holds " + circuits.size()
                    + " circuits; this assertion compares one. Put each circuit of the multi-circuit job in its own file.");
        }
        return circuits.get(0);
    }

    /** @return the payload's noise model, {@code ideal} when it names none */
    String noiseModel() {
        return payload.path("noise").path("model").asText("ideal");
    }

    /** @return the payload's shots, or 0 when it sets none */
    long shots() {
        return payload.path("shots").asLong(0);
    }

    @Override
    public String toString() {
        return "\"" + resource + "\"";
    }
}
