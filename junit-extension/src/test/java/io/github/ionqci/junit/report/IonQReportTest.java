package io.github.ionqci.junit.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ionqci.junit.run.IonQRun;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class IonQReportTest {

    @TempDir
    Path dir;

    private final IonQReport report = new IonQReport();

    @Test
    void writesOneSelfContainedPageWithFailuresFirst() throws Exception {
        IonQRun run = SampleChecks.run(dir);
        List<CheckRecord> checks = run.report().checks();
        assertThat(checks).hasSize(10);
        long failed = checks.stream().filter(c -> !c.passed()).count();
        assertThat(failed).isEqualTo(4);

        Path page = run.report().writeTo(dir.resolve("target/ionq-reports"));
        assertThat(page).hasFileName("index.html");
        String html = Files.readString(page);

        // self-contained: no scripts, no external resources of any kind
        assertThat(html).doesNotContain("<script", "<link", "src=", "@import", "url(", "href=\"http", "<iframe", "<img");
        assertThat(html).startsWith("<!DOCTYPE html>");
        // every piece of text is escaped: the method name with markup in it appears only escaped
        assertThat(html).contains("rotates &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;measures&quot;");

        Document doc = parse(html);
        XPath xpath = XPathFactory.newInstance().newXPath();
        assertThat(xpath.evaluate("/html/head/title", doc)).isEqualTo("IonQ distribution checks: 4 failed");
        assertThat(xpath.evaluate("normalize-space(//header/p[@class='totals'])", doc))
                .startsWith("10 checks: 4 failed, 6 passed. Generated ");
        assertThat(xpath.evaluate("normalize-space(//header/p[@class='note'])", doc))
                .isEqualTo("Outcomes are bitstrings with qubit 0 rightmost (IonQ's decimal state key written in binary: "
                        + "key 1 on three qubits is 001).");
        assertThat(xpath.evaluate("normalize-space(//header/p[2])", doc)).startsWith(
                "Statistical checks: 3, family-wise α = 0.001. Each was decided when it ran at Holm's most conservative level");

        NodeList sections = (NodeList) xpath.evaluate("//section", doc, XPathConstants.NODESET);
        assertThat(sections.getLength()).isEqualTo(10);
        List<String> order = new ArrayList<>();
        for (int i = 0; i < sections.getLength(); i++) {
            order.add(((Element) sections.item(i)).getAttribute("class"));
        }
        assertThat(order).containsExactly("check fail", "check fail", "check fail", "check fail",
                "check pass", "check pass", "check pass", "check pass", "check pass", "check pass");

        // each check: a chart with a bar per outcome and series, its statistic, threshold, job and backend
        Element leaking = section(xpath, doc, "BellStateTest.leaksUnderNoise", "goodness of fit");
        assertThat(xpath.evaluate("count(.//svg//rect[title])", leaking)).isEqualTo("8");   // 4 outcomes × (observed, expected)
        assertThat(xpath.evaluate(".//svg//text[@class='outcome'][1]", leaking)).isEqualTo("00");
        assertThat(xpath.evaluate("normalize-space(.//dt[.='Statistic']/following-sibling::dd[1])", leaking)).isEqualTo("X² = ∞");
        assertThat(xpath.evaluate("normalize-space(.//dt[.='Threshold']/following-sibling::dd[1])", leaking))
                .startsWith("fails at p ≤ 0.0005; detects TVD ≥ ").endsWith(" (power 0.9)");
        assertThat(xpath.evaluate(".//p[@class='explain']", leaking)).startsWith("Outcomes the expected distribution gives probability 0");
        assertThat(xpath.evaluate(".//details/pre", leaking)).startsWith("Expecting the histogram to fit the expected distribution");

        Element onAria = section(xpath, doc, "GhzTest.ghzOnAria", "Total variation distance");
        assertThat(xpath.evaluate("normalize-space(.//dt[.='Job']/following-sibling::dd[1])", onAria))
                .isEqualTo("7f4c2a9e-1d3b-4e8a-b6c5-9a0e2f1d3c4b");
        assertThat(xpath.evaluate("normalize-space(.//dt[.='Backend']/following-sibling::dd[1])", onAria)).isEqualTo("qpu.aria-1");
        assertThat(xpath.evaluate("normalize-space(.//dt[.='Shots']/following-sibling::dd[1])", onAria)).isEqualTo("2000");
        assertThat(xpath.evaluate(".//svg//rect[title][1]/title", onAria)).isEqualTo("000 observed: 0.4805");

        Element passing = section(xpath, doc, "BellStateTest.entangles", "goodness of fit");
        assertThat(xpath.evaluate("count(.//details)", passing)).isEqualTo("0");
        assertThat(xpath.evaluate("normalize-space(.//dt[.='p-value']/following-sibling::dd[1])", passing)).isEqualTo("0.2301");
        assertThat(xpath.evaluate("normalize-space(.//dt[.='Holm over the run']/following-sibling::dd[1])", passing))
                .isEqualTo("not rejected among 3 statistical checks");
    }

    @Test
    void manyOutcomesAreCappedAndTheRestSummed() throws Exception {
        Map<String, Double> observed = new java.util.TreeMap<>();
        for (int s = 0; s < 64; s++) {
            observed.put(String.format("%6s", Integer.toBinaryString(s)).replace(' ', '0'), 1 / 64.0);
        }
        report.record(CheckRecord.builder(CheckKind.TOTAL_VARIATION).test("WideTest.uniform").statistic("TVD", 0.01)
                .threshold("≤ 0.05").passed(true).observed(observed, 64_000L).build());
        Document doc = parse(Files.readString(report.writeTo(dir)));
        XPath xpath = XPathFactory.newInstance().newXPath();
        assertThat(xpath.evaluate("count(//svg//rect[title])", doc)).isEqualTo(String.valueOf(HtmlReport.MAX_OUTCOMES_CHARTED));
        assertThat(xpath.evaluate("normalize-space(//figcaption)", doc)).isEqualTo(
                "Probability per outcome (qubit 0 rightmost); 32 less likely outcomes not drawn (observed 0.5 in total).");
    }

    @Test
    void anEmptyRunStillWritesAPage() throws Exception {
        Document doc = parse(Files.readString(report.writeTo(dir)));
        XPath xpath = XPathFactory.newInstance().newXPath();
        assertThat(xpath.evaluate("/html/head/title", doc)).isEqualTo("IonQ distribution checks: all passed");
        assertThat(xpath.evaluate("normalize-space(/html/body/p[last()])", doc)).isEqualTo("No distribution checks ran.");
    }

    private static Element section(XPath xpath, Document doc, String test, String kind) throws Exception {
        Element found = (Element) xpath.evaluate("//section[h2[contains(., '" + test + "') and span[@class='kind' and contains(., '"
                + kind + "')]]]", doc, XPathConstants.NODE);
        assertThat(found).as("section of %s", test).isNotNull();
        return found;
    }

    /** The page is well-formed XML as well as HTML, so it can be inspected with XPath. */
    private static Document parse(String html) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setExpandEntityReferences(false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        return builder.parse(new InputSource(new StringReader(html)));
    }
}
