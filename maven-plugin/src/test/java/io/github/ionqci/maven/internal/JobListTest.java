package io.github.ionqci.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ionqci.client.jobsfile.JobsFile.Entry;
import java.util.List;
import org.junit.jupiter.api.Test;

class JobListTest {

    private static final String A = "e1a09d90-b2ba-4ea5-9fd7-4bfc14eac524";
    private static final String B = "0b6a4e1e-6a4f-4f0e-9a8e-8f8f7f6c1d2b";

    @Test
    void splitsACommaSeparatedListIgnoringBlanksAndSpaces() {
        assertThat(JobList.parse(" " + A + " ,, " + B + ",", "ionq.jobs"))
                .containsExactly(new Entry(A, A), new Entry(B, B));
        assertThat(JobList.parse(null, "ionq.jobs")).isEmpty();
        assertThat(JobList.parse("  ", "ionq.jobs")).isEmpty();
    }

    @Test
    void rejectsWhatTheClientsIdRuleRejectsNamingTheSourceAndTheFix() {
        assertThatThrownBy(() -> JobList.parse(A + ",../../admin", "ionq.jobs"))
                .isInstanceOf(ConfigurationProblem.class)
                .hasMessageStartingWith("The job id \"../../admin\" is not valid")
                .hasMessageEndingWith("Fix the value in ionq.jobs.");
        assertThat(JobList.parse("child-7", "<jobs>")).extracting(Entry::id).containsExactly("child-7");
    }

    @Test
    void listEntriesMayThemselvesBeCommaSeparated() {
        assertThat(JobList.parseEach(List.of(A + "," + B), "<jobs>")).extracting(Entry::id).containsExactly(A, B);
    }

    @Test
    void mergeDropsDuplicatesKeepingOrderAndTheRealName() {
        List<Entry> merged = JobList.merge(
                List.of(new Entry(null, B), new Entry(null, A)),
                List.of(new Entry("bell", A), new Entry("ghz", B)));
        assertThat(merged).containsExactly(new Entry("ghz", B), new Entry("bell", A));
    }

    @Test
    void theFirstRealNameWins() {
        List<Entry> merged = JobList.merge(List.of(new Entry("first", A)), List.of(new Entry("second", A)));
        assertThat(merged).containsExactly(new Entry("first", A));
    }
}
