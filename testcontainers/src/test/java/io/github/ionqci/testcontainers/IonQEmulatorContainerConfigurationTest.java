package io.github.ionqci.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ionqci.testcontainers.internal.EmulatorBuildContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.DockerProbeTripwire;
import org.testcontainers.containers.wait.strategy.HttpWaitStrategy;
import org.testcontainers.utility.DockerImageName;

/** The container's configuration, checked without a Docker engine: nothing here calls start(). */
class IonQEmulatorContainerConfigurationTest {

    @Test
    void defaultBaseImageIsAPinnedJava17Jre() {
        IonQEmulatorContainer ionq = new IonQEmulatorContainer();

        assertThat(ionq.getBaseImage()).isEqualTo(IonQEmulatorContainer.DEFAULT_BASE_IMAGE);
        assertThat(ionq.getBaseImage().getRepository()).isEqualTo("eclipse-temurin");
        assertThat(ionq.getBaseImage().getVersionPart()).startsWith("17.").endsWith("-jre").isNotEqualTo("latest");
        assertThat(ionq.imageRecipe().getBuildArgs())
                .containsEntry("BASE_IMAGE", IonQEmulatorContainer.DEFAULT_BASE_IMAGE.asCanonicalNameString());
    }

    @Test
    void baseImageIsConfigurable() {
        DockerImageName mirror = DockerImageName.parse("registry.example.com/java/temurin:21.0.7_6-jre");

        IonQEmulatorContainer ionq = new IonQEmulatorContainer(mirror);

        assertThat(ionq.getBaseImage()).isEqualTo(mirror);
        assertThat(ionq.imageRecipe().getBuildArgs()).containsEntry("BASE_IMAGE", mirror.asCanonicalNameString());
        assertThatThrownBy(() -> new IonQEmulatorContainer(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("baseImage must not be null");
    }

    @Test
    void imageIsBuiltFromTheDockerfileAndTheEmulatorsClasspath() throws IOException {
        IonQEmulatorContainer ionq = new IonQEmulatorContainer();
        EmulatorBuildContext context = EmulatorBuildContext.locate(getClass().getClassLoader());

        assertThat(ionq.imageRecipe().getDockerImageName()).startsWith("localhost/testcontainers/");
        assertThat(ionq.imageRecipe().getTransferables().keySet())
                .contains("Dockerfile", EmulatorBuildContext.CLASSPATH_ARGS_FILE)
                .containsAll(context.libraries().keySet());
        assertThat(new String(ionq.imageRecipe().getTransferables().get(EmulatorBuildContext.CLASSPATH_ARGS_FILE)
                .getBytes(), StandardCharsets.UTF_8)).isEqualTo(context.classpathArgs());
        assertThat(dockerfile())
                .contains("FROM ${BASE_IMAGE}")
                .contains("EXPOSE 8080")
                .contains("\"" + EmulatorBuildContext.MAIN_CLASS + "\"")
                .doesNotContain("latest");
    }

    @Test
    void exposesThePortRunsTheStandaloneMainOnAllInterfacesAndWaitsForHealth() {
        IonQEmulatorContainer ionq = new IonQEmulatorContainer();

        assertThat(ionq.getExposedPorts()).containsExactly(8080);
        assertThat(ionq.getCommandParts()).containsExactly("--port", "8080", "--host", "0.0.0.0");
        assertThat(ionq.readinessCheck()).isInstanceOf(HttpWaitStrategy.class)
                .hasFieldOrPropertyWithValue("path", "/health")
                .hasFieldOrPropertyWithValue("statusCodes", Set.of(200))
                .hasFieldOrPropertyWithValue("livenessPort", Optional.of(8080))
                .hasFieldOrPropertyWithValue("startupTimeout", Duration.ofSeconds(90));
    }

    @Test
    void aSeedFileIsCheckedCopiedInAndPassedToTheStandaloneMain(@TempDir Path dir) throws IOException {
        Path seed = Files.writeString(dir.resolve("jobs.json"), "{\"bell\": {\"status\": \"completed\"}}");
        IonQEmulatorContainer ionq = new IonQEmulatorContainer().withJobs(seed);

        assertThat(ionq.getCommandParts()).containsExactly("--port", "8080", "--host", "0.0.0.0",
                "--jobs", "/ionq/emulator-jobs.json");
        assertThat(ionq.getCopyToFileContainerPathMap().values()).containsExactly("/ionq/emulator-jobs.json");
        assertThatThrownBy(() -> new IonQEmulatorContainer().withJobs(dir.resolve("missing.json")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not exist");
    }

    @Test
    void apiKeyGoesToTheContainerInAnEnvironmentVariable() {
        IonQEmulatorContainer ionq = new IonQEmulatorContainer().withApiKey("container-key");

        assertThat(ionq.getApiKey()).isEqualTo("container-key");
        assertThat(ionq.getEnvMap()).containsEntry("IONQ_API_KEY", "container-key");
        assertThat(ionq.getCommandParts()).doesNotContain("container-key");
    }

    @Test
    void withoutAnApiKeyEachContainerGetsItsOwnRandomKey() {
        IonQEmulatorContainer one = new IonQEmulatorContainer();
        IonQEmulatorContainer two = new IonQEmulatorContainer();

        assertThat(one.getApiKey()).isNotBlank().isNotEqualTo(two.getApiKey());
        assertThat(one.getEnvMap()).containsEntry("IONQ_API_KEY", one.getApiKey());
    }

    @Test
    void badApiKeysAreRefusedWithoutEchoingThem() {
        IonQEmulatorContainer ionq = new IonQEmulatorContainer();

        assertThatThrownBy(() -> ionq.withApiKey("")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("apiKey must not be blank");
        assertThatThrownBy(() -> ionq.withApiKey("line\nsecret")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("apiKey holds a line break").hasMessageNotContaining("secret");
    }

    @Test
    void toStringShowsNeitherTheApiKeyNorTheEnvironment() {
        IonQEmulatorContainer ionq = new IonQEmulatorContainer().withApiKey("very-secret-key");

        assertThat(ionq.toString())
                .isEqualTo("IonQEmulatorContainer[baseImage=" + IonQEmulatorContainer.DEFAULT_BASE_IMAGE.asCanonicalNameString()
                        + ", containerId=null]")
                .doesNotContain("very-secret-key");
    }

    @Test
    void baseUrlBeforeStartSaysTheContainerIsNotStarted() {
        IonQEmulatorContainer ionq = new IonQEmulatorContainer();

        assertThatThrownBy(ionq::getBaseUrl).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("after the container is started");
    }

    @Test
    void configuringTheContainerNeverLooksForDocker() {
        AtomicReference<IonQEmulatorContainer> built = new AtomicReference<>();

        boolean probed = DockerProbeTripwire.dockerProbedDuring(() -> {
            IonQEmulatorContainer ionq = new IonQEmulatorContainer().withApiKey("k");
            ionq.getExposedPorts();
            ionq.readinessCheck();
            ionq.toString();
            assertThatThrownBy(ionq::getBaseUrl).isInstanceOf(IllegalStateException.class);
            built.set(ionq);
        });

        assertThat(built.get()).isNotNull();
        assertThat(probed).as("Testcontainers asked for a Docker client").isFalse();
    }

    static String dockerfile() throws IOException {
        try (InputStream in = IonQEmulatorContainer.class.getClassLoader()
                .getResourceAsStream(EmulatorBuildContext.DOCKERFILE_RESOURCE)) {
            assertThat(in).as("Dockerfile resource").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void resultsFormGoesToTheStandaloneEmulatorsCommandLine() {
        IonQEmulatorContainer ionq = new IonQEmulatorContainer().withResultsForm(io.github.ionqci.emulator.ResultForm.URL);
        assertThat(ionq.getCommandParts()).containsExactly("--port", "8080", "--host", "0.0.0.0", "--results-form", "url");
    }

    @Test
    void noiseAccountingGoesToTheStandaloneEmulatorsCommandLineBesideTheOtherOptions() {
        IonQEmulatorContainer ionq = new IonQEmulatorContainer()
                .withNoisePer(io.github.ionqci.emulator.NoiseAccounting.NATIVE)
                .withResultsForm(io.github.ionqci.emulator.ResultForm.URL);
        assertThat(ionq.getCommandParts()).containsExactly("--port", "8080", "--host", "0.0.0.0", "--results-form", "url",
                "--noise-per", "native");
        ionq.withNoisePer(io.github.ionqci.emulator.NoiseAccounting.SUBMITTED);
        assertThat(ionq.getCommandParts()).endsWith("--noise-per", "submitted");
    }
}
