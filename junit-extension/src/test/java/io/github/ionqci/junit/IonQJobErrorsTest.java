package io.github.ionqci.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.github.ionqci.emulator.IonQEmulator;
import io.github.ionqci.junit.fixtures.FixtureJobs;
import io.github.ionqci.junit.support.FixtureRun;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.opentest4j.AssertionFailedError;

/** The message a user sees for each mistake, and for jobs that do not finish in time. */
class IonQJobErrorsTest {

    static IonQEmulator emulator;

    @TempDir
    Path dir;

    @BeforeAll
    static void startEmulator() {
        emulator = IonQEmulator.start();
        FixtureJobs.seed(emulator);
    }

    @AfterAll
    static void stopEmulator() {
        emulator.close();
    }

    private FixtureRun run() {
        return FixtureRun.against(emulator, dir.resolve("reports"))
                .parameter("ionq.jobs.file", FixtureJobs.writeJobsFile(dir).toString())
                .parameter("fixture.bell", FixtureJobs.BELL);
    }

    @Test
    void eachMistakeGetsAMessageThatSaysWhatToDo() {
        Map<String, Throwable> failures = FixtureRun.failuresByTest(run().run("ErrorsFixture"));
        String jobsFile = dir.resolve("jobs.json").toString();

        assertThat(failures).hasSize(13);
        assertThat(message(failures, "unknownName")).contains(
                "No job named \"belll\" in the jobs file " + jobsFile,
                "Names in that file: bell, ghz, too-wide.");
        assertThat(message(failures, "unsetPlaceholder")).contains(
                "${fixture.not.set} in @IonQJob(\"${fixture.not.set}\") on parameter 'job' of ErrorsFixture"
                        + ".unsetPlaceholder(Job) is not set. Set it with -Dfixture.not.set=<job id>, the environment"
                        + " variable FIXTURE_NOT_SET, or a line fixture.not.set=<job id> in junit-platform.properties.");
        assertThat(message(failures, "unclosedPlaceholder")).contains("has an unclosed placeholder");
        assertThat(message(failures, "wrongParameterType")).contains(
                "@IonQJob cannot inject a java.lang.String into parameter 'job' of"
                        + " ErrorsFixture.wrongParameterType(String): declare it as Job");
        assertThat(message(failures, "malformedId")).contains(
                "\"bell\" from @IonQJob(\"bell\") on parameter 'job' of ErrorsFixture.malformedId(Job) is not an"
                        + " IonQ job id", "write @IonQJob(name = \"bell\")");
        assertThat(message(failures, "jobNotFound")).contains(
                "Job " + FixtureJobs.UNKNOWN + " (@IonQJob(\"" + FixtureJobs.UNKNOWN + "\") on parameter 'job' of"
                        + " ErrorsFixture.jobNotFound(Job)) was not found at " + emulator.baseUrl(),
                "Check the id, and that the API key belongs to the project");
        assertThat(message(failures, "noJobNamed")).contains("does not say which job");
        assertThat(message(failures, "twoSources")).contains("sets value and name: give exactly one");
        assertThat(message(failures, "shotsWithoutCircuit")).contains("only apply to a submitted circuit");
        assertThat(message(failures, "badTimeout")).contains(
                "timeout = \"soon\" in @IonQJob on parameter 'job' of ErrorsFixture.badTimeout(Job) is not a"
                        + " duration: write it as 30s, 10m, PT10M or 500ms.");
        assertThat(failures.get("probabilitiesOfAFailedJob")).isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("Job " + FixtureJobs.TOO_WIDE)
                .hasMessageContaining("is failed (NotEnoughQubits: " + FixtureJobs.TOO_WIDE_MESSAGE + ")")
                .hasMessageContaining("Declare the parameter as Job");
        assertThat(message(failures, "unknownArgument[1]")).contains(
                "\"not-a-name\" (argument \"not-a-name\" on parameter 'job' of ErrorsFixture.unknownArgument(Job))"
                        + " is neither an IonQ job id",
                "the jobs file " + jobsFile + " lists bell, ghz, too-wide");
        assertThat(message(failures, "argumentNotAString[1]")).contains("must be a String; got java.lang.Integer 42");
    }

    @Test
    void setUpProblemsAreConfigurationErrorsNamingTheParameter() {
        Map<String, Throwable> failures = FixtureRun.failuresByTest(run().run("ErrorsFixture"));

        assertThat(failures.get("unknownName")).isInstanceOf(ParameterResolutionException.class)
                .hasMessageStartingWith("Failed to resolve parameter [io.github.ionqci.client.job.Job job]")
                .cause().isInstanceOf(ExtensionConfigurationException.class);
    }

    @Test
    void aFieldOfTheWrongTypeFailsItsTests() {
        Map<String, Throwable> failures = FixtureRun.failuresByTest(run().run("WrongFieldTypeFixture"));

        assertThat(failures.get("usesTheField")).isInstanceOf(ExtensionConfigurationException.class)
                .hasMessage("@IonQJob cannot inject a java.lang.String into field WrongFieldTypeFixture.job: declare"
                        + " it as Job (io.github.ionqci.client.job.Job), Probabilities or Histogram"
                        + " (io.github.ionqci.client.result).");
    }

