package io.github.ionqci.junit.assertions;

import static io.github.ionqci.junit.assertions.CircuitAssertions.assertThatCircuit;
import static io.github.ionqci.junit.assertions.IonQAssertions.assertThat;

import io.github.ionqci.client.IonQClient;
import io.github.ionqci.client.job.Job;
import io.github.ionqci.emulator.IonQEmulator;
import io.github.ionqci.junit.support.RunScope;
import io.github.ionqci.junit.statistics.IonQStatistics;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The simulation-backed snippets of {@code docs/assertions.md} (circuit equivalence, prepared distributions,
 * {@code matchesSimulationOf}, shot planning), run against the emulator. The code between {@code // doc:name}
 * and {@code // end} is what the page shows.
 */
class SimulationGuideTest {

    private static IonQEmulator emulator;
    private static IonQClient client;

    @BeforeAll
    static void start() {
        emulator = IonQEmulator.start();
        client = IonQClient.builder().baseUrl(emulator.baseUrl()).apiKey(emulator.apiKey()).build();
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    @RegisterExtension
    final RunScope run = new RunScope();

    @Test
    void circuits() {
        // doc:equivalence
        assertThatCircuit("circuits/equivalence/cnot-native.json")      // gpi2 · ms · gpi2 gates
                .isEquivalentTo("circuits/equivalence/cnot.json")       // same unitary up to a global phase
                .fitsBackend("qpu.aria-1");
        assertThatCircuit("circuits/equivalence/swap.json").isEquivalentTo("circuits/equivalence/three-cnots.json");
        // end
        // doc:prepares
        assertThatCircuit("circuits/ghz5.json")
                .preparesDistribution(Map.of("00000", 0.5, "11111", 0.5))   // exact, from |00000⟩
                .fitsBackend("qpu.harmony");                                // 5 of its 11 qubits
        // end
    }

    @Test
    void jobAgainstItsSimulation() throws Exception {
        String payload = new String(SimulationGuideTest.class.getResourceAsStream("/circuits/ghz5.json").readAllBytes())
                .replace("\"shots\": 10000", "\"shots\": 10000, \"noise\": {\"model\": \"aria-1\", \"seed\": 5}");
        Job job = client.awaiter().timeout(Duration.ofSeconds(60)).awaitOne(client.submit(payload).id());
        // doc:matches-simulation
        assertThat(job, client).isCompleted()
                .distribution()
                .matchesSimulationOf("circuits/ghz5.json")              // the job's own noise model: aria-1
                .matchesSimulationOf("circuits/ghz5.json", "aria-1");   // or name the model
        // end
    }

    @Test
    void shotPlanning() {
        // doc:shots
        Map<String, Double> uniform = Map.of("00", 0.25, "01", 0.25, "10", 0.25, "11", 0.25);
        long shots = IonQStatistics.shotsToDetect(uniform, 0.05, 0.001, 0.9);     // 2594
        double smallest = IonQStatistics.detectableTvd(uniform, 10_000, 0.001, 0.9);   // 0.0255
        // end
        org.assertj.core.api.Assertions.assertThat(shots).isEqualTo(2594);
        org.assertj.core.api.Assertions.assertThat(smallest).isBetween(0.025, 0.026);
    }
}
