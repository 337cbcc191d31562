package io.github.ionqci.junit.assertions;

import static io.github.ionqci.junit.assertions.IonQAssertions.assertThat;
import static io.github.ionqci.junit.assertions.IonQAssertions.assertThatThrownBy;

import io.github.ionqci.client.job.Job;
import io.github.ionqci.client.job.JobStatus;
import io.github.ionqci.client.job.Noise;
import io.github.ionqci.client.result.Histogram;
import io.github.ionqci.client.result.Probabilities;
import io.github.ionqci.junit.baseline.BaselineStore;
import io.github.ionqci.junit.report.CheckKind;
import io.github.ionqci.junit.report.CheckRecord;
import io.github.ionqci.junit.run.IonQRun;
import io.github.ionqci.junit.run.TestIdentity;
import io.github.ionqci.junit.support.RunScope;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class BaselineAssertionTest {

    private static final String JOB_ID = "0b8a7a5c-6f1e-4f57-9d5e-2f3c9a1b7e42";
    private static final Histogram GHZ = Histogram.ofBitstrings(Map.of("000", 1_013, "111", 987));
    private static final Histogram GHZ_AGAIN = Histogram.ofBitstrings(Map.of("000", 996, "111", 1_004));
    private static final Histogram GHZ_LEAKING = Histogram.ofBitstrings(Map.of("000", 930, "011", 70, "111", 1_000));

    @TempDir
    Path project;

    @RegisterExtension
    final RunScope run = new RunScope();   // its own settings and environment: outside CI, whatever machine runs this

    private final Job job = TestJobs.job(JOB_ID, JobStatus.COMPLETED, null, "simulator", 3, 2000, new Noise("aria-1", 7));

    @BeforeEach
    void runningTest() {
        run.test(new TestIdentity(BaselineAssertionTest.class, "ghzHasNotRegressed", null, project));
        serve(GHZ);
    }

    /** Registers the job's results afresh (a registered source caches what it fetched, as in a real run). */
    private void serve(Histogram histogram) {
        run.run().registerResults(JOB_ID, new ResultSource() {
            @Override
            public Probabilities probabilities(Job j) {
                throw new UnsupportedOperationException("the test serves histograms only");
            }

            @Override
            public Histogram histogram(Job j) {
                return histogram;
            }
        });
    }

    private Path baselineFile() {
        return project.resolve("src/test/resources/ionq/baselines/io.github.ionqci.junit.assertions.BaselineAssertionTest"
                + "/ghzHasNotRegressed.json");
    }

    @Test
    void aMissingBaselineIsRecordedAsSortedReadableJsonAndReported() throws IOException {
        assertThat(job).distribution().matchesBaseline();

        String json = Files.readString(baselineFile());
        assertThat(json.replaceAll("\"recordedAt\" : \"[^\"]+\"", "\"recordedAt\" : \"…\"")).isEqualTo("""
                {
                  "backend" : "simulator",
                  "bitOrder" : "qubit 0 rightmost",
                  "counts" : {
                    "000" : 1013,
                    "111" : 987
                  },
                  "format" : "ionq-baseline/1",
                  "jobId" : "0b8a7a5c-6f1e-4f57-9d5e-2f3c9a1b7e42",
                  "noiseModel" : "aria-1",
                  "noiseSeed" : 7,
                  "qubits" : 3,
                  "recordedAt" : "…",
                  "recordedBy" : "ionq-junit-jupiter",
                  "shots" : 2000,
                  "test" : "io.github.ionqci.junit.assertions.BaselineAssertionTest#ghzHasNotRegressed"
                }
                """);
        assertThat(json).containsPattern("\"recordedAt\" : \"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ\"");
        CheckRecord record = run.checks().get(0);
        assertThat(record.kind()).isEqualTo(CheckKind.BASELINE_RECORDED);
        assertThat(record.passed()).isTrue();
        assertThat(record.explanation()).isEqualTo("There was no baseline, so this result was recorded as one: "
                + "src/test/resources/ionq/baselines/io.github.ionqci.junit.assertions.BaselineAssertionTest/ghzHasNotRegressed.json"
                + ". Commit it; later runs are compared with it.");
        assertThat(run.run().family().size()).isZero();
        assertThat(run.console()).isEqualTo("[ionq] Baseline recorded: src/test/resources/ionq/baselines/"
                + "io.github.ionqci.junit.assertions.BaselineAssertionTest/ghzHasNotRegressed.json (commit it; later runs"
                + " are compared with it)" + System.lineSeparator());
    }

    @Test
    void aStoredBaselineIsComparedByTheTwoSampleTest() {
        assertThat(job).distribution().matchesBaseline();          // records
        serve(GHZ_AGAIN);
        assertThat(job).distribution().matchesBaseline();          // same distribution: passes
        serve(GHZ_LEAKING);
        assertThatThrownBy(() -> assertThat(job).distribution().matchesBaseline())
                .hasMessageStartingWith("Expecting the histogram of job " + JOB_ID + " (2000 shots) and its baseline "
                        + "src/test/resources/ionq/baselines/io.github.ionqci.junit.assertions.BaselineAssertionTest/"
                        + "ghzHasNotRegressed.json (recorded ")
                .hasMessageContaining(" from job " + JOB_ID + " on simulator with noise model aria-1) (2000 shots) to come "
                        + "from the same distribution (two-sample χ² homogeneity test)\nbut X² = ")
                .hasMessageContaining("largest contributions: 011 (70 vs 0, adds 70)")
                .hasMessageEndingWith("""
                        baseline counts:
                          {
                            000: 1013
                            011: 0
                            111: 987
                          }
                        actual counts:
                          {
                            000: 930
                            011: 70
                            111: 1000
                          }
                        If the change is intended, rerun with -Dionq.baselines.update=true and commit the rewritten file.""");
        assertThat(run.checks()).extracting(CheckRecord::kind)
                .containsExactly(CheckKind.BASELINE_RECORDED, CheckKind.BASELINE, CheckKind.BASELINE);
        assertThat(run.checks().get(2).referenceLabel()).isEqualTo("baseline");
        assertThat(run.run().family().size()).isEqualTo(2);
    }

    @Test
    void updateRewritesTheBaseline() throws IOException {
        assertThat(job).distribution().matchesBaseline();
        serve(GHZ_LEAKING);
        run.set(BaselineStore.UPDATE_PROPERTY, "true");
        assertThat(job).distribution().matchesBaseline();
        assertThat(Files.readString(baselineFile())).contains("\"011\" : 70");
        assertThat(run.checks().get(1).title()).isEqualTo("Baseline rewritten");
        assertThat(run.console()).contains("[ionq] Baseline rewritten: src/test/resources/ionq/baselines/"
                + "io.github.ionqci.junit.assertions.BaselineAssertionTest/ghzHasNotRegressed.json (commit it;");
        assertThat(run.run().baselinesWritten()).hasSize(2);

        run.set(BaselineStore.UPDATE_PROPERTY, null);
        assertThat(job).distribution().matchesBaseline();          // now matches the new baseline
    }

    @Test
    void aMissingBaselineFailsInCi() {
        run.set(BaselineStore.CI_PROPERTY, "true");
        assertThatThrownBy(() -> assertThat(job).distribution().matchesBaseline())
                .hasMessage("No baseline for BaselineAssertionTest.ghzHasNotRegressed at src/test/resources/ionq/baselines/"
                        + "io.github.ionqci.junit.assertions.BaselineAssertionTest/ghzHasNotRegressed.json, and missing "
                        + "baselines fail in CI (CI=true or ionq.ci=true).\nRecord it outside CI (run the test once, or with "
                        + "-Dionq.baselines.update=true) and commit the file.");
        assertThat(baselineFile()).doesNotExist();
        assertThat(run.checks()).extracting(CheckRecord::kind).containsExactly(CheckKind.BASELINE_MISSING);
    }

    @Test
    void theCiEnvironmentVariableCountsAsCi() {
        run.environment("CI", "true");
        assertThatThrownBy(() -> assertThat(job).distribution().matchesBaseline())
                .hasMessageStartingWith("No baseline for BaselineAssertionTest.ghzHasNotRegressed");
    }

    @Test
    void theDirectoryAndNamedBaselinesAndInvocations() {
        run.set(BaselineStore.DIR_PROPERTY, "baselines");
        run.test(new TestIdentity(BaselineAssertionTest.class, "ghz", "2", project));
        assertThat(job).distribution().matchesBaseline("after-reset");
        assertThat(project.resolve("baselines/io.github.ionqci.junit.assertions.BaselineAssertionTest/ghz-after-reset[2].json"))
                .exists();
    }

    @Test
    void aCorruptBaselineSaysWhichFileAndWhatToDo() throws IOException {
        Files.createDirectories(baselineFile().getParent());
        Files.writeString(baselineFile(), "{ \"counts\": ");
        assertThatThrownBy(() -> assertThat(job).distribution().matchesBaseline())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("The baseline " + baselineFile() + " is not valid JSON (")
                .hasMessageEndingWith("). Fix it, or delete it or rewrite it with -Dionq.baselines.update=true.");
    }

    @Test
    void aBaselineWithABadKeySaysWhichFileAndWhatToDo() throws IOException {
        Files.createDirectories(baselineFile().getParent());
        Files.writeString(baselineFile(), "{ \"qubits\": 3, \"counts\": { \"0x2\": 5 } }");
        assertThatThrownBy(() -> assertThat(job).distribution().matchesBaseline())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("The baseline " + baselineFile() + " cannot be read as counts (")
                .hasMessageContaining("0x2")
                .hasMessageEndingWith("). Fix it, or delete it or rewrite it with -Dionq.baselines.update=true.");
    }

    @Test
    void outsideAnIonQTestItSaysWhatIsMissing() {
        try (IonQRun.Scope noTest = run.run().enter(null)) {   // a scope without a test, as outside the extension
            assertThatThrownBy(() -> assertThat(job).distribution().matchesBaseline())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("matchesBaseline() needs to know which test is running, to name the baseline file: use it"
                            + " in a test run by the IonQ extension (@IonQTest)");
        }
    }
}
