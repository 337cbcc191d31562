package io.github.ionqci.junit.assertions;

import static io.github.ionqci.junit.assertions.IonQAssertions.assertThat;
import static io.github.ionqci.junit.assertions.IonQAssertions.assertThatThrownBy;
import static io.github.ionqci.junit.assertions.TestJobs.ID;

import io.github.ionqci.client.job.FailureCode;
import io.github.ionqci.client.job.Job;
import io.github.ionqci.client.job.JobStatus;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class JobAssertTest {

    private static final Job TOO_WIDE = TestJobs.failed(FailureCode.NOT_ENOUGH_QUBITS,
            "The circuit needs 40 qubits; qpu.aria-1 has 25");

    @Test
    void passingChecksChain() {
        assertThat(TestJobs.completed(2, 1000)).isCompleted().hasNoFailure().ranOn("simulator").hasShots(1000).hasQubits(2)
                .hasStatus(JobStatus.COMPLETED);
        assertThat(TOO_WIDE).isFailed().hasFailureCode(FailureCode.NOT_ENOUGH_QUBITS)
                .hasFailureMessageContaining("needs 40 qubits");
        assertThat(TestJobs.withStatus(JobStatus.CANCELED)).isCanceled();
    }

    @Test
    void aStatusCheckOnAFailedJobShowsItsFailureCodeAndMessage() {
        assertThatThrownBy(() -> assertThat(TOO_WIDE).isCompleted())
                .isInstanceOf(AssertionFailedError.class)
                .hasMessage("""
                        Expecting job %s to be completed, but it failed.
                          status:  failed
                          failure: NotEnoughQubits: The circuit needs 40 qubits; qpu.aria-1 has 25
                          backend: qpu.aria-1""".formatted(ID))
                .satisfies(error -> {
                    AssertionFailedError failed = (AssertionFailedError) error;
                    assertThat(failed.getActual().getStringRepresentation()).isEqualTo("failed");
                    assertThat(failed.getExpected().getStringRepresentation()).isEqualTo("completed");
                });
    }

    @Test
    void aStatusCheckOnARunningJobShowsThePredictedWait() {
        assertThatThrownBy(() -> assertThat(TestJobs.withStatus(JobStatus.READY)).isCompleted())
                .hasMessage("""
                        Expecting job %s to be completed, but its status is ready.
                          status:  ready
                          backend: simulator
                          predicted wait: 1500 ms""".formatted(ID));
        assertThatThrownBy(() -> assertThat(TestJobs.completed(2, 100)).isFailed())
                .hasMessage("""
                        Expecting job %s to be failed, but it completed.
                          status:  completed
                          backend: simulator""".formatted(ID));
        assertThatThrownBy(() -> assertThat(TestJobs.withStatus(JobStatus.of("paused"))).isCanceled())
                .hasMessageStartingWith("Expecting job " + ID + " to be canceled, but its status is paused.");
    }

    @Test
    void failureCodeMessages() {
        assertThatThrownBy(() -> assertThat(TOO_WIDE).hasFailureCode(FailureCode.TOO_MANY_SHOTS))
                .hasMessage("Expecting job " + ID + " to have failure code TooManyShots, but it was NotEnoughQubits: "
                        + "The circuit needs 40 qubits; qpu.aria-1 has 25.");
        assertThatThrownBy(() -> assertThat(TestJobs.completed(2, 100)).hasFailureCode(FailureCode.TOO_MANY_SHOTS))
                .hasMessage("Expecting job " + ID + " to have failure code TooManyShots, but it has no failure (status completed).");
        assertThatThrownBy(() -> assertThat(TOO_WIDE).hasFailureMessageContaining("gates"))
                .hasMessage("Expecting job " + ID + "'s failure message to contain \"gates\", but it was "
                        + "\"The circuit needs 40 qubits; qpu.aria-1 has 25\" (code NotEnoughQubits).");
        assertThatThrownBy(() -> assertThat(TOO_WIDE).hasNoFailure())
                .hasMessage("Expecting job " + ID + " to have no failure, but it has NotEnoughQubits: "
                        + "The circuit needs 40 qubits; qpu.aria-1 has 25 (status failed).");
    }

    @Test
    void aFailureInWhichTheServerSentTheKeyBackIsWithheldFromEveryMessage() {
        String key = "sk-live-0123456789abcdef";
        Job echoing = new Job(ID, JobStatus.FAILED, "ionq.circuit.v1", "qpu.aria-1", false, null, null, null, null,
                null, null, null, null, null, null, null, null, 1000, null,
                new io.github.ionqci.client.job.Failure(FailureCode.NOT_ENOUGH_QUBITS, "bad key " + key), null, null,
                null, null, null, null, null, java.util.Set.of("failure"));
        java.util.List<org.assertj.core.api.ThrowableAssert.ThrowingCallable> checks = java.util.List.of(
                () -> assertThat(echoing).isCompleted(),
                () -> assertThat(echoing).hasFailureCode(FailureCode.TOO_MANY_SHOTS),
                () -> assertThat(echoing).hasFailureMessageContaining("quota"),
                () -> assertThat(echoing).hasNoFailure());
        for (org.assertj.core.api.ThrowableAssert.ThrowingCallable check : checks) {
            assertThatThrownBy(check).isInstanceOf(AssertionError.class)
                    .hasMessageContaining(Job.WITHHELD).hasMessageNotContaining(key);
        }
        assertThat(echoing).hasFailureMessageContaining(key);   // the data itself stays intact for the test
    }

    @Test
    void backendShotsAndQubitsMessages() {
        Job job = TestJobs.completed(2, 1000);
        assertThatThrownBy(() -> assertThat(job).ranOn("qpu.forte-1"))
                .hasMessage("Expecting job " + ID + " to have run on qpu.forte-1, but it ran on simulator.");
        assertThatThrownBy(() -> assertThat(job).hasShots(500))
                .hasMessage("Expecting job " + ID + " to have 500 shots, but it has 1000.");
        assertThatThrownBy(() -> assertThat(job).hasQubits(3))
                .hasMessage("Expecting job " + ID + " to use 3 qubits, but it uses 2.");
        Job bare = TestJobs.job(ID, JobStatus.COMPLETED, null, null, null, null, null);
        assertThatThrownBy(() -> assertThat(bare).ranOn("simulator"))
                .hasMessage("Expecting job " + ID + " to have run on simulator, but it names no backend.");
        assertThatThrownBy(() -> assertThat(bare).hasShots(10))
                .hasMessage("Expecting job " + ID + " to have 10 shots, but it reports no shot count.");
        assertThatThrownBy(() -> assertThat(bare).hasQubits(1))
                .hasMessage("Expecting job " + ID + " to use 1 qubit, but it reports no qubit count.");
    }

    @Test
    void aDescriptionPrefixesTheMessage() {
        assertThatThrownBy(() -> assertThat(TOO_WIDE).as("Bell pair").isCompleted())
                .hasMessageStartingWith("[Bell pair] Expecting job " + ID + " to be completed, but it failed.");
    }

    @Test
    void readingResultsOfAJobThatDidNotCompleteFailsWithItsState() {
        assertThatThrownBy(() -> assertThat(TOO_WIDE).histogram())
                .hasMessage("""
                        Expecting job %s to be completed before reading its histogram, but it failed.
                          status:  failed
                          failure: NotEnoughQubits: The circuit needs 40 qubits; qpu.aria-1 has 25
                          backend: qpu.aria-1""".formatted(ID));
    }

    @Test
    void readingResultsWithoutASourceSaysHowToProvideOne() {
        assertThatThrownBy(() -> assertThat(TestJobs.completed(2, 100)).probabilities())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("No result source knows job " + ID + ", so its probabilities cannot be fetched: inject the job "
                        + "with @IonQJob in a test of the IonQ extension, or use IonQAssertions.assertThat(job, client) to "
                        + "fetch them with your client")
                .message().doesNotContain("ResultSources", "IonQRun", "internal");   // no internal class to call
    }
}
