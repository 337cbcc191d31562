package io.github.ionqci.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.command.InspectContainerResponse;
import io.github.ionqci.testcontainers.internal.EmulatorBuildContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.containers.wait.strategy.WaitStrategyTarget;
import org.testcontainers.images.builder.Transferable;

/**
 * What the image would run, run here without Docker: the build context the container sends to the
 * Docker daemon is written as the same tar, unpacked, and started with the Dockerfile's ENTRYPOINT,
 * the container's command and environment; then the container's own wait strategy must find it
 * healthy. This proves the copied classpath is complete and the API key arrives by environment.
 */
class EmulatorImageLayoutTest {

    private static final String API_KEY = "layout-test-key";

    @TempDir
    Path imageRoot;

    @Test
    void theBuildContextStartedAsTheDockerfileSaysServesTheEmulator() throws Exception {
        IonQEmulatorContainer container = new IonQEmulatorContainer().withApiKey(API_KEY);
        unpack(buildContextTar(container.imageRecipe().getTransferables()), imageRoot);
        String dockerfile = Files.readString(imageRoot.resolve("Dockerfile"));
        assertCopiesKeepContextPaths(dockerfile);
        if (!File.pathSeparator.equals(":")) { // the argument file is written for the Linux image
            Path args = imageRoot.resolve(EmulatorBuildContext.CLASSPATH_ARGS_FILE);
            Files.writeString(args, Files.readString(args).replace(":", File.pathSeparator));
        }

        int port = freePort();
        Path output = imageRoot.resolve("emulator-output.txt");
        ProcessBuilder builder = new ProcessBuilder(command(dockerfile, container.getCommandParts(), port))
                .directory(imageRoot.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().putAll(container.getEnvMap());
        Process emulator = builder.start();
        try {
            String baseUrl = "http://127.0.0.1:" + port + "/v0.4";
            awaitHealthy(emulator, baseUrl, output);
            // The container's own wait strategy must accept it (it polls once a second, hence the wait above).
            container.readinessCheck().waitUntilReady(new LocalProcessTarget(port, emulator));

            assertThat(Http.health(baseUrl).statusCode()).isEqualTo(200);
            assertThat(Http.listJobs(baseUrl, API_KEY).statusCode()).isEqualTo(200);
            assertThat(Http.listJobs(baseUrl, "not-the-key").statusCode()).isEqualTo(401);
        } finally {
            emulator.destroy();
            if (!emulator.waitFor(10, TimeUnit.SECONDS)) {
                emulator.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
        assertThat(Files.readString(output)).as("the emulator's output (the container log)").doesNotContain(API_KEY);
    }

    private static void awaitHealthy(Process emulator, String baseUrl, Path output) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && emulator.isAlive()) {
            try {
                if (Http.health(baseUrl).statusCode() == 200) {
                    return;
                }
            } catch (UncheckedIOException notListeningYet) {
                // the JVM is still starting
            }
            Thread.sleep(50);
        }
        throw new AssertionError("The emulator did not become healthy within 60 s (process alive: "
                + emulator.isAlive() + "). Its output:\n" + Files.readString(output));
    }

    /** The tar Testcontainers streams to the Docker daemon, built the same way (ImageFromDockerfile.resolve). */
    private static byte[] buildContextTar(Map<String, Transferable> transferables) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            for (Map.Entry<String, Transferable> entry : transferables.entrySet()) {
                entry.getValue().transferTo(tar, entry.getKey());
            }
            tar.finish();
        }
        return bytes.toByteArray();
    }

    private static void unpack(byte[] tarBytes, Path root) throws IOException {
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new ByteArrayInputStream(tarBytes))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                Path target = root.resolve(entry.getName()).normalize();
                assertThat(target.startsWith(root)).as("%s stays inside the build context", entry.getName()).isTrue();
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(tar, target);
                }
            }
        }
    }

    /** The unpacked context is the image's working directory only if every COPY keeps its path. */
    private static void assertCopiesKeepContextPaths(String dockerfile) {
        Matcher copy = Pattern.compile("(?m)^COPY\\s+(\\S+)\\s+(\\S+)\\s*$").matcher(dockerfile);
        int copies = 0;
        while (copy.find()) {
            assertThat(copy.group(2)).as("COPY destination").isEqualTo(copy.group(1));
            copies++;
        }
        assertThat(copies).isEqualTo(2);
        assertThat(dockerfile).containsPattern("(?m)^WORKDIR /opt/ionq-emulator$");
    }

    /** ENTRYPOINT with this JVM's java, then the container's command on a local port and loopback. */
    private static List<String> command(String dockerfile, String[] containerCommand, int port) throws IOException {
        Matcher entrypoint = Pattern.compile("(?m)^ENTRYPOINT\\s+(\\[.*])\\s*$").matcher(dockerfile);
        assertThat(entrypoint.find()).as("ENTRYPOINT in exec form").isTrue();
        List<String> command = new ArrayList<>(Arrays.asList(new ObjectMapper().readValue(entrypoint.group(1), String[].class)));
        assertThat(command).startsWith("java", "@" + EmulatorBuildContext.CLASSPATH_ARGS_FILE);
        command.set(0, Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> arguments = new ArrayList<>(Arrays.asList(containerCommand));
        arguments.set(arguments.indexOf("--port") + 1, String.valueOf(port));
        arguments.set(arguments.indexOf("--host") + 1, "127.0.0.1");
        command.addAll(arguments);
        return command;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Points a Testcontainers wait strategy at a local process, standing for container port 8080. */
    private static final class LocalProcessTarget implements WaitStrategyTarget {
        private final int port;
        private final Process process;

        LocalProcessTarget(int port, Process process) {
            this.port = port;
            this.process = process;
        }

        @Override
        public String getHost() {
            return "127.0.0.1";
        }

        @Override
        public Integer getMappedPort(int originalPort) {
            assertThat(process.isAlive()).as("the emulator process is running").isTrue();
            assertThat(originalPort).isEqualTo(IonQEmulatorContainer.PORT);
            return port;
        }

        @Override
        public List<Integer> getExposedPorts() {
            return List.of(IonQEmulatorContainer.PORT);
        }

        @Override
        public InspectContainerResponse getContainerInfo() {
            return new InspectContainerResponse();
        }
    }
}
