package io.github.ionqci.maven.internal;

import static io.github.ionqci.maven.internal.JobTableTest.COMPLETED;
import static io.github.ionqci.maven.internal.JobTableTest.FAILED;
import static io.github.ionqci.maven.internal.JobTableTest.TIMED_OUT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class AwaitReportsTest {

    static final JobRow CANCELED_ALLOWED = new JobRow("dropped", "2c9d7e55-41f0-4a8b-b6c3-7d1e0f2a3b44", "CANCELED",
            "canceled", "simulator", null, null, null, false, null);

    @TempDir
    Path dir;

    private final AwaitSummary summary = new AwaitSummary(
            List.of(COMPLETED.withResultsFile("results/bell.json"), FAILED, TIMED_OUT, CANCELED_ALLOWED),
            Duration.ofMillis(12_345), Duration.ofMinutes(60), "http://127.0.0.1:8080/v0.4",
            Instant.parse("2026-11-24T10:15:30Z"));

    @Test
    void jsonReportHasCountsVerdictAndEveryJob() throws Exception {
        Path file = dir.resolve("ionq/await-report.json");
        AwaitReports.writeJson(file, summary);
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        assertThat(root.get("passed").asBoolean()).isFalse();
        assertThat(root.get("elapsed_ms").asLong()).isEqualTo(12_345);
        assertThat(root.get("timeout_ms").asLong()).isEqualTo(3_600_000);
        assertThat(root.get("base_url").asText()).isEqualTo("http://127.0.0.1:8080/v0.4");
        JsonNode counts = root.get("counts");
        assertThat(counts.get("total").asInt()).isEqualTo(4);
        assertThat(counts.get("completed").asInt()).isEqualTo(1);
        assertThat(counts.get("failed").asInt()).isEqualTo(1);
        assertThat(counts.get("timed_out").asInt()).isEqualTo(1);
        assertThat(counts.get("canceled").asInt()).isEqualTo(1);
        assertThat(counts.get("not_found").asInt()).isZero();
        JsonNode jobs = root.get("jobs");
        assertThat(jobs).hasSize(4);
        assertThat(jobs.get(0).get("results_file").asText()).isEqualTo("results/bell.json");
        assertThat(jobs.get(0).get("duration_ms").asLong()).isEqualTo(4200);
        assertThat(jobs.get(0).get("failure").isNull()).isTrue();
        assertThat(jobs.get(1).get("failure").get("code").asText()).isEqualTo("NotEnoughQubits");
        assertThat(jobs.get(1).get("fails_build").asBoolean()).isTrue();
        assertThat(jobs.get(2).get("duration_ms").isNull()).isTrue();
        assertThat(jobs.get(3).get("fails_build").asBoolean()).isFalse();
    }

    @Test
    void junitXmlHasOneTestCasePerJobFailuresAndSkips() throws Exception {
        Path file = dir.resolve("ionq/" + AwaitReports.JUNIT_FILE);
        AwaitReports.writeJUnitXml(file, summary);
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        Element suite = xml.getDocumentElement();
        assertThat(suite.getTagName()).isEqualTo("testsuite");
        assertThat(suite.getAttribute("name")).isEqualTo("ionq-await-jobs");
        assertThat(suite.getAttribute("tests")).isEqualTo("4");
        assertThat(suite.getAttribute("failures")).isEqualTo("2");
        assertThat(suite.getAttribute("errors")).isEqualTo("0");
        assertThat(suite.getAttribute("skipped")).isEqualTo("1");
        assertThat(suite.getAttribute("time")).isEqualTo("12.345");
        NodeList cases = suite.getElementsByTagName("testcase");
        assertThat(cases.getLength()).isEqualTo(4);
        Element bell = (Element) cases.item(0);
        assertThat(bell.getAttribute("name")).isEqualTo("bell (" + COMPLETED.id() + ")");
        assertThat(bell.getAttribute("classname")).isEqualTo("ionq.jobs");
        assertThat(bell.getAttribute("time")).isEqualTo("4.200");
        assertThat(bell.getChildNodes().getLength()).isZero();
        Element failed = (Element) ((Element) cases.item(1)).getElementsByTagName("failure").item(0);
        assertThat(failed.getAttribute("type")).isEqualTo("NotEnoughQubits");
        assertThat(failed.getAttribute("message"))
                .isEqualTo("failed: NotEnoughQubits: The job needs 40 qubits; qpu.aria-1 has 25.");
        assertThat(failed.getTextContent()).contains("job " + FAILED.id(), "backend: qpu.aria-1");
        Element timedOut = (Element) ((Element) cases.item(2)).getElementsByTagName("failure").item(0);
        assertThat(timedOut.getAttribute("type")).isEqualTo("TIMED_OUT");
        Element skipped = (Element) ((Element) cases.item(3)).getElementsByTagName("skipped").item(0);
        assertThat(skipped.getAttribute("message")).startsWith("canceled (allowed by configuration)");
    }

    @Test
    void xmlSurvivesMarkupAndControlCharactersInMessages() throws Exception {
        JobRow nasty = new JobRow("<b>&\"quoted\"", JobTableTest.A, "FAILED", "failed", null, null, "Weird\u0001Code",
                "a < b & c > d \u0007 ]]> end", true, null);
        Path file = dir.resolve("nasty.xml");
        AwaitReports.writeJUnitXml(file, new AwaitSummary(List.of(nasty), Duration.ZERO, Duration.ofSeconds(1),
                "https://api.ionq.co/v0.4", Instant.EPOCH));
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        Element testcase = (Element) xml.getElementsByTagName("testcase").item(0);
        assertThat(testcase.getAttribute("name")).startsWith("<b>&\"quoted\"");
        Element failure = (Element) testcase.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("type")).isEqualTo("Weird?Code");
        assertThat(failure.getTextContent()).contains("a < b & c > d ? ]]> end");
    }

    @Test
    void countsTextListsOnlyOutcomesThatOccur() {
        assertThat(summary.countsText()).isEqualTo("4 jobs: 1 completed, 1 failed, 1 canceled, 1 timed out");
        assertThat(summary.failing()).containsExactly(FAILED, TIMED_OUT);
        assertThat(summary.passed()).isFalse();
    }
}
