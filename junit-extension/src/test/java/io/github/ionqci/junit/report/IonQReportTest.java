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
        assertThat(checks).hasSize(15);
        long failed = checks.stream().filter(c -> !c.passed()).count();
        assertThat(failed).isEqualTo(5);

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
        assertThat(xpath.evaluate("/html/head/title", doc)).isEqualTo("IonQ distribution checks: 5 failed");
        assertThat(xpath.evaluate("normalize-space(//header/p[@class='totals'])", doc))
                .startsWith("15 checks: 5 failed, 10 passed. Generated ");
        assertThat(xpath.evaluate("normalize-space(//header/p[@class='note'])", doc))
                .isEqualTo("Outcomes are bitstrings with qubit 0 rightmost (IonQ's decimal state key written in binary: "
                        + "key 1 on three qubits is 001).");
        assertThat(xpath.evaluate("normalize-space(//header/p[2])", doc)).startsWith(
                "Statistical checks: 3, family-wise α = 0.001. Each was decided when it ran at Holm's most conservative level");

        NodeList sections = (NodeList) xpath.evaluate("//section", doc, XPathConstants.NODESET);
        assertThat(sections.getLength()).isEqualTo(15);
        List<String> order = new ArrayList<>();
        for (int i = 0; i < sections.getLength(); i++) {
            order.add(((Element) sections.item(i)).getAttribute("class"));
        }
        assertThat(order.subList(0, 5)).containsOnly("check fail");
        assertThat(order.subList(5, 15)).containsOnly("check pass");

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
                .isEqualTo(SampleChecks.GHZ_JOB);
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
    void aToleranceBelowTheDetectableShiftIsMarkedUnderpoweredNotFailed() throws Exception {
        IonQRun run = SampleChecks.run(dir);
        CheckRecord uniform = run.report().checks().stream()
                .filter(c -> c.test().endsWith("sixteenOutcomes")).findFirst().orElseThrow();
        // tvd(0.01) on 16 outcomes at 10,105 shots: a goodness-of-fit test at α = 0.001 needs a larger shift
        assertThat(uniform.declaredTvd()).isEqualTo(0.01);
        assertThat(uniform.detectableTvd()).isGreaterThan(0.01).isLessThan(1);
        assertThat(uniform.underpowered()).isTrue();
        assertThat(uniform.passed()).isTrue();
        CheckRecord bell = run.report().checks().stream()
                .filter(c -> c.test().endsWith("entangles") && c.kind() == CheckKind.TOTAL_VARIATION).findFirst().orElseThrow();
        assertThat(bell.detectableTvd()).isLessThan(0.03);   // tvd(0.03) at 10,000 shots on two outcomes
        assertThat(bell.underpowered()).isFalse();

        Document doc = parse(Files.readString(run.report().writeTo(dir)));
        XPath xpath = XPathFactory.newInstance().newXPath();
        long underpowered = run.report().checks().stream().filter(CheckRecord::underpowered).count();
        assertThat(xpath.evaluate("normalize-space(//header/p[@class='underpowered'])", doc)).startsWith(underpowered
                + (underpowered == 1 ? " check is underpowered" : " checks are underpowered"));
        assertThat(xpath.evaluate("count(//table[@class='index']//span[@class='badge underpowered'])", doc))
                .isEqualTo(String.valueOf(underpowered));
        Element section = section(xpath, doc, "UniformTest.sixteenOutcomes", "Total variation distance");
        assertThat(section.getAttribute("class")).isEqualTo("check pass");
        assertThat(xpath.evaluate("normalize-space(h2/span[@class='badge underpowered'])", section)).isEqualTo("UNDERPOWERED");
        assertThat(xpath.evaluate("normalize-space(p[@class='underpowered'])", section)).isEqualTo(
                "Underpowered (a warning, not a failure): the declared tolerance 0.01 is below "
                        + Numbers.number(uniform.detectableTvd()) + ", the smallest TVD " + uniform.observedShots() + " shots detect with power 0.9. "
                        + "Shot noise hides deviations of the declared size: raise the shots (IonQStatistics.shotsToDetect "
                        + "plans them) or widen the tolerance.");
        assertThat(xpath.evaluate("normalize-space(.//dt[.='Detectable shift']/following-sibling::dd[1])", section))
                .isEqualTo("TVD ≥ " + Numbers.number(uniform.detectableTvd()) + " at power 0.9 with " + uniform.observedShots()
                        + " shots");
        Element entangles = section(xpath, doc, "BellStateTest.entangles", "Total variation distance");
        assertThat(xpath.evaluate("count(.//span[@class='badge underpowered'])", entangles)).isEqualTo("0");
        assertThat(xpath.evaluate("normalize-space(.//dt[.='Detectable shift']/following-sibling::dd[1])", entangles))
                .startsWith("TVD ≥ ");
    }

    @Test
    void aProbabilityCheckDrawsTheWholeExpectedDistributionTheChainKnows() throws Exception {
        Document doc = parse(Files.readString(SampleChecks.run(dir).report().writeTo(dir)));
        XPath xpath = XPathFactory.newInstance().newXPath();
        // after isCloseTo(Map.of("000", 0.5, "111", 0.5), …) in the same chain: both expected bars
        Element known = section(xpath, doc, "GhzTest.ghzOnAria", "Probability of 000");
        assertThat(xpath.evaluate("count(.//svg//rect[title[contains(., ' expected: 0.5000')]])", known)).isEqualTo("2");
        assertThat(xpath.evaluate(".//svg//rect[title[contains(., '111 expected')]]/title", known))
                .isEqualTo("111 expected: 0.5000");
        assertThat(xpath.evaluate("normalize-space(.//dt[.='Threshold']/following-sibling::dd[1])", known))
                .startsWith("0.5 ± 0.03; detects TVD ≥ ");
        // the containsOnlyOutcomes that follows draws them too
        Element outcomes = section(xpath, doc, "GhzTest.ghzOnAria", "Outcomes present");
        assertThat(xpath.evaluate("count(.//svg//rect[title[contains(., ' expected: 0.5000')]])", outcomes)).isEqualTo("2");

        // alone, only the checked outcome's expectation is known
        report.record(CheckRecordsOf.probabilityAlone());
        Document alone = parse(Files.readString(report.writeTo(dir.resolve("alone"))));
        assertThat(xpath.evaluate("count(//svg//rect[title[contains(., ' expected: 0.5000')]])", alone)).isEqualTo("1");
        assertThat(xpath.evaluate("//svg//rect[title[contains(., '00 expected')]]/title", alone)).isEqualTo("00 expected: 0.0000");
    }

    @Test
    void theOutcomesBehindAFailureAreListedLargestFirstAndTheLegendSitsOutsideThePlot() throws Exception {
        Document doc = parse(Files.readString(SampleChecks.run(dir).report().writeTo(dir)));
        XPath xpath = XPathFactory.newInstance().newXPath();
        Element leaking = section(xpath, doc, "BellStateTest.leaksUnderNoise", "goodness of fit");
        NodeList rows = (NodeList) xpath.evaluate(".//table[@class='contributions']/tbody/tr", leaking, XPathConstants.NODESET);
        List<String> outcomes = new ArrayList<>();
        List<String> classes = new ArrayList<>();
        for (int i = 0; i < rows.getLength(); i++) {
            outcomes.add(xpath.evaluate("normalize-space(td[1])", rows.item(i)));
            classes.add(((Element) rows.item(i)).getAttribute("class"));
        }
        // 4,820 / 95 / 88 / 4,997 of 10,000 against 0.5 / 0 / 0 / 0.5: the forbidden leaks add ∞ to X², then 00
        assertThat(outcomes).containsExactly("01", "10", "00", "11");
        assertThat(classes).containsExactly("forbidden", "forbidden", "", "");
        assertThat(xpath.evaluate("normalize-space(.//table[@class='contributions']/tbody/tr[1]/td[4])", leaking))
                .isEqualTo("+0.0095");
        assertThat(xpath.evaluate("normalize-space(.//table[@class='contributions']/tbody/tr[1]/td[5])", leaking))
                .isEqualTo("∞");
        assertThat(xpath.evaluate("normalize-space(.//table[@class='contributions']/tbody/tr[3]/td[5])", leaking))
                .isEqualTo("6.48");   // 10,000 · 0.018² / 0.5
        // Grover: the tall 101 bar is off by most, but X² is driven by the small bins 001 and 111 (17.96 each)
        Element grover = section(xpath, doc, "GroverTest.findsTheMarkedState", "goodness of fit");
        assertThat(xpath.evaluate("normalize-space(.//table[@class='contributions']/tbody/tr[1]/td[1])", grover)).isEqualTo("001");
        assertThat(xpath.evaluate("normalize-space(.//table[@class='contributions']/tbody/tr[2]/td[1])", grover)).isEqualTo("111");
        assertThat(xpath.evaluate("normalize-space(.//table[@class='contributions']/tbody/tr[1]/td[5])", grover)).isEqualTo("17.96");
        // a distance check ranks by |observed − expected|, with its share of the sum
        Element ghz = section(xpath, doc, "GhzTest.ghzOnAria", "Total variation distance");
        assertThat(xpath.evaluate("normalize-space(.//table[@class='contributions']/tbody/tr[1]/td[1])", ghz)).isEqualTo("000");
        assertThat(xpath.evaluate("normalize-space(.//table[@class='contributions']/tbody/tr[1]/td[5])", ghz)).isEqualTo("40.6 %");

        // the legend is HTML above the chart, never drawn inside the plot over a bar's label
        assertThat(xpath.evaluate("count(//svg//*[@class='legend'])", doc)).isEqualTo("0");
        assertThat(xpath.evaluate("normalize-space(.//figure/div[@class='legend'])", leaking)).isEqualTo("observed expected");
    }

    @Test
    void jobIdsShowTheirDistinguishingEndAndJobChecksAppear() throws Exception {
        Document doc = parse(Files.readString(SampleChecks.run(dir).report().writeTo(dir)));
        XPath xpath = XPathFactory.newInstance().newXPath();
        // two UUIDv7 ids of one run share their first 18 characters: the index shows their last 12
        assertThat(xpath.evaluate("//table[@class='index']//code[@title='" + SampleChecks.GHZ_JOB + "'][1]", doc))
                .isEqualTo("…4f6a2c8d0e17");
        assertThat(xpath.evaluate("//table[@class='index']//code[@title='" + SampleChecks.TOO_WIDE_JOB + "'][1]", doc))
                .isEqualTo("…81d0b93e6f42");
        Element code = section(xpath, doc, "GhzTest.rejectsTooWideCircuits", "Failure code NotEnoughQubits");
        assertThat(code.getAttribute("class")).isEqualTo("check pass");
        assertThat(xpath.evaluate("normalize-space(.//dt[.='Found']/following-sibling::dd[1])", code))
                .isEqualTo("failed (NotEnoughQubits: The circuit needs 40 qubits; qpu.aria-1 has 25)");
        assertThat(xpath.evaluate("normalize-space(.//dt[.='Expected']/following-sibling::dd[1])", code))
                .isEqualTo("code NotEnoughQubits");
        assertThat(xpath.evaluate(".//dt[.='Job']/following-sibling::dd[1]//strong", code)).isEqualTo("81d0b93e6f42");
        Element status = section(xpath, doc, "GhzTest.rejectsTooWideCircuits", "Status failed");
        assertThat(status.getAttribute("class")).isEqualTo("check pass");
        Element notCompleted = section(xpath, doc, "GhzTest.runsFortyQubits", "Status completed");
        assertThat(notCompleted.getAttribute("class")).isEqualTo("check fail");
        assertThat(xpath.evaluate("normalize-space(//table[@class='index']//tr[td/a[contains(., 'runsFortyQubits')]]/td[4])", doc))
                .isEqualTo("failed");   // the index shows the status, the section the failure too
        assertThat(xpath.evaluate(".//details/pre", notCompleted))
                .startsWith("Expecting job " + SampleChecks.TOO_WIDE_JOB + " to be completed, but it failed.");
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
