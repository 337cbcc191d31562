package io.github.ionqci.maven.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes the reports of {@code ionq:await-jobs}: {@code await-report.json} for scripts, and
 * {@code TEST-ionq-await-jobs.xml} in the JUnit XML format so that CI servers (Jenkins, GitLab, GitHub
 * test reporters) show each job as a test case.
 *
 * <pre>{@code
 * AwaitReports.writeJson(dir.resolve(AwaitReports.JSON_FILE), summary);
 * AwaitReports.writeJUnitXml(dir.resolve(AwaitReports.JUNIT_FILE), summary);
 * }</pre>
 */
public final class AwaitReports {

    /** File name of the JSON report. */
    public static final String JSON_FILE = "await-report.json";
    /** File name of the JUnit XML report. */
    public static final String JUNIT_FILE = "TEST-ionq-await-jobs.xml";
    /** The test-suite name in the JUnit XML. */
    public static final String SUITE = "ionq-await-jobs";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private AwaitReports() {
    }

    /**
     * @param file    where to write; parent folders are created
     * @param summary what to write
     */
    public static void writeJson(Path file, AwaitSummary summary) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("finished_at", summary.finishedAt().toString());
        root.put("base_url", summary.baseUrl());
        root.put("timeout_ms", summary.timeout().toMillis());
        root.put("elapsed_ms", summary.elapsed().toMillis());
        root.put("passed", summary.passed());
        ObjectNode counts = root.putObject("counts");
        counts.put("total", summary.rows().size());
        for (Map.Entry<String, Integer> entry : summary.counts().entrySet()) {
            counts.put(entry.getKey().toLowerCase(Locale.ROOT), entry.getValue());
        }
        ObjectNode total = root.putObject("total_cost");
        summary.totalCost().forEach(total::put);
        ArrayNode jobs = root.putArray("jobs");
        for (JobRow row : summary.rows()) {
            ObjectNode job = jobs.addObject();
            job.put("name", row.name());
            job.put("id", row.id());
            job.put("outcome", row.outcome());
            job.put("status", row.status());
            job.put("backend", row.backend());
            if (row.duration() == null) {
                job.putNull("duration_ms");
            } else {
                job.put("duration_ms", row.duration().toMillis());
            }
            if (row.failureCode() == null && row.failureMessage() == null) {
                job.putNull("failure");
            } else {
                ObjectNode failure = job.putObject("failure");
                failure.put("code", row.failureCode());
                failure.put("message", row.failureMessage());
            }
            job.put("fails_build", row.failsBuild());
            job.put("results_file", row.resultsFile());
            if (row.cost() == null) {
                job.putNull("cost");
            } else {
                ObjectNode cost = job.putObject("cost");
                cost.put("value", row.cost().value());
                cost.put("unit", row.cost().unit());
            }
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            MAPPER.writeValue(file.toFile(), root);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    /**
     * Writes one test suite with one test case per job. A job that fails the goal is a {@code <failure>}
     * (its type the failure code or the outcome); a canceled, timed-out or missing job that does not fail it
     * (because {@code failOnCanceled} etc. are false) is {@code <skipped>}.
     *
     * @param file    where to write; parent folders are created
     * @param summary what to write
     */
    public static void writeJUnitXml(Path file, AwaitSummary summary) {
        long failures = summary.rows().stream().filter(JobRow::failsBuild).count();
        long skipped = summary.rows().stream().filter(r -> !r.failsBuild() && !r.completed()).count();
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
                xml.writeStartDocument("UTF-8", "1.0");
                xml.writeCharacters("\n");
                xml.writeStartElement("testsuite");
                xml.writeAttribute("name", SUITE);
                xml.writeAttribute("tests", Integer.toString(summary.rows().size()));
                xml.writeAttribute("failures", Long.toString(failures));
                xml.writeAttribute("errors", "0");
                xml.writeAttribute("skipped", Long.toString(skipped));
                xml.writeAttribute("time", seconds(summary.elapsed().toMillis()));
                xml.writeAttribute("timestamp", summary.finishedAt().toString());
                if (summary.totalCostText() != null) {
                    xml.writeCharacters("\n  ");
                    xml.writeStartElement("properties");
                    xml.writeCharacters("\n    ");
                    xml.writeEmptyElement("property");
                    xml.writeAttribute("name", "total_cost");
                    xml.writeAttribute("value", summary.totalCostText());
                    xml.writeCharacters("\n  ");
                    xml.writeEndElement();
                }
                for (JobRow row : summary.rows()) {
                    xml.writeCharacters("\n  ");
                    xml.writeStartElement("testcase");
                    xml.writeAttribute("classname", "ionq.jobs");
                    xml.writeAttribute("name", clean(row.label()));
                    xml.writeAttribute("time", seconds(row.duration() == null ? 0 : row.duration().toMillis()));
                    if (row.cost() != null) {
                        xml.writeCharacters("\n    ");
                        xml.writeStartElement("properties");
                        xml.writeEmptyElement("property");
                        xml.writeAttribute("name", "cost");
                        xml.writeAttribute("value", row.cost().text());
                        xml.writeEndElement();
                        if (!row.failsBuild() && row.completed()) {
                            xml.writeCharacters("\n  ");
                        }
                    }
                    if (row.failsBuild()) {
                        xml.writeCharacters("\n    ");
                        xml.writeStartElement("failure");
                        xml.writeAttribute("type", clean(row.failureCode() != null ? row.failureCode() : row.outcome()));
                        xml.writeAttribute("message", clean(JobTable.oneLine(row.outcomeText() + ": " + row.problem())));
                        xml.writeCharacters(clean(details(row)));
                        xml.writeEndElement();
                        xml.writeCharacters("\n  ");
                    } else if (!row.completed()) {
                        xml.writeCharacters("\n    ");
                        xml.writeEmptyElement("skipped");
                        xml.writeAttribute("message", clean(JobTable.oneLine(row.outcomeText() + " (allowed by configuration): " + row.problem())));
                        xml.writeCharacters("\n  ");
                    }
                    xml.writeEndElement();
                }
                xml.writeCharacters("\n");
                xml.writeEndElement();
                xml.writeCharacters("\n");
                xml.writeEndDocument();
                xml.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static String details(JobRow row) {
        return "job " + row.id() + " (" + row.name() + ")\n"
                + "outcome: " + row.outcomeText() + "\n"
                + "status: " + (row.status() == null ? "-" : row.status()) + "\n"
                + "backend: " + (row.backend() == null ? "-" : row.backend()) + "\n"
                + "cost: " + (row.cost() == null ? "-" : row.cost().text()) + "\n"
                + "failure: " + row.problem() + "\n";
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
    }

    /** Removes the characters XML 1.0 cannot carry (control characters other than tab, CR, LF). */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
            out.appendCodePoint(allowed ? c : '?');
        });
        return out.toString();
    }
}
