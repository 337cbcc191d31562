package io.github.ionqci.client.jobsfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ionqci.client.IonQConfigurationException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JobsFileTest {

    private static final String BELL = "e1a09d90-b2ba-4ea5-9fd7-4bfc14eac524";
    private static final String GHZ = "0b7a2c4e-1d2f-4a3b-8c9d-0e1f2a3b4c5d";

    @TempDir
    Path dir;

    @Test
    void theJsonFormNamesJobsAndMayHaveCommentsAndABom() throws Exception {
        Path file = write("\uFEFF# written by the nightly script\n{\n  // the Bell pair\n  \"bell\": \"" + BELL
                + "\",\n  \"ghz3\": \" " + GHZ + " \"\n}\n");
        JobsFile jobs = JobsFile.read(file);
        assertThat(jobs.form()).isEqualTo(JobsFile.Form.JSON);
        assertThat(jobs.entries()).containsExactly(new JobsFile.Entry("bell", BELL), new JobsFile.Entry("ghz3", GHZ));
        assertThat(jobs.idOf("ghz3")).isEqualTo(GHZ);
        assertThatThrownBy(() -> jobs.idOf("bel"))
                .isInstanceOf(IonQConfigurationException.class)
                .hasMessage("No job named \"bel\" in the jobs file " + file + ". Names in that file: bell, ghz3."
                        + " Fix the name, or submit the job again (mvn ionq:submit) so the file lists it.");
    }

    @Test
    void aJobMayRecordItsCircuitAndTheOldFormStillReads() throws Exception {
        Path file = dir.resolve("jobs.json");
        JobsFile.writeEntries(file, java.util.List.of(new JobsFile.Entry("bell", BELL, "src/test/circuits/bell.json"),
                new JobsFile.Entry("ghz3", GHZ)));
        JobsFile jobs = JobsFile.read(file);
        assertThat(jobs.entries()).containsExactly(new JobsFile.Entry("bell", BELL, "src/test/circuits/bell.json"),
                new JobsFile.Entry("ghz3", GHZ));
        assertThat(jobs.idOf("bell")).isEqualTo(BELL);
        assertThat(jobs.entry("bell").flatMap(JobsFile.Entry::circuitFile)).contains("src/test/circuits/bell.json");
        assertThat(jobs.entry("ghz3").flatMap(JobsFile.Entry::circuitFile)).isEmpty();
        assertThat(Files.readString(file)).contains("\"ghz3\" : \"" + GHZ + "\"");

        Path bad = write("{\"bell\": {\"circuit\": \"bell.json\"}}");
        assertThatThrownBy(() -> JobsFile.read(bad))
                .isInstanceOf(IonQConfigurationException.class)
                .hasMessageContaining("\"bell\" must be a job id string or an object {\"id\": \"job-id\", \"circuit\": \"file.json\"}");
    }

    @Test
    void theLinesFormListsIdsAndANameLookupSaysItNeedsTheJsonForm() throws Exception {
        Path file = write("\uFEFF# nightly\r\n\r\n" + BELL + "\r\n  " + GHZ + "  \r\n");
        JobsFile jobs = JobsFile.read(file);
        assertThat(jobs.form()).isEqualTo(JobsFile.Form.LINES);
        assertThat(jobs.entries()).extracting(JobsFile.Entry::id).containsExactly(BELL, GHZ);
        assertThat(jobs.entries().get(0).name()).isEqualTo(BELL);
        assertThat(jobs.find("bell")).isEmpty();
        assertThatThrownBy(() -> jobs.idOf("bell"))
                .isInstanceOf(IonQConfigurationException.class)
                .hasMessageContaining("lists one id per line, so it has no names")
                .hasMessageContaining("needs the JSON form {\"bell\": \"<job id>\"}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\n\n", "# only a comment\n# and another\n", "{}", "\uFEFF{ }\n", "// none yet\n{}"})
    void nothingToAwaitFailsUnlessAllowed(String text) throws Exception {
        JobsFile jobs = JobsFile.read(write(text));
        assertThat(jobs.entries()).isEmpty();
        assertThatThrownBy(() -> jobs.requireJobs(false))
                .isInstanceOf(IonQConfigurationException.class)
                .hasMessageContaining("lists no jobs, so there is nothing to await")
                .hasMessageContaining("ionq.await.allow-empty=true");
        assertThat(jobs.requireJobs(true)).isEmpty();
    }

    @Test
    void badContentSaysWhereAndWhatToDo() throws Exception {
        Path badId = write("{\"bell\": \"not/an/id\"}");
        assertThatThrownBy(() -> JobsFile.read(badId)).isInstanceOf(IonQConfigurationException.class)
                .hasMessageStartingWith("The id of \"bell\" in the jobs file " + badId + " \"not/an/id\" is not valid")
                .hasMessageEndingWith("Fix the jobs file.");
        Path badLine = write("# x\n" + BELL + "\nbell pair\n");
        assertThatThrownBy(() -> JobsFile.read(badLine)).hasMessageStartingWith("Line 3 of the jobs file");
        Path number = write("{\"bell\": 5}");
        assertThatThrownBy(() -> JobsFile.read(number)).hasMessageContaining("\"bell\" maps to number instead of a job id");
        Path twice = write("{\"bell\": \"" + BELL + "\", \"bell\": \"" + GHZ + "\"}");
        assertThatThrownBy(() -> JobsFile.read(twice)).hasMessageContaining("Duplicate field 'bell'");
        Path broken = write("{\"bell\": ");
        assertThatThrownBy(() -> JobsFile.read(broken)).hasMessageContaining("is not valid JSON (line 1)");
        assertThatThrownBy(() -> JobsFile.read(dir.resolve("missing.json")))
                .hasMessageContaining("does not exist. Run mvn ionq:submit first, or point ionq.jobs.file at");
    }

    @Test
    void writeThenReadGivesTheSameJobs() {
        Path file = dir.resolve("sub/jobs.json");
        assertThat(JobsFile.readIfExists(file).entries()).isEmpty();
        Map<String, String> jobs = new LinkedHashMap<>();
        jobs.put("ghz3", GHZ);
        jobs.put("bell", BELL);
        JobsFile.write(file, jobs);
        assertThat(JobsFile.read(file).names()).containsExactlyEntriesOf(jobs);
    }

    private Path write(String text) throws Exception {
        Path file = Files.createTempFile(dir, "jobs", ".txt");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
