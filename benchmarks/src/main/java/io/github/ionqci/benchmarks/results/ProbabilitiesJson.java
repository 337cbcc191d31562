package io.github.ionqci.benchmarks.results;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/** Generates a probabilities result as IonQ sends it: {@code {"0": p0, "1": p1, …}}, summing to 1. */
final class ProbabilitiesJson {

    private ProbabilitiesJson() {
    }

    /**
     * @param qubits the width: 2^qubits outcomes, every one listed
     * @param seed   the random seed for the weights
     * @return the JSON, as UTF-8 bytes
     */
    static byte[] generate(int qubits, long seed) {
        int n = 1 << qubits;
        SplittableRandom random = new SplittableRandom(seed);
        double[] weights = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            weights[i] = random.nextDouble();
            total += weights[i];
        }
        StringBuilder json = new StringBuilder(n * 32).append('{');
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                json.append(',');
            }
            json.append('"').append(i).append("\":").append(weights[i] / total);
        }
        return json.append('}').toString().getBytes(StandardCharsets.UTF_8);
    }
}
