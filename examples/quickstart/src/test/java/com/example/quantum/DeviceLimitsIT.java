package com.example.quantum;

import static io.github.ionqci.junit.assertions.IonQAssertions.assertThat;

import io.github.ionqci.client.job.FailureCode;
import io.github.ionqci.client.job.Job;
import io.github.ionqci.junit.IonQJob;
import io.github.ionqci.junit.IonQTest;
import org.junit.jupiter.api.Test;

/** A circuit wider than its backend fails with IonQ's failure code, and the test says so. */
@IonQTest
class DeviceLimitsIT {

    /** 30 qubits on the simulator, whose limit is 29. The extension submits this circuit itself. */
    @Test
    void tooWideForTheSimulator(@IonQJob(circuit = "ionq/expected-failures/too-wide.json") Job job) {
        assertThat(job).isFailed()
                .hasFailureCode(FailureCode.NOT_ENOUGH_QUBITS)
                .hasFailureMessageContaining("qubits");
    }
}
