package io.github.ionqci.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobsFileTest {

    private static final String A = "e1a09d90-b2ba-4ea5-9fd7-4bfc14eac524";
    private static final String B = "0b6a4e1e-6a4f-4f0e-9a8e-8f8f7f6c1d2b";

    @TempDir
    Path dir;

    @Test
    void readsTheJsonFormByName() throws Exception {
        Path file = write("{\n  \"bell\": \"" + A + "\",\n  \"ghz3\": \" " + B + " \"\n}\n");
        assertThat(JobsFile.read(file)).containsExactly(new JobRef("bell", A), new JobRef("ghz3", B));
    }

    @Test
    void readsThePlainFormWithCommentsBlankLinesAndAByteOrderMark() throws Exception {
        Path file = write("\uFEFF# nightly jobs\n\n" + A + "\n   " + B + "   \r\n# end\n");
        assertThat(JobsFile.read(file)).containsExactly(JobRef.of(A), JobRef.of(B));
    }

    @Test
    void anEmptyFileHasNoJobs() throws Exception {
        assertThat(JobsFile.read(write(""))).isEmpty();
        assertThat(JobsFile.read(write("{}"))).isEmpty();
    }

    @Test
    void aMissingFileSaysHowToGetOne() {
        assertThatThrownBy(() -> JobsFile.read(dir.resolve("jobs.json")))
                .isInstanceOf(ConfigurationProblem.class)
                .hasMessageContaining("does not exist")
                .hasMessageContaining("Run ionq:submit first");
    }

    @Test
    void badJsonNamesTheLine() throws Exception {
        Path file = write("{\n \"bell\": \"" + A + "\"\n \"ghz\": 1 }");
        assertThatThrownBy(() -> JobsFile.read(file))
                .isInstanceOf(ConfigurationProblem.class)
                .hasMessageContaining("is not valid JSON (line 3)")
                .hasMessageContaining("one job id per line");
    }

    @Test
    void aValueThatIsNotAStringIsNamed() throws Exception {
        Path file = write("{\"bell\": {\"id\": \"" + A + "\"}}");
        assertThatThrownBy(() -> JobsFile.read(file))
                .hasMessageContaining("\"bell\" maps to object instead of a job id string");
    }

    @Test
    void aBadIdInThePlainFormNamesItsLine() throws Exception {
        Path file = write("# header\n" + A + "\nbell\n");
        assertThatThrownBy(() -> JobsFile.read(file))
                .hasMessageContaining("'bell' in the jobs file")
                .hasMessageContaining("(line 3)");
    }

    @Test
    void writesJsonThatReadsBackInOrder() {
        Path file = dir.resolve("target/ionq/jobs.json");
        Map<String, String> jobs = new LinkedHashMap<>();
        jobs.put("zeta", A);
        jobs.put("alpha", B);
        JobsFile.write(file, jobs);
        assertThat(JobsFile.readMapIfExists(file)).containsExactly(Map.entry("zeta", A), Map.entry("alpha", B));
        assertThat(dir.resolve("target/ionq")).isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    void readMapIfExistsGivesAnEmptyMapForNoFile() {
        assertThat(JobsFile.readMapIfExists(dir.resolve("none.json"))).isEmpty();
    }

    private Path write(String text) throws Exception {
        Path file = dir.resolve("jobs-" + System.nanoTime());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
