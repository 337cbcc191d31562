package io.github.ionqci.junit.assertions;

import io.github.ionqci.client.job.CircuitJobStats;
import io.github.ionqci.client.job.Failure;
import io.github.ionqci.client.job.FailureCode;
import io.github.ionqci.client.job.Job;
import io.github.ionqci.client.job.JobStatus;
import io.github.ionqci.client.job.Noise;

/** Jobs as the API returns them, for assertion tests that need no server. */
final class TestJobs {

    static final String ID = "e1a09d90-b2ba-4ea5-9fd7-4bfc14eac524";

    private TestJobs() {
    }

    static Job completed(int qubits, int shots) {
        return job(ID, JobStatus.COMPLETED, null, "simulator", qubits, shots, new Noise("ideal", null));
    }

    static Job failed(FailureCode code, String message) {
        return job(ID, JobStatus.FAILED, new Failure(code, message), "qpu.aria-1", 40, 1000, null);
    }

    static Job withStatus(JobStatus status) {
        return job(ID, status, null, "simulator", 2, 1000, null);
    }

    static Job job(String id, JobStatus status, Failure failure, String backend, Integer qubits, Integer shots, Noise noise) {
        return new Job(id, status, "ionq.circuit.v1", backend, false, null, null, null, null, null, null,
                null, null, null, status.isTerminal() ? null : 1500, null, null, shots, noise, failure, null, null,
                qubits == null ? null : new CircuitJobStats(qubits, 1, null, null, null, null), null, null, null);
    }
}
