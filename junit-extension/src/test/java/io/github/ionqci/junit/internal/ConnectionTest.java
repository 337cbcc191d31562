package io.github.ionqci.junit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ionqci.client.IonQClient;
import io.github.ionqci.client.job.Job;
import io.github.ionqci.client.result.Histogram;
import io.github.ionqci.emulator.EmulatedJob;
import io.github.ionqci.emulator.IonQEmulator;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What an injected job's results are, fetched through the run's connection to a real emulator. */
class ConnectionTest {

    private static IonQEmulator emulator;
    private static Connection connection;

    @BeforeAll
    static void start() {
        emulator = IonQEmulator.start();
        IonQClient client = IonQClient.builder().baseUrl(emulator.baseUrl()).apiKey(emulator.apiKey()).build();
        connection = new Connection(client, emulator.baseUrl(), Runnable::run);
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    @Test
    void aDebiasedJobsHistogramIsBuiltFromItsUnsharpenedProbabilitiesNotItsSharpenedHistogram() {
        // The served histogram (a plurality vote) differs on purpose from round(p × shots).
        String id = emulator.jobs().add(EmulatedJob.completed().backend("qpu.forte-1").qubits(2).shots(1000).debiasingVariants(2)
                .probabilities(Map.of(0L, 0.48, 1L, 0.03, 3L, 0.49))
                .histogram(Map.of(0L, 500L, 3L, 500L)));
        Job job = connection.client().getJob(id);

        Histogram histogram = connection.histogram(job);

        assertThat(histogram.asStateMap()).isEqualTo(Map.of(0L, 480.0 / 1000, 1L, 30.0 / 1000, 3L, 490.0 / 1000));
        assertThat(histogram.count(1L)).isEqualTo(30);
    }

    @Test
    void aJobWithoutDebiasingGetsTheHistogramTheApiServes() {
        String id = emulator.jobs().add(EmulatedJob.completed().qubits(2).shots(1000)
                .probabilities(Map.of(0L, 0.5, 3L, 0.5))
                .histogram(Map.of(0L, 507L, 3L, 493L)));
        Job job = connection.client().getJob(id);

        assertThat(connection.histogram(job).count(0L)).isEqualTo(507);
        assertThat(connection.histogram(job)).isSameAs(connection.histogram(job));
    }
}
