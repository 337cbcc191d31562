package it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ionqci.client.job.FailureCode;
import io.github.ionqci.client.job.Job;
import io.github.ionqci.client.job.JobStatus;
import io.github.ionqci.client.result.Probabilities;
import io.github.ionqci.junit.IonQJob;
import io.github.ionqci.junit.IonQTest;
import org.junit.jupiter.api.Test;

/** Runs in Failsafe's JVM against the emulator ionq:emulator-start started; jobs by name from target/ionq/jobs.json. */
@IonQTest
class BellIT {

    @IonQJob(name = "bell")
    static Job bellField;

    @Test
    void runsOnTheExpectedJUnit() {
        String version = Test.class.getPackage().getImplementationVersion();
        assertTrue(version.startsWith(System.getProperty("expected.junit.major") + "."), "JUnit " + version);
    }

    @Test
    void bellCompletedWithEqualSuperposition(@IonQJob(name = "bell") Job job, @IonQJob(name = "bell") Probabilities p) {
        assertEquals(JobStatus.COMPLETED, job.status());
        assertEquals(job.id(), bellField.id());
        assertEquals(0.5, p.probability(0L), 1e-9);
        assertEquals(0.5, p.probability(3L), 1e-9);
    }

    @Test
    void tooWideFailedWithItsCodeAndMessage(@IonQJob(name = "too-wide") Job job) {
        assertEquals(JobStatus.FAILED, job.status());
        assertEquals(FailureCode.NOT_ENOUGH_QUBITS, job.failure().code());
        assertEquals("The job needs 40 qubits; qpu.aria-1 has 25.", job.failure().message());
    }

    @Test
    void aCircuitFileIsSubmittedToTheEmulatorAndSimulated(
            @IonQJob(circuit = "circuits/ghz3.json", shots = 1000) Probabilities ghz) {
        assertEquals(0.5, ghz.probability(0L), 1e-9);
        assertEquals(0.5, ghz.probability(7L), 1e-9);
    }

    @Test
    void theSameJobIsFetchedOnce(@IonQJob(name = "bell") Job a, @IonQJob(name = "bell") Job b) {
        assertSame(a, b);
    }
}
