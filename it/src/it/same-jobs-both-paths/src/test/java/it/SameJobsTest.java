package it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ionqci.client.job.Job;
import io.github.ionqci.junit.IonQJob;
import io.github.ionqci.junit.IonQTest;
import org.junit.jupiter.api.Test;

/**
 * The jobs ionq:submit made from src/test/resources/ionq/circuits (found by name in the jobs file it
 * wrote) and the jobs this test submits from the same files with the same overrides, on one emulator.
 */
@IonQTest
class SameJobsTest {

    @Test
    void aWholeJobBodyGivesTheSameJob(@IonQJob(name = "bell") Job bySubmit,
                                      @IonQJob(circuit = "ionq/circuits/bell.json", shots = 500, noise = "aria-1")
                                      Job byAnnotation) {
        assertSame(bySubmit, byAnnotation);
        assertEquals("bell pair", byAnnotation.name(), "the file's name is kept");
        assertEquals(7, byAnnotation.noise().seed(), "the file's noise seed is kept");
    }

    @Test
    void anInputAloneGivesTheSameJob(@IonQJob(name = "ghz3") Job bySubmit,
                                     @IonQJob(circuit = "ionq/circuits/ghz3.json", shots = 500, noise = "aria-1")
                                     Job byAnnotation) {
        assertSame(bySubmit, byAnnotation);
        assertEquals("ghz3", byAnnotation.name(), "named after the file");
    }

    private static void assertSame(Job bySubmit, Job byAnnotation) {
        assertNotEquals(bySubmit.id(), byAnnotation.id(), "two submissions");
        assertTrue(bySubmit.isCompleted() && byAnnotation.isCompleted(), bySubmit + " / " + byAnnotation);
        assertEquals(bySubmit.type(), byAnnotation.type());
        assertEquals(bySubmit.name(), byAnnotation.name());
        assertEquals("simulator", byAnnotation.backend());
        assertEquals(bySubmit.backend(), byAnnotation.backend());
        assertEquals(500, byAnnotation.shots(), "the override replaces the file's shots");
        assertEquals(bySubmit.shots(), byAnnotation.shots());
        assertEquals("aria-1", byAnnotation.noise().model(), "the override replaces the file's noise model");
        assertEquals(bySubmit.noise(), byAnnotation.noise());
        assertEquals(bySubmit.qubits(), byAnnotation.qubits());
    }
}
