package io.github.ionqci.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ionqci.client.IonQClient;
import io.github.ionqci.client.job.Job;
import io.github.ionqci.emulator.IonQEmulator;
import io.github.ionqci.junit.support.FixtureRun;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code @IonQJob(noiseSeed = ...)}: a noisy emulator job gives the same counts in every run. */
class NoiseSeedTest {

    @TempDir
    Path dir;

    /** Runs the fixture against a fresh emulator and returns each job's histogram by its noise seed. */
    private Map<Integer, String> histogramsBySeed() {
        try (IonQEmulator emulator = IonQEmulator.start()) {
            assertThat(FixtureRun.describeFailures(FixtureRun.against(emulator, dir).run("NoiseSeedFixture"))).isEmpty();
            IonQClient client = IonQClient.builder().baseUrl(emulator.baseUrl()).apiKey(emulator.apiKey()).build();
            Map<Integer, String> bySeed = new HashMap<>();
            for (String id : emulator.jobs().ids()) {
                Job job = client.getJob(id);
                bySeed.put(job.noise().seed(), client.getHistogram(job).toString());   // the counts, qubit 0 rightmost
            }
            return bySeed;
        }
    }

    @Test
    void theSameSeedGivesTheSameCountsInAnotherRun() {
        Map<Integer, String> first = histogramsBySeed();
        Map<Integer, String> second = histogramsBySeed();

        assertThat(first.keySet()).containsExactlyInAnyOrder(7, 8);
        assertThat(second.get(7)).isEqualTo(first.get(7));
        assertThat(second.get(8)).isEqualTo(first.get(8));
        assertThat(first.get(7)).isNotEqualTo(first.get(8));   // harmony noise: the seed matters
        assertThat(first.get(7)).contains("001=");   // noise put mass outside {000, 111}
    }
}
