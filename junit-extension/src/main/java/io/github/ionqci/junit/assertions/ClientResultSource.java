package io.github.ionqci.junit.assertions;

import io.github.ionqci.client.IonQClient;
import io.github.ionqci.client.job.Job;
import io.github.ionqci.client.result.Histogram;
import io.github.ionqci.client.result.Probabilities;
import java.util.Objects;

/**
 * {@link ResultSource#of(IonQClient)}: results through the client, unsharpened for debiased jobs.
 */
final class ClientResultSource implements ResultSource {

    private final IonQClient client;

    ClientResultSource(IonQClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    @Override
    public Probabilities probabilities(Job job) {
        return client.getProbabilities(job, false);
    }

    @Override
    public Histogram histogram(Job job) {
        if (!isDebiased(job)) {
            return client.getHistogram(job);
        }
        if (job.shots() == null || job.shots() < 1) {
            throw new IllegalStateException("Job " + job.id() + " is debiased and reports no shot count, so no "
                    + "unsharpened histogram can be built; use probabilities() instead");
        }
        Probabilities probabilities = probabilities(job);
        long[] states = probabilities.states();
        long[] counts = new long[states.length];
        for (int i = 0; i < states.length; i++) {
            counts[i] = Math.round(probabilities.probabilityAt(i) * job.shots());
        }
        return Histogram.of(states, counts, probabilities.qubits());
    }

    static boolean isDebiased(Job job) {
        if (!job.debiasingVariants().isEmpty()) {
            return true;
        }
        return job.settings() != null && job.settings().errorMitigation() != null
                && job.settings().errorMitigation().debiasing() != null
                && job.settings().errorMitigation().debiasing().enabled();
    }

    @Override
    public String toString() {
        return "results via " + client;
    }
}
