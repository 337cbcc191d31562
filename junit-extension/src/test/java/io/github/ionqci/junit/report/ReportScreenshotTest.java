package io.github.ionqci.junit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Renders the sample report in headless Chromium, to look at: run with
 * {@code -Dionq.report.screenshot=true} (and {@code -Dionq.report.chromium=/path/to/chromium} if it is not
 * on the PATH); the page and {@code report.png} land in {@code target/ionq-report-sample/}.
 */
@EnabledIfSystemProperty(named = "ionq.report.screenshot", matches = "true")
class ReportScreenshotTest {

    @Test
    void rendersInHeadlessChromium() throws Exception {
        Path out = Path.of("target/ionq-report-sample").toAbsolutePath();
        {
            Path page = SampleChecks.run(out).report().writeTo(out);
            Path png = out.resolve("report.png");
            Files.deleteIfExists(png);
            Process chromium = new ProcessBuilder(List.of(System.getProperty("ionq.report.chromium", "chromium"),
                    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--hide-scrollbars", "--screenshot=" + png, "--window-size=1200,"
                            + System.getProperty("ionq.report.height", "2400"), page.toUri().toString()))
                    .redirectErrorStream(true)
                    .redirectOutput(out.resolve("chromium.log").toFile())
                    .start();
            boolean finished = chromium.waitFor(90, TimeUnit.SECONDS);
            if (!finished) {
                chromium.destroyForcibly();
            }
            assertThat(finished).as("chromium finished within 90 s").isTrue();
            assertThat(png).exists();
            assertThat(Files.size(png)).isGreaterThan(20_000);
        }
    }
}
