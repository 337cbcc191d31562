package io.github.ionqci.client.backend;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A backend's measured characterization ({@code GET /backends/{backend}/characterizations}).
 *
 * <pre>{@code
 * Characterization c = client.getCharacterizations("qpu.aria-1").get(0);
 * double twoQubitError = 1 - c.fidelity().twoQubit().median();
 * }</pre>
 *
 * @param id           its id
 * @param backend      the backend
 * @param date         when it was measured (ISO time)
 * @param qubits       the qubits characterized
 * @param fidelity     median fidelities
 * @param connectivity the qubit pairs two-qubit gates may act on
 * @param timing       times in seconds, or null
 */
public record Characterization(String id, String backend, String date, Integer qubits, Fidelity fidelity,
                               List<List<Integer>> connectivity, Timing timing) {

    /**
     * Absent connectivity becomes empty.
     *
     * @param id           its id
     * @param backend      the backend
     * @param date         when it was measured (ISO time)
     * @param qubits       the qubits characterized
     * @param fidelity     median fidelities
     * @param connectivity the qubit pairs two-qubit gates may act on
     * @param timing       times in seconds, or null
     */
    public Characterization {
        connectivity = connectivity == null ? List.of() : connectivity.stream().map(List::copyOf).toList();
    }

    /**
     * @param oneQubit one-qubit gates ({@code 1q}), or null
     * @param twoQubit two-qubit gates ({@code 2q}), or null
     * @param spam     state preparation and measurement, or null
     */
    public record Fidelity(@JsonProperty("1q") Stat oneQubit, @JsonProperty("2q") Stat twoQubit, Stat spam) {
    }

    /**
     * @param median the median
     * @param stderr its standard error, or null
     */
    public record Stat(double median, Double stderr) {
    }

    /**
     * @param t1       T1, or null
     * @param t2       T2, or null
     * @param oneQubit one-qubit gate time, or null
     * @param twoQubit two-qubit gate time, or null
     * @param readout  readout time, or null
     * @param reset    reset time, or null
     */
    public record Timing(Double t1, Double t2, @JsonProperty("1q") Double oneQubit,
                         @JsonProperty("2q") Double twoQubit, Double readout, Double reset) {
    }
}
