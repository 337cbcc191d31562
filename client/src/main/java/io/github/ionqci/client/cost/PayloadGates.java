package io.github.ionqci.client.cost;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.ionqci.client.internal.Json;

/** Counts a job payload's qubits and gates for {@link EstimateRequest#forPayload(String)}. */
final class PayloadGates {

    /** IonQ's default shots when a payload gives none. */
    static final int DEFAULT_SHOTS = 100;

    private long gates1q;
    private long gates2q;
    private int maxQubit = -1;

    private PayloadGates() {
    }

    static EstimateRequest estimateRequest(String payloadJson) {
        JsonNode payload;
        try {
            payload = payloadJson == null ? null : Json.mapper().readTree(payloadJson);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The job payload is not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (payload == null || !payload.isObject() || !payload.path("backend").isTextual()) {
            throw new IllegalArgumentException("The job payload must be a JSON object with a \"backend\"");
        }
        JsonNode input = payload.path("input");
        PayloadGates counts = new PayloadGates();
        counts.circuit(input.path("circuit"));
        for (JsonNode circuit : input.path("circuits")) {
            counts.circuit(circuit.path("circuit"));
        }
        int declared = input.path("qubits").canConvertToInt() ? input.path("qubits").intValue() : 0;
        int qubits = Math.max(1, Math.max(declared, counts.maxQubit + 1));
        int shots = payload.path("shots").canConvertToInt() && payload.path("shots").intValue() > 0
                ? payload.path("shots").intValue() : DEFAULT_SHOTS;
        boolean mitigation = payload.path("settings").path("error_mitigation").path("debiasing").asBoolean(false);
        String type = payload.path("type").isTextual() ? payload.get("type").asText() : "ionq.circuit.v1";
        return new EstimateRequest(payload.get("backend").asText(), type, qubits, shots, counts.gates1q,
                counts.gates2q, mitigation);
    }

    private void circuit(JsonNode gates) {
        for (JsonNode gate : gates) {
            int touched = qubits(gate.path("target")) + qubits(gate.path("targets")) + qubits(gate.path("control"))
                    + qubits(gate.path("controls"));
            if (touched >= 2) {
                gates2q++;
            } else {
                gates1q++;
            }
        }
    }

    private int qubits(JsonNode node) {
        if (node.canConvertToInt()) {
            maxQubit = Math.max(maxQubit, node.intValue());
            return 1;
        }
        int n = 0;
        for (JsonNode q : node) {
            if (q.canConvertToInt()) {
                maxQubit = Math.max(maxQubit, q.intValue());
                n++;
            }
        }
        return n;
    }
}
