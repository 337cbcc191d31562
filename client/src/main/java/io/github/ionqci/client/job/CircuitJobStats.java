package io.github.ionqci.client.job;

import java.util.Map;

/**
 * {@code stats} of a circuit job.
 *
 * @param qubits                          qubits the job uses
 * @param circuits                        circuits in the job
 * @param gateCounts                      gate counts by kind, such as {@code "1q"} and {@code "2q"}
 * @param kwh                             energy used, when reported
 * @param predictedQuantumComputeTimeUs   predicted quantum compute time in microseconds
 * @param billedQuantumComputeTimeUs      billed quantum compute time in microseconds
 */
public record CircuitJobStats(
        Integer qubits,
        Integer circuits,
        Map<String, Double> gateCounts,
        Double kwh,
        Long predictedQuantumComputeTimeUs,
        Long billedQuantumComputeTimeUs) {

    /**
     * Copies the gate counts so the record stays immutable.
     *
     * @param qubits                        qubits the job uses
     * @param circuits                      circuits in the job
     * @param gateCounts                    gate counts by kind, such as {@code "1q"} and {@code "2q"}
     * @param kwh                           energy used, when reported
     * @param predictedQuantumComputeTimeUs predicted quantum compute time in microseconds
     * @param billedQuantumComputeTimeUs    billed quantum compute time in microseconds
     */
    public CircuitJobStats {
        gateCounts = gateCounts == null ? null : Map.copyOf(gateCounts);
    }
}
