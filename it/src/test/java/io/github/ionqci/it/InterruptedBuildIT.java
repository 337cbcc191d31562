package io.github.ionqci.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ionqci.emulator.EmulatedJob;
import io.github.ionqci.emulator.IonQEmulator;
import io.github.ionqci.emulator.JobSnapshot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Ctrl-C on a build that awaits jobs it submitted: a real Maven build (the wrapper, offline, against the
 * {@code target/local-repo} that {@code invoker:install} filled) runs {@code ionq:submit} and
 * {@code ionq:await-jobs} against an emulator in this JVM whose jobs take 10 minutes, and is sent SIGTERM
 * ({@link Process#destroy()}; SIGINT runs the same shutdown hooks) once it awaits. The emulator must show the
 * job the build submitted canceled, and the job it was given by id untouched.
 */
class InterruptedBuildIT {

    private static final Duration STARTUP = Duration.ofMinutes(4);

    IonQEmulator emulator;
    Process build;

    @BeforeEach
    void startEmulator() {
        emulator = IonQEmulator.start();
        emulator.control().jobDuration(Duration.ofMinutes(10));
    }

    @AfterEach
    void stop() {
        if (build != null && build.isAlive()) {
            build.destroyForcibly();
        }
        emulator.close();
    }

    @Test
    void anInterruptedBuildCancelsTheJobsItSubmittedAndNotTheJobsItWasGiven() throws Exception {
        String given = emulator.jobs().add(EmulatedJob.completed()
                .lifecycle(Duration.ofMinutes(10), Duration.ofMinutes(10)));
        Path project = copyProject("interrupted");
        Files.createDirectories(project.resolve("target/ionq"));
        Files.writeString(project.resolve("target/ionq/jobs.json"), "{\"given\": \"" + given + "\"}\n");

        String plugin = property("ionq.it.plugin");
        Path buildLog = project.resolve("build.log");
        ProcessBuilder command = new ProcessBuilder(property("ionq.it.wrapper"), "-B", "-ntp",
                "-Dmaven.repo.local=" + property("ionq.it.local-repo"), "-s", settings().toString(),
                "-f", project.resolve("pom.xml").toString(),
                "-Dionq.base-url=" + emulator.baseUrl(), "-Dionq.api-key=" + emulator.apiKey(),
                "-Dionq.await.timeout=10m", "-Dionq.await.poll-interval=200ms", "-Dionq.await.max-poll-interval=500ms",
                plugin + ":submit", plugin + ":await-jobs")
                .directory(project.toFile())
                .redirectErrorStream(true)
                // a file, not a pipe: Process.destroy() closes the pipes, and the lines the shutdown hook prints
                // after it are the ones this test is about
                .redirectOutput(buildLog.toFile());
        command.environment().remove("IONQ_API_KEY");
        command.environment().remove("IONQ_BASE_URL");
        command.environment().put("MAVEN_OPTS", "-Xmx256m -XX:TieredStopAtLevel=1");
        build = command.start();

        long giveUp = System.nanoTime() + STARTUP.toNanos();
        while (build.isAlive() && !read(buildLog).contains("Awaiting 2 IonQ jobs") && System.nanoTime() < giveUp) {
            Thread.sleep(200);
        }
        assertThat(build.isAlive() && read(buildLog).contains("Awaiting 2 IonQ jobs"))
                .as("the build reached ionq:await-jobs; its output:%n%s", read(buildLog)).isTrue();
        String submitted = emulator.jobs().ids().stream().filter(id -> !id.equals(given)).findFirst()
                .orElseThrow(() -> new AssertionError("the build submitted nothing:\n" + read(buildLog)));
        assertThat(status(submitted)).isNotEqualTo(Optional.of("canceled"));

        build.destroy();   // SIGTERM: the JVM runs its shutdown hooks, as on Ctrl-C (SIGINT)
        assertThat(build.waitFor(2, TimeUnit.MINUTES)).as("the build ended after SIGTERM").isTrue();

        String log = read(buildLog);
        assertThat(status(submitted)).as("the job the build submitted; build output:%n%s", log).contains("canceled");
        assertThat(status(given)).as("the job given by id").isNotEqualTo(Optional.of("canceled"));
        assertThat(emulator.requests().count("PUT", "/jobs/")).as("cancel requests").isEqualTo(1);
        assertThat(log).contains("because the build was interrupted", "bell (" + submitted + "): canceled")
                .doesNotContain(emulator.apiKey());
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Optional<String> status(String id) {
        return emulator.jobs().get(id).map(JobSnapshot::status);
    }

    /** The IT builds' settings (src/it/settings.xml), with the outer build's local repository as their remote. */
    private static Path settings() throws IOException {
        String outer = Path.of(property("ionq.it.outer-repo")).toUri().toString();
        Path settings = Path.of(property("ionq.it.work"), "settings.xml");
        Files.createDirectories(settings.getParent());
        Files.writeString(settings, Files.readString(Path.of(property("ionq.it.settings")))
                .replace("@localRepositoryUrl@", outer));
        return settings;
    }

    private static Path copyProject(String name) throws IOException {
        Path from = Path.of(property("ionq.it.projects"), name);
        Path to = Path.of(property("ionq.it.work"), name);
        if (Files.exists(to)) {
            try (Stream<Path> old = Files.walk(to)) {
                old.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(path -> path.toFile().delete());
            }
        }
        try (Stream<Path> files = Files.walk(from)) {
            files.forEach(source -> {
                try {
                    Path target = to.resolve(from.relativize(source).toString());
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(source, target);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return to;
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + name + " is not set: run this IT through the it"
                    + " module's Failsafe (./mvnw -pl it -am verify -Dit.test=InterruptedBuildIT)");
        }
        return value;
    }
}
