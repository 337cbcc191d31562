package io.github.ionqci.junit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two runs of one build (Surefire tests, then Failsafe ITs) both stay in {@code index.html}; a later run of
 * the same test classes replaces the earlier one.
 */
class ReportDirectoryTest {

    @TempDir
    Path dir;

    private static IonQReport report(String test, boolean passed) {
        IonQReport report = new IonQReport();
        report.record(CheckRecord.builder(CheckKind.TOTAL_VARIATION).test(test).statistic("TVD", 0.01)
                .threshold("≤ 0.05").passed(passed).observed(Map.of("00", 0.5, "11", 0.5), 1000L).build());
        return report;
    }

    @Test
    void bothPhasesStayVisibleAndARerunReplacesItsOwnPhase() throws Exception {
        Instant start = Instant.parse("2026-05-04T10:00:00Z");
        ReportDirectory.Published tests = ReportDirectory.publish(dir, report("BellTest.entangles", true), start);
        ReportDirectory.Published its = ReportDirectory.publish(dir, report("BellIT.onTheEmulator", false),
                start.plusSeconds(60));

        assertThat(its.index()).isEqualTo(dir.resolve("index.html"));
        assertThat(its.runs()).isEqualTo(2);
        assertThat(its.checks()).isEqualTo(2);
        assertThat(its.failed()).isEqualTo(1);
        assertThat(tests.page()).exists().hasParent(dir.resolve("runs"));
        String index = Files.readString(its.index());
        assertThat(index).contains("<title>IonQ distribution checks: 1 failed</title>", "BellTest.entangles",
                "BellIT.onTheEmulator", "href=\"runs/" + tests.page().getFileName() + "\"",
                "href=\"runs/" + its.page().getFileName() + "\"");
        // anchors of the two runs do not collide
        assertThat(index).contains("id=\"" + fileId(tests.page()) + "-check-1\"", "id=\"" + fileId(its.page()) + "-check-1\"");

        ReportDirectory.Published again = ReportDirectory.publish(dir, report("BellTest.entangles", false),
                start.plusSeconds(120));
        assertThat(again.runs()).isEqualTo(2);
        assertThat(again.failed()).isEqualTo(2);
        assertThat(tests.page()).doesNotExist();
        assertThat(its.page()).exists();
    }

    @Test
    void aRunWithoutChecksKeepsTheOthersAndAnEmptyDirectoryStillGetsAPage() throws Exception {
        ReportDirectory.Published empty = ReportDirectory.publish(dir, new IonQReport(), Instant.now());
        assertThat(empty.page()).isNull();
        assertThat(Files.readString(empty.index())).contains("No distribution checks ran.");

        ReportDirectory.publish(dir, report("BellTest.entangles", true), Instant.now());
        ReportDirectory.Published after = ReportDirectory.publish(dir, new IonQReport(), Instant.now());
        assertThat(after.runs()).isEqualTo(1);
        assertThat(Files.readString(after.index())).contains("BellTest.entangles");
    }

    private static String fileId(Path page) {
        String name = page.getFileName().toString();
        return name.substring(0, name.length() - ".html".length());
    }
}
