package io.github.ionqci.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class JobTableTest {

    static final String A = "e1a09d90-b2ba-4ea5-9fd7-4bfc14eac524";
    static final String B = "0b6a4e1e-6a4f-4f0e-9a8e-8f8f7f6c1d2b";
    static final String C = "8e3f1a52-0d7b-4c41-9f3e-5b2a6c9d0e11";

    static final JobRow COMPLETED = new JobRow("bell", A, "COMPLETED", "completed", "simulator",
            Duration.ofMillis(4200), null, null, false, null);
    static final JobRow FAILED = new JobRow("too-wide", B, "FAILED", "failed", "qpu.aria-1",
            Duration.ofSeconds(65), "NotEnoughQubits", "The job needs 40 qubits;\nqpu.aria-1 has 25.", true, null);
    static final JobRow TIMED_OUT = new JobRow(C, C, "TIMED_OUT", "ready", "qpu.forte-1", null, null, null, true, null);

    @Test
    void rendersAHeaderAndOneAlignedRowPerJob() {
        List<String> lines = JobTable.render(List.of(COMPLETED, FAILED, TIMED_OUT));
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith("NAME").contains("ID", "STATUS", "BACKEND", "DURATION", "FAILURE");
        assertThat(lines.get(1)).matches("bell\\s+" + A + "\\s+completed\\s+simulator\\s+4\\.2s");
        assertThat(lines.get(2)).matches("too-wide\\s+" + B + "\\s+failed\\s+qpu\\.aria-1\\s+1m5s\\s+"
                + "NotEnoughQubits: The job needs 40 qubits; qpu\\.aria-1 has 25\\.");
        assertThat(lines.get(3)).contains("timed out", "qpu.forte-1", " - ", "still ready when the wait timed out");
        int idColumn = lines.get(0).indexOf("ID");
        assertThat(lines.subList(1, 4)).allSatisfy(line -> assertThat(line.substring(idColumn)).matches("[0-9a-f-]{36}.*"));
    }

    @Test
    void longNamesAndFailuresAreCut() {
        JobRow row = new JobRow("n".repeat(100), A, "FAILED", "failed", null, null, "InternalError",
                "x".repeat(500), true, null);
        String line = JobTable.render(List.of(row)).get(1);
        assertThat(line).startsWith("n".repeat(JobTable.MAX_NAME - 1) + "…");
        assertThat(line).endsWith("…").hasSizeLessThan(JobTable.MAX_NAME + 36 + JobTable.MAX_FAILURE + 40);
    }

    @Test
    void aJobNeverFetchedBeforeTheTimeoutShowsTheLastError() {
        JobRow unreachable = new JobRow("bell", A, "TIMED_OUT", null, null, null, null,
                "Could not connect to api.ionq.co: Connection refused", true, null);
        assertThat(unreachable.problem())
                .isEqualTo("not fetched before the timeout: Could not connect to api.ionq.co: Connection refused");
        JobRow notFound = new JobRow(B, B, "NOT_FOUND", null, null, null, null, null, true, null);
        assertThat(JobTable.render(List.of(notFound)).get(1)).contains("not found", "no such job");
    }

    @Test
    void durationsUseTheOneShortFormatAndADashWhenUnknown() {
        JobRow hour = new JobRow("long", A, "COMPLETED", "completed", "simulator", Duration.ofMinutes(62),
                null, null, false, null);
        assertThat(JobTable.render(List.of(hour, TIMED_OUT)).get(1)).contains(" 1h2m");
        assertThat(JobTable.render(List.of(TIMED_OUT)).get(1)).contains(" - ");
    }
}
