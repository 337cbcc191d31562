package io.github.ionqci.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class JobIdsTest {

    private static final String A = "e1a09d90-b2ba-4ea5-9fd7-4bfc14eac524";
    private static final String B = "0b6a4e1e-6a4f-4f0e-9a8e-8f8f7f6c1d2b";

    @Test
    void splitsACommaSeparatedListIgnoringBlanksAndSpaces() {
        assertThat(JobIds.parseList(" " + A + " ,, " + B + ",", "ionq.jobs"))
                .containsExactly(JobRef.of(A), JobRef.of(B));
        assertThat(JobIds.parseList(null, "ionq.jobs")).isEmpty();
        assertThat(JobIds.parseList("  ", "ionq.jobs")).isEmpty();
    }

    @Test
    void rejectsSomethingThatIsNotAJobIdNamingTheSourceAndTheFix() {
        assertThatThrownBy(() -> JobIds.parseList(A + ",bell", "ionq.jobs"))
                .isInstanceOf(ConfigurationProblem.class)
                .hasMessageContaining("'bell' in ionq.jobs is not an IonQ job id")
                .hasMessageContaining("expected a UUID")
                .hasMessageContaining("Fix the value in ionq.jobs");
        assertThatThrownBy(() -> JobIds.check("../../admin", "<jobs>"))
                .hasMessageContaining("'../../admin' in <jobs>");
    }

    @Test
    void listEntriesMayThemselvesBeCommaSeparated() {
        assertThat(JobIds.parseEach(List.of(A + "," + B), "<jobs>")).extracting(JobRef::id).containsExactly(A, B);
    }

    @Test
    void mergeDropsDuplicatesKeepingOrderAndTheRealName() {
        List<JobRef> merged = JobIds.merge(
                List.of(JobRef.of(B), JobRef.of(A)),
                List.of(new JobRef("bell", A.toUpperCase()), new JobRef("ghz", B)));
        assertThat(merged).containsExactly(new JobRef("ghz", B), new JobRef("bell", A));
    }

    @Test
    void theFirstRealNameWins() {
        List<JobRef> merged = JobIds.merge(List.of(new JobRef("first", A)), List.of(new JobRef("second", A)));
        assertThat(merged).containsExactly(new JobRef("first", A));
    }
}
