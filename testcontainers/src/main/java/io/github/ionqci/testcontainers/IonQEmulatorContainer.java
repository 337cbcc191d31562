package io.github.ionqci.testcontainers;

import io.github.ionqci.emulator.IonQEmulator;
import io.github.ionqci.emulator.NoiseAccounting;
import io.github.ionqci.emulator.ResultForm;
import io.github.ionqci.testcontainers.internal.EmulatorBuildContext;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.containers.wait.strategy.WaitStrategy;
import org.testcontainers.images.builder.ImageFromDockerfile;
import org.testcontainers.images.builder.Transferable;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.MountableFile;

/**
 * The standalone IonQ emulator in a Docker container, for tests that want it out of process or on
 * a Docker network. Needs a Docker engine; {@link IonQEmulatorStartable} runs the same emulator
 * in-process without one.
 *
 * <p>The image is built on first start from the Dockerfile shipped in this module: a Java 17 base
 * image ({@link #DEFAULT_BASE_IMAGE}, or the one given to the constructor) plus the emulator's
 * classes and Jackson jars, copied from the test classpath. The container is ready when
 * {@code GET /health} answers 200.
 *
 * <pre>{@code
 * @Testcontainers(disabledWithoutDocker = true)
 * class AgainstTheContainerTest {
 *     @Container
 *     static IonQEmulatorContainer ionq = new IonQEmulatorContainer().withApiKey("test-key");
 *
 *     @Test
 *     void talksToIt() {
 *         IonQClient client = IonQClient.builder()
 *                 .baseUrl(ionq.getBaseUrl())      // http://localhost:32768/v0.4
 *                 .apiKey(ionq.getApiKey())
 *                 .build();
 *     }
 * }
 * }</pre>
 *
 * <p>The API key reaches the container in the {@value #API_KEY_ENV} environment variable and is
 * left out of {@link #toString()}.
 */
public class IonQEmulatorContainer extends GenericContainer<IonQEmulatorContainer> {

    /** The port the emulator listens on inside the container. */
    public static final int PORT = 8080;

    /** The default base image: a pinned Java 17 JRE (never a moving tag). */
    public static final DockerImageName DEFAULT_BASE_IMAGE = DockerImageName.parse("eclipse-temurin:17.0.15_6-jre");

    /** The environment variable that carries the API key into the container. */
    public static final String API_KEY_ENV = "IONQ_API_KEY";

    /** The Dockerfile build argument that names the base image. */
    static final String BASE_IMAGE_BUILD_ARG = "BASE_IMAGE";

    /** Where {@link #withJobs(Path)} copies a seed file inside the container. */
    static final String JOBS_PATH = "/ionq/emulator-jobs.json";

    /** The health path the wait strategy polls; it needs no API key. */
    static final String HEALTH_PATH = "/health";

    static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(90);

    private final DockerImageName baseImage;
    private final ImageFromDockerfile image;
    private String apiKey = UUID.randomUUID().toString();
    private String resultsForm;
    private String noisePer;
    private boolean seeded;

    /** A container on {@link #DEFAULT_BASE_IMAGE} with a random API key. */
    public IonQEmulatorContainer() {
        this(DEFAULT_BASE_IMAGE);
    }

    /**
     * A container on another base image, for example from a registry mirror.
     *
     * @param baseImage any image with a Java 17 or newer {@code java} on its {@code PATH}
     */
    public IonQEmulatorContainer(DockerImageName baseImage) {
        this(Objects.requireNonNull(baseImage, "baseImage must not be null: use DEFAULT_BASE_IMAGE or name a Java 17+ image"),
                buildImage(baseImage, EmulatorBuildContext.locate(IonQEmulator.class.getClassLoader())));
    }

    private IonQEmulatorContainer(DockerImageName baseImage, ImageFromDockerfile image) {
        super(image);
        this.baseImage = baseImage;
        this.image = image;
        addExposedPorts(PORT);
        withEmulatorCommand();
        withEnv(API_KEY_ENV, apiKey);
        waitingFor(Wait.forHttp(HEALTH_PATH).forPort(PORT).forStatusCode(200).withStartupTimeout(STARTUP_TIMEOUT));
    }

    private static ImageFromDockerfile buildImage(DockerImageName baseImage, EmulatorBuildContext context) {
        ImageFromDockerfile image = new ImageFromDockerfile()
                .withFileFromClasspath("Dockerfile", EmulatorBuildContext.DOCKERFILE_RESOURCE)
                .withFileFromTransferable(EmulatorBuildContext.CLASSPATH_ARGS_FILE, Transferable.of(context.classpathArgs()))
                .withBuildArg(BASE_IMAGE_BUILD_ARG, baseImage.asCanonicalNameString());
        for (Map.Entry<String, Path> library : context.libraries().entrySet()) {
            image.withFileFromTransferable(library.getKey(), MountableFile.forHostPath(library.getValue()));
        }
        return image;
    }

