package io.github.ionqci.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.ionqci.client.job.Job;
import io.github.ionqci.client.job.JobPage;
import io.github.ionqci.client.job.JobQuery;
import io.github.ionqci.client.job.JobStatus;
import io.github.ionqci.emulator.EmulatedJob;
import io.github.ionqci.emulator.RecordedRequest;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code listJobs} and {@code listAllJobs} with {@link JobQuery}'s filters, against the emulator over HTTP. */
class JobListingTest extends EmulatorTestBase {

    @BeforeEach
    void empty() {
        emulator.jobs().clear();
        emulator.requests().reset();
    }

    private static List<String> ids(JobPage page) {
        return page.jobs().stream().map(Job::id).collect(Collectors.toList());
    }

    @Test
    void filtersByStatusSessionParentAndIds() {
        String done = emulator.jobs().add(EmulatedJob.completed());
        String failed = emulator.jobs().add(EmulatedJob.failed("NotEnoughQubits", "too wide"));
        String inSession = emulator.jobs().add(EmulatedJob.completed().sessionId("0d000000-0000-4000-8000-000000000001"));
        String parent = emulator.jobs().add(EmulatedJob.completed().children(EmulatedJob.completed(), EmulatedJob.completed()));
        List<String> children = client.getJob(parent).childJobIds();

        assertThat(ids(client.listJobs(JobQuery.all().status(JobStatus.FAILED)))).containsExactly(failed);
        assertThat(ids(client.listJobs(JobQuery.all().sessionId("0d000000-0000-4000-8000-000000000001"))))
                .containsExactly(inSession);
        assertThat(ids(client.listJobs(JobQuery.all().parentJobId(parent)))).containsExactlyInAnyOrderElementsOf(children);
        assertThat(ids(client.listJobs(JobQuery.all().ids(List.of(done, failed))))).containsExactlyInAnyOrder(done, failed);
        JobPage everything = client.listJobs(JobQuery.all());
        assertThat(ids(everything)).contains(done, failed, inSession, parent).hasSize(6);
        assertThat(everything.next()).isNull();
        assertThat(everything.unreadable()).isEmpty();
    }

    @Test
    void filtersByBackendAndSubmitter() {
        String onSimulator = emulator.jobs().add(EmulatedJob.completed());
        String onAria = emulator.jobs().add(EmulatedJob.completed().backend("qpu.aria-1"));
        String onForte = emulator.jobs().add(EmulatedJob.completed().backend("qpu.forte-1"));
        assertThat(ids(client.listJobs(JobQuery.all().backends("qpu.aria-1")))).containsExactly(onAria);
        assertThat(ids(client.listJobs(JobQuery.all().backends("simulator", "qpu.forte-1"))))
                .containsExactlyInAnyOrder(onSimulator, onForte);
        String submitter = client.getJob(onAria).submitterId();
        assertThat(ids(client.listJobs(JobQuery.all().submitterId(submitter))))
                .containsExactlyInAnyOrder(onSimulator, onAria, onForte);
        assertThat(client.listJobs(JobQuery.all().submitterId("someone-else")).jobs()).isEmpty();
    }

    @Test
    void sendsEveryParameterOfTheSpec() {
        String id = emulator.jobs().add(EmulatedJob.completed());
        // the emulator refuses a page token it did not issue, after recording the request
        assertThat(catchThrowable(() -> client.listJobs(JobQuery.all().ids(List.of(id)).parentJobId(id)
                .status(JobStatus.COMPLETED).backends("simulator", "qpu.aria-1").sessionId("s 1").submitterId("u&2")
                .limit(5).next("tok/en")))).isInstanceOf(IonQRequestException.class).hasMessageContaining("\"next\"");
        RecordedRequest request = TestSupport.settledRequests(emulator).get(0);
        assertThat(request.path()).isEqualTo("/v0.4/jobs");
        assertThat(request.query()).isEqualTo("ids=" + id + "&parent_job_id=" + id + "&status=completed"
                + "&target=simulator%2Cqpu.aria-1&session_id=s+1&submitter_id=u%262&limit=5&next=tok%2Fen");
    }

    @Test
    void pagesWithLimitAndNextAndPagesThroughEverything() {
        List<String> added = emulator.jobs().add(EmulatedJob.completed(), EmulatedJob.completed(),
                EmulatedJob.completed(), EmulatedJob.completed(), EmulatedJob.completed());
        JobQuery query = JobQuery.all().limit(2);
        JobPage first = client.listJobs(query);
        assertThat(first.jobs()).hasSize(2);
        assertThat(first.hasNext()).isTrue();
        JobPage second = client.listJobs(query.next(first.next()));
        assertThat(ids(second)).doesNotContainAnyElementsOf(ids(first)).hasSize(2);

        emulator.requests().reset();
        JobPage all = client.listAllJobs(query);
        assertThat(ids(all)).containsExactlyInAnyOrderElementsOf(added);
        assertThat(all.next()).isNull();
        assertThat(TestSupport.settledRequests(emulator)).hasSize(3);   // pages of 2, 2 and 1
    }

    @Test
    void aMalformedEntryDoesNotFailItsPage() {
        String good = emulator.jobs().add(EmulatedJob.completed());
        String bad = "0d000000-0000-4000-8000-0000000000bb";
        emulator.jobs().add(EmulatedJob.completed().id(bad).rawJson("{\"id\":\"" + bad
                + "\",\"status\":\"completed\",\"failure\":\"not an object\"}"));
        JobPage page = client.listJobs(JobQuery.all());
        assertThat(ids(page)).containsExactly(good);
        assertThat(page.unreadable()).singleElement().asString()
                .startsWith("entry 0 of the listing: Could not list jobs: HTTP 200 answered a job with a field of the"
                        + " wrong type (field failure");
        assertThat(client.listAllJobs(JobQuery.all()).unreadable()).hasSize(1);
    }

    @Test
    void badFiltersAreRefusedBeforeAnyRequest() {
        assertThatThrownBy(() -> JobQuery.all().limit(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The page size (limit) must be at least 1, got 0");
        assertThatThrownBy(() -> JobQuery.all().ids(List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("No job ids were given: pass at least one job id");
        assertThatThrownBy(() -> JobQuery.all().backends("simulator,qpu.aria-1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A backend filter must be a backend name such as qpu.aria-1, got \"simulator,qpu.aria-1\"");
        assertThat(emulator.requests().count()).isZero();
    }
}
