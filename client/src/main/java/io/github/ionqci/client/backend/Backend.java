package io.github.ionqci.client.backend;

import java.util.List;

/**
 * A backend as {@code GET /backends} describes it.
 *
 * <pre>{@code
 * for (Backend b : client.getBackends()) {
 *     if (b.supportedErrorMitigations().contains("debiasing")) { … }
 * }
 * }</pre>
 *
 * @param backend                   {@code simulator}, {@code qpu.aria-1}, …
 * @param status                    {@code available}, {@code unavailable}, {@code retired}
 * @param qubits                    its qubits
 * @param averageQueueTime          the current queue time, milliseconds
 * @param lastUpdated               when the status was last updated (ISO time, as IonQ sends it)
 * @param characterizationId        its current characterization, or null
 * @param degraded                  whether it is degraded
 * @param supportedErrorMitigations e.g. {@code debiasing}
 * @param supportedGates            QIS gates
 * @param supportedNativeGates      native gates
 */
public record Backend(String backend, String status, int qubits, double averageQueueTime, String lastUpdated,
                      String characterizationId, boolean degraded, List<String> supportedErrorMitigations,
                      List<String> supportedGates, List<String> supportedNativeGates) {

    /**
     * Absent lists become empty.
     *
     * @param backend                   {@code simulator}, {@code qpu.aria-1}, …
     * @param status                    {@code available}, {@code unavailable}, {@code retired}
     * @param qubits                    its qubits
     * @param averageQueueTime          the current queue time, milliseconds
     * @param lastUpdated               when the status was last updated (ISO time, as IonQ sends it)
     * @param characterizationId        its current characterization, or null
     * @param degraded                  whether it is degraded
     * @param supportedErrorMitigations e.g. {@code debiasing}
     * @param supportedGates            QIS gates
     * @param supportedNativeGates      native gates
     */
    public Backend {
        supportedErrorMitigations = supportedErrorMitigations == null ? List.of() : List.copyOf(supportedErrorMitigations);
        supportedGates = supportedGates == null ? List.of() : List.copyOf(supportedGates);
        supportedNativeGates = supportedNativeGates == null ? List.of() : List.copyOf(supportedNativeGates);
    }
}
