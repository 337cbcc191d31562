package it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.ionqci.client.job.Job;
import io.github.ionqci.client.job.JobStatus;
import io.github.ionqci.junit.IonQJob;
import io.github.ionqci.junit.IonQTest;
import org.junit.jupiter.api.Test;

/** Fetches a job with the key from IONQ_API_KEY, which never became a system property of this JVM. */
@IonQTest
class KeyIT {

    @Test
    void theKeyFromTheEnvironmentAuthenticates(@IonQJob(name = "bell") Job job) {
        assertEquals(JobStatus.COMPLETED, job.status());
        assertNull(System.getProperty("ionq.api-key"), "the key must not be a system property of the test JVM");
    }
}