    /**
     * Sets the API key the emulator accepts (default: a random key).
     *
     * @param apiKey a non-blank key of visible ASCII characters
     * @return this
     */
    public IonQEmulatorContainer withApiKey(String apiKey) {
        this.apiKey = Settings.requireApiKey(apiKey);
        return withEnv(API_KEY_ENV, apiKey);
    }

    /**
     * Sets how the emulator's jobs point at their results: {@link ResultForm#ARTIFACT} (the default) or
     * {@link ResultForm#URL}, passed to the standalone emulator as {@code --results-form}.
     *
     * <pre>{@code
     * IonQEmulatorContainer ionq = new IonQEmulatorContainer().withResultsForm(ResultForm.URL);
     * }</pre>
     *
     * @param form the form
     * @return this
     */
    public IonQEmulatorContainer withResultsForm(ResultForm form) {
        String value = java.util.Objects.requireNonNull(form, "form").name().toLowerCase(java.util.Locale.ROOT);
        resultsForm = value;
        return withEmulatorCommand();
    }

    /**
     * Sets where the emulator's noisy simulations put their error channels: {@link NoiseAccounting#SUBMITTED}
     * (after each gate as submitted, the default) or {@link NoiseAccounting#NATIVE} (after each gate of the circuit
     * compiled to the backend's native gates), passed to the standalone emulator as {@code --noise-per}.
     *
     * <pre>{@code
     * IonQEmulatorContainer ionq = new IonQEmulatorContainer().withNoisePer(NoiseAccounting.NATIVE);
     * }</pre>
     *
     * @param accounting where the channels go
     * @return this
     */
    public IonQEmulatorContainer withNoisePer(NoiseAccounting accounting) {
        noisePer = Objects.requireNonNull(accounting, "accounting").name().toLowerCase(java.util.Locale.ROOT);
        return withEmulatorCommand();
    }

    /**
     * Puts the jobs of a seed file (the emulator's {@link io.github.ionqci.emulator.EmulatorSeed} format,
     * as {@code ionq:emulator-start} and {@code java -jar ionq-emulator.jar --jobs} read it) into the
     * emulator at start. The file is checked here, so a mistake shows before a container starts; the
     * ids are printed in the container's log ({@code Seeded 2 jobs from …: bell=…}), and a job with an
     * {@code "id"} in the file keeps it.
     *
     * @param seedFile the seed file
     * @return this
     * @throws IllegalArgumentException if the file is not a valid seed file
     */
    public IonQEmulatorContainer withJobs(Path seedFile) {
        io.github.ionqci.emulator.EmulatorSeed.read(seedFile);
        withCopyFileToContainer(MountableFile.forHostPath(seedFile), JOBS_PATH);
        seeded = true;
        return withEmulatorCommand();
    }

    /** Sets the container's command from the options chosen so far, so each {@code with…} keeps the others. */
    private IonQEmulatorContainer withEmulatorCommand() {
        java.util.List<String> command = new java.util.ArrayList<>(
                java.util.List.of("--port", String.valueOf(PORT), "--host", "0.0.0.0"));
        if (resultsForm != null) {
            command.addAll(java.util.List.of("--results-form", resultsForm));
        }
        if (noisePer != null) {
            command.addAll(java.util.List.of("--noise-per", noisePer));
        }
        if (seeded) {
            command.addAll(java.util.List.of("--jobs", JOBS_PATH));
        }
        return withCommand(command.toArray(String[]::new));
    }

    /** @return the API key the emulator accepts */
    public String getApiKey() {
        return apiKey;
    }

    /**
     * @return the v0.4 base URL as seen from the test JVM, for example {@code http://localhost:32768/v0.4}
     * @throws IllegalStateException if the container is not running
     */
    public String getBaseUrl() {
        int mappedPort = getMappedPort(PORT); // first: it fails fast, without a Docker lookup, when not started
        return "http://" + getHost() + ":" + mappedPort + "/v0.4";
    }

    /** @return the base image the emulator image is built on */
    public DockerImageName getBaseImage() {
        return baseImage;
    }

    /** The image recipe, for tests of the configuration; reading its name does not build it. */
    ImageFromDockerfile imageRecipe() {
        return image;
    }

    /** The wait strategy in use, for tests of the configuration. */
    WaitStrategy readinessCheck() {
        return getWaitStrategy();
    }

    /** Names the base image and container; never the API key or the environment. */
    @Override
    public String toString() {
        return "IonQEmulatorContainer[baseImage=" + baseImage.asCanonicalNameString()
                + ", containerId=" + getContainerId() + "]";
    }
}
