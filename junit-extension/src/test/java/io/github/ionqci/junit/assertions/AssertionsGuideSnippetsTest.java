package io.github.ionqci.junit.assertions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every {@code // doc:name} block of {@link AssertionsGuideTest} and {@link SimulationGuideTest} appears verbatim
 * in {@code docs/assertions.md}.
 */
class AssertionsGuideSnippetsTest {

    private static final Pattern BLOCK = Pattern.compile("\\n *// doc:([a-z-]+)\\n(.*?)\\n *// end", Pattern.DOTALL);

    @Test
    void theGuideShowsTheTestedCode() throws IOException {
        String source = Files.readString(Path.of("src/test/java/io/github/ionqci/junit/assertions/AssertionsGuideTest.java"))
                + Files.readString(Path.of("src/test/java/io/github/ionqci/junit/assertions/SimulationGuideTest.java"));
        String guide = unindented(Files.readString(Path.of("../docs/assertions.md")));
        List<String> names = new ArrayList<>();
        Matcher block = BLOCK.matcher(source);
        while (block.find()) {
            String code = unindented(block.group(2));
            names.add(block.group(1));
            assertThat(guide).as("docs/assertions.md shows snippet %s", block.group(1)).contains(code);
        }
        assertThat(names).contains("ideal", "noisy", "noisy-exact", "margin", "homogeneity", "baseline", "failed",
                "client", "statistics", "report",
                "equivalence", "prepares", "matches-simulation", "shots");
    }

    /** Line by line without leading spaces, so a snippet nested in a list item still matches. */
    private static String unindented(String text) {
        return text.lines().map(String::stripLeading).reduce((a, b) -> a + "\n" + b).orElse("");
    }
}
