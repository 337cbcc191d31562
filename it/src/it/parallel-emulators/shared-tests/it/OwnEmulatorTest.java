package it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ionqci.client.job.Job;
import io.github.ionqci.junit.IonQJob;
import io.github.ionqci.junit.IonQTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Runs in each module's forked test JVM. The job named "mine" in this module's jobs file exists only in
 * this module's emulator, so fetching it proves the JVM was handed this module's URL and key.
 */
@IonQTest
class OwnEmulatorTest {

    @Test
    void fetchesTheJobOfItsOwnModulesEmulator(@IonQJob(name = "mine", timeout = "30s") Job job) throws Exception {
        assertTrue(job.isCompleted(), job.toString());
        String module = Path.of("").toAbsolutePath().getFileName().toString();
        String digit = module.substring(1);
        assertEquals("0000000" + digit + "-0000-4000-8000-00000000000" + digit, job.id());
        Files.writeString(Path.of("target", "seen-base-url.txt"), System.getProperty("ionq.base-url"));
    }
}
