package io.github.ionqci.junit.internal;

import io.github.ionqci.client.IonQConfigurationException;
import io.github.ionqci.client.circuit.CircuitJob;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * Finds the file of {@code @IonQJob(circuit = ..., shots, backend, noise, noiseSeed)} (a classpath resource
 * from the root, then relative to the test class, else a file relative to the project directory) and hands
 * it to the client's {@link CircuitJob}, the one builder and override rule shared with {@code ionq:submit}:
 * the annotation's {@code shots}, {@code backend}, {@code noise} and {@code noiseSeed}, when set, replace the
 * file's. The job's metadata records the file ({@link CircuitJob#CIRCUIT_METADATA}) for
 * {@code matchesSimulation()}. The circuit assertions find their files here too ({@link #load}).
 */
public final class CircuitResources {

    private CircuitResources() {
    }

    /**
     * @param circuit   the annotation's circuit attributes
     * @param testClass the class whose package relative resources are looked up in
     * @param where     the annotation, for messages
     * @return the job to submit; the same file and attributes always give the same body
     * @throws ExtensionConfigurationException when the file is missing or does not describe a circuit
     */
    static CircuitJob job(JobSource.Circuit circuit, Class<?> testClass, Object where) {
        String resource = circuit.resource();
        // "/circuits/x.json" and "circuits/x.json" name the same root resource, and stay one job
        return load(resource, testClass, where)
                .shots(circuit.shots()).backend(circuit.backend()).noise(circuit.noise())
                .noiseSeed(circuit.noiseSeed() == JobSource.Circuit.NO_SEED ? null : (int) circuit.noiseSeed())
                .recordedAs(resource.startsWith("/") ? resource.substring(1) : resource);
    }

    /**
     * Reads a circuit file the way {@code @IonQJob(circuit = …)} finds it, with nothing overridden.
     *
     * @param resource a classpath resource (from the root, then relative to {@code anchor}'s package), else a
     *                 file relative to the project directory
     * @param anchor   the class whose class loader and package resolve the resource
     * @param where    what named the file, for messages
     * @return the file's job, as the client's one builder reads it
     * @throws ExtensionConfigurationException when the file is missing or does not describe a circuit
     */
    public static CircuitJob load(String resource, Class<?> anchor, Object where) {
        String text = read(resource, anchor, where);
        try {
            return CircuitJob.parse(text, resource);
        } catch (IonQConfigurationException e) {
            throw new ExtensionConfigurationException(e.getMessage() + " (" + where + ")", e);
        }
    }

    private static String read(String resource, Class<?> testClass, Object where) {
        String rooted = resource.startsWith("/") ? resource.substring(1) : resource;
        ClassLoader loader = testClass.getClassLoader() != null ? testClass.getClassLoader()
                : ClassLoader.getSystemClassLoader();
        URL url = loader.getResource(rooted);
        if (url == null && !resource.startsWith("/")) {
            url = testClass.getResource(resource);
        }
        Path file = RunState.projectDirectory().resolve(resource);
        try {
            if (url != null) {
                try (InputStream in = url.openStream()) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            if (Files.isRegularFile(file)) {
                return Files.readString(file, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new ExtensionConfigurationException("Cannot read the circuit file \"" + resource + "\" (" + where
                    + "): " + e.getMessage(), e);
        }
        String packageDir = testClass.getPackageName().replace('.', '/');
        throw new ExtensionConfigurationException("The circuit file \"" + resource + "\" (" + where + ") was not found."
                + " Looked for the classpath resource /" + rooted
                + (resource.startsWith("/") ? "" : ", the classpath resource /" + packageDir + "/" + resource)
                + " and the file " + file + ". Put it in src/test/resources/" + rooted + ".");
    }
}
