package io.github.ionqci.client.cost;

import java.util.Objects;

/**
 * What {@code GET /jobs/estimate} prices: a circuit's backend, width, shots and gate counts.
 *
 * <pre>{@code
 * EstimateRequest bell = EstimateRequest.of("qpu.forte-1", 2, 1000, 1, 1);
 * }</pre>
 *
 * @param backend         the backend, such as {@code qpu.forte-1}
 * @param type            the job type, such as {@code ionq.circuit.v1}
 * @param qubits          the qubits used
 * @param shots           the shots
 * @param gates1q         one-qubit gates
 * @param gates2q         two-qubit gates
 * @param errorMitigation whether error mitigation (debiasing) is on
 */
public record EstimateRequest(String backend, String type, int qubits, int shots, long gates1q, long gates2q,
                              boolean errorMitigation) {

    /**
     * Checks the values IonQ would refuse.
     *
     * @param backend the backend, such as {@code qpu.forte-1}
     * @param type the job type, such as {@code ionq.circuit.v1}
     * @param qubits the qubits used
     * @param shots the shots
     * @param gates1q one-qubit gates
     * @param gates2q two-qubit gates
     * @param errorMitigation whether error mitigation (debiasing) is on
     */
    public EstimateRequest {
        Objects.requireNonNull(backend, "backend");
        Objects.requireNonNull(type, "type");
        if (qubits < 1 || shots < 1 || gates1q < 0 || gates2q < 0) {
            throw new IllegalArgumentException("An estimate needs at least 1 qubit and 1 shot and no negative gate"
                    + " count, got qubits=" + qubits + ", shots=" + shots + ", 1q=" + gates1q + ", 2q=" + gates2q);
        }
    }

    /**
     * Prices a job payload as {@code POST /jobs} would receive it: its backend, shots (IonQ's default 100 when
     * absent) and, over all its circuits, the qubits used and the gates acting on one qubit and on two or more
     * (a controlled gate counts as a two-qubit gate).
     *
     * <pre>{@code
     * EstimateRequest r = EstimateRequest.forPayload("{\"type\":\"ionq.circuit.v1\",\"backend\":\"qpu.forte-1\",…}");
     * }</pre>
     *
     * @param payloadJson the job payload
     * @return the request
     * @throws IllegalArgumentException if the payload is not a JSON object with a backend
     */
    public static EstimateRequest forPayload(String payloadJson) {
        return PayloadGates.estimateRequest(payloadJson);
    }

    /**
     * @param backend the backend
     * @param qubits  the qubits used
     * @param shots   the shots
     * @param gates1q one-qubit gates
     * @param gates2q two-qubit gates
     * @return an {@code ionq.circuit.v1} request without error mitigation
     */
    public static EstimateRequest of(String backend, int qubits, int shots, long gates1q, long gates2q) {
        return new EstimateRequest(backend, "ionq.circuit.v1", qubits, shots, gates1q, gates2q, false);
    }
}