    @Test
    void aMissingJobsFileSaysHowToWriteOne() {
        Path missing = dir.resolve("nowhere").resolve("jobs.json");

        Map<String, Throwable> failures = FixtureRun.failuresByTest(run()
                .parameter("ionq.jobs.file", missing.toString()).run("NamedJobFixture"));

        assertThat(message(failures, "byName")).contains("The jobs file " + missing + " does not exist, so the job"
                + " named \"bell\" (@IonQJob(name = \"bell\") on parameter 'job' of NamedJobFixture.byName(Job))"
                + " cannot be found. Write it with mvn ionq:submit (or any script: {\"bell\": \"<job id>\"}), or"
                + " point ionq.jobs.file at the file you have.");
    }

    @Test
    void noApiKeySaysWhereToSetOne() {
        assumeThat(System.getenv("IONQ_API_KEY")).as("IONQ_API_KEY is set in this environment").isNull();
        assumeThat(System.getProperty("ionq.api-key")).isNull();

        Map<String, Throwable> failures = FixtureRun.failuresByTest(FixtureRun.bare(dir.resolve("reports"))
                .parameter("ionq.jobs.file", FixtureJobs.writeJobsFile(dir).toString())
                .run("NamedJobFixture"));

        assertThat(message(failures, "byName")).contains("No IonQ API key is set, so @IonQJob cannot fetch jobs."
                + " Set the system property ionq.api-key, the environment variable IONQ_API_KEY, or"
                + " ionq.api-key=<key> in src/test/resources/junit-platform.properties; or run against the"
                + " embedded emulator with @IonQTest(emulator = true) or -Dionq.emulator=true.");
    }

    @Test
    void aJobThatDoesNotFinishInTimeFailsTheTestWithItsStatusAndPredictedWait() {
        EngineExecutionResults results = run().parameter("ionq.await.timeout", "250ms")
                .parameter("ionq.await.poll-interval", "50ms").run("TimeoutFixture");
        Map<String, Throwable> failures = FixtureRun.failuresByTest(results);

        assertThat(failures.keySet()).containsExactlyInAnyOrder("queuedTooLong", "timeoutFromConfiguration");
        assertThat(failures.get("queuedTooLong")).isExactlyInstanceOf(AssertionFailedError.class)
                .hasMessageStartingWith("Job " + FixtureJobs.SLOW + " did not finish within 1s: last status"
                        + " 'ready', predicted wait 5m, waited ")
                .hasMessageEndingWith("(@IonQJob(\"" + FixtureJobs.SLOW + "\") on parameter 'job' of"
                        + " TimeoutFixture.queuedTooLong(Job)). Allow longer with @IonQJob(timeout = \"...\") or"
                        + " ionq.await.timeout, or check the job's queue.");
        assertThat(failures.get("timeoutFromConfiguration")).isExactlyInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("did not finish within 250ms");
    }

    @Test
    void timeoutsOfFieldsAndConstructorParametersFailTheTestToo() {
        EngineExecutionResults results = run().run("TimeoutFieldFixture", "TimeoutConstructorFixture");
        Map<String, Throwable> failures = FixtureRun.failuresByTest(results);

        assertThat(failures.get("usesTheField")).isExactlyInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("did not finish within 200ms")
                .hasMessageContaining("field TimeoutFieldFixture.slow");
        assertThat(failures.get("needsAnInstance")).isExactlyInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("did not finish within 200ms")
                .hasMessageContaining("parameter 'slow' of constructor TimeoutConstructorFixture(Job)");
    }

    @Test
    void aJobThatTimedOutIsAwaitedAgainOnlyByATestThatAllowsLonger() {
        EngineExecutionResults results = run()
                .parameter("junit.jupiter.testclass.order.default", "org.junit.jupiter.api.ClassOrderer$OrderAnnotation")
                .run("RepeatedTimeoutFixture$First", "RepeatedTimeoutFixture$SameTimeout",
                        "RepeatedTimeoutFixture$LongerTimeout");
        Map<String, Throwable> failures = FixtureRun.failuresByTest(results);

        String first = message(failures, "waits");
        String second = message(failures, "doesNotWaitAgain");
        String third = message(failures, "waitsAgain");
        assertThat(first).contains("did not finish within 200ms");
        assertThat(waited(second)).as("the same wait, reused").isEqualTo(waited(first));
        assertThat(third).contains("did not finish within 400ms");
        assertThat(waited(third)).isNotEqualTo(waited(first));
    }

    @Test
    void aStaticFieldThatTimesOutFailsItsClass() {
        EngineExecutionResults results = run().run("StaticFieldTimeoutFixture");

        assertThat(FixtureRun.containerFailures(results).get("StaticFieldTimeoutFixture"))
                .isExactlyInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("did not finish within 150ms")
                .hasMessageContaining("static field StaticFieldTimeoutFixture.slow");
        results.testEvents().assertStatistics(stats -> stats.started(0));
    }

    private static String waited(String message) {
        return message.replaceAll(".*, waited ([^ ]+) .*", "$1");
    }

    private static String message(Map<String, Throwable> failures, String test) {
        assertThat(failures).as("failed tests").containsKey(test);
        return failures.get(test).getMessage();
    }
}
