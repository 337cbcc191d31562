package io.github.ionqci.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ionqci.junit.run.TestIdentity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every Java snippet in {@code docs/extension.md} that names its fixture, as in {@code (`BatchFixture`)}
 * right after the block, is the fixture's code line for line, so the page shows tested code.
 */
class DocsSnippetsTest {

    private static final Pattern SNIPPET = Pattern.compile("```java\\n(.*?)```\\n\\(`(\\w+)`", Pattern.DOTALL);

    @Test
    void snippetsAreCopiedFromTheFixtures() throws IOException {
        Path project = TestIdentity.defaultProjectDir();
        String page = Files.readString(project.resolve("../docs/extension.md"));
        Matcher matcher = SNIPPET.matcher(page);
        int checked = 0;
        while (matcher.find()) {
            List<String> snippet = lines(matcher.group(1));
            Path fixture = project.resolve("src/test/java/io/github/ionqci/junit/fixtures/" + matcher.group(2) + ".java");
            List<String> source = lines(Files.readString(fixture));
            assertThat(Collections.indexOfSubList(source, snippet))
                    .as("the snippet followed by (`%s`) in docs/extension.md, as found in %s:%n%s", matcher.group(2),
                            fixture, String.join("\n", snippet))
                    .isNotNegative();
            checked++;
        }
        assertThat(checked).as("snippets checked").isGreaterThanOrEqualTo(8);
    }

    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
        }
        return lines;
    }
}
