package io.github.ionqci.maven;

import io.github.ionqci.client.IonQClient;
import io.github.ionqci.client.IonQException;
import io.github.ionqci.client.SubmittedJob;
import io.github.ionqci.client.circuit.CircuitJob;
import io.github.ionqci.client.jobsfile.JobsFile;
import io.github.ionqci.maven.internal.ConfigurationProblem;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Submits circuit files as IonQ jobs and writes their ids to the jobs file, keyed by the file's base
 * name, for {@code ionq:await-jobs} and {@code @IonQJob(name = …)} to pick up.
 *
 * <pre>
 * mvn ionq:submit                                  # every *.json in src/test/resources/ionq/circuits
 * mvn ionq:submit -Dionq.submit.backend=qpu.forte-1 -Dionq.submit.shots=500
 * </pre>
 *
 * <p>Each file becomes a job through the client's {@link CircuitJob}, the same builder as
 * {@code @IonQJob(circuit = …)}: {@code ionq.submit.backend}, {@code shots}, {@code noise} and
 * {@code noise-seed}, when set, replace the file's values; unset, the file's are kept (else backend
 * {@code simulator} and IonQ's defaults). The jobs file keys each job by the file's base name. Each job's
 * metadata records its circuit file, relative to the project directory ({@link CircuitJob#CIRCUIT_METADATA}),
 * so the tests' {@code matchesSimulation()} can simulate it.
 *
 * <p>A circuit whose name is already in the jobs file is not submitted again while the API still knows
 * its job (a re-run of the build reuses the job, and does not pay for it twice) unless
 * {@code ionq.submit.force} is true. A recorded job the API does not know (a previous emulator's, or
 * another project's) is submitted again and its new id recorded.
 */
@Mojo(name = "submit", defaultPhase = LifecyclePhase.PRE_INTEGRATION_TEST, threadSafe = true)
public class SubmitMojo extends AbstractClientMojo {

    /** The folder whose {@code *.json} files are submitted, when no {@code <circuits>} list is given. */
    @Parameter(property = "ionq.circuits", defaultValue = "${project.basedir}/src/test/resources/ionq/circuits")
    File circuitsDirectory;

    /** The circuit files to submit, instead of a folder. */
    @Parameter
    List<File> circuits;

    /** The jobs file the ids are written to (merged into what is there). */
    @Parameter(property = "ionq.jobs.file", defaultValue = "${project.build.directory}/ionq/jobs.json")
    File jobsFile;

    /** The backend of every job, replacing the files'; unset: the file's, else {@code simulator}. */
    @Parameter(property = "ionq.submit.backend")
    String backend;

    /** The shots of every job, replacing the files'; unset: the file's, else IonQ's default. */
    @Parameter(property = "ionq.submit.shots")
    Integer shots;

    /** The simulator noise model (such as {@code aria-1}) of every job, replacing the files'; unset: the file's, else none. */
    @Parameter(property = "ionq.submit.noise")
    String noise;

    /** The noise seed of every job, replacing the files'; unset: the file's. */
    @Parameter(property = "ionq.submit.noise-seed")
    Integer noiseSeed;

    /** Submit every circuit, even those whose recorded job the API still knows. */
    @Parameter(property = "ionq.submit.force", defaultValue = "false")
    boolean force;

    /** @param decrypter Maven's settings decrypter */
    @Inject
    public SubmitMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    @Override
    protected void run() throws MojoExecutionException {
        List<Path> files = circuitFiles();
        Path file = resolve(jobsFile).toPath();
        Map<String, String> ids = JobsFile.readIfExists(file).names();
        Map<String, String> bodies = new LinkedHashMap<>();
        for (Path path : files) {
            CircuitJob circuit = CircuitJob.read(path).shots(shots).backend(backend).noise(noise).noiseSeed(noiseSeed);
            String name = circuit.baseName();
            if (bodies.containsKey(name)) {
                throw new ConfigurationProblem("Two circuit files are named '" + name + "'; the jobs file keys jobs by"
                        + " file name, so rename one of them.");
            }
            bodies.put(name, circuit.recordedAs(recordedPath(path)).toJson());
        }
        IonQClient client = null;
        Set<String> known = Set.of();
        List<String> recorded = bodies.keySet().stream().filter(ids::containsKey).map(ids::get).distinct().toList();
        if (!force && !recorded.isEmpty()) {
            client = client(build(configuration()));
            known = knownJobs(client, recorded, file);
        }
        int submitted = 0;
        for (Map.Entry<String, String> entry : bodies.entrySet()) {
            String name = entry.getKey();
            if (!force && ids.containsKey(name)) {
                if (known.contains(ids.get(name))) {
                    getLog().info(name + ": already submitted as " + ids.get(name) + " (in " + file + "); not"
                            + " submitted again. Use -Dionq.submit.force=true to submit it anyway.");
                    continue;
                }
                getLog().info(name + ": " + ids.get(name) + " (in " + file + ") is unknown to " + client.config().baseUrl()
                        + " (a previous emulator's job, or another project's); submitting it again.");
            }
            if (client == null) {
                client = client(build(configuration()));
            }
            SubmittedJob job;
            try {
                job = client.submit(entry.getValue());
            } catch (IonQException e) {
                throw new MojoExecutionException("IonQ did not accept the circuit '" + name + "': " + e.getMessage()
                        + (submitted > 0 ? " (the " + submitted + " jobs submitted before it are in " + file + ")" : ""), e);
            }
            ids.put(name, job.id());
            JobsFile.write(file, ids);
            submitted++;
            getLog().info(name + ": submitted as " + job.id());
        }
        getLog().info("Submitted " + submitted + " of " + bodies.size() + (bodies.size() == 1 ? " circuit" : " circuits")
                + "; ids in " + file);
    }

    /** @return the circuit file relative to the project directory (with {@code /}), as the tests resolve it */
    private String recordedPath(Path circuit) {
        Path absolute = circuit.toAbsolutePath().normalize();
        if (project == null || project.getBasedir() == null) {
            return absolute.toString().replace('\\', '/');
        }
        Path base = project.getBasedir().toPath().toAbsolutePath().normalize();
        Path shown = absolute.startsWith(base) ? base.relativize(absolute) : absolute;
        return shown.toString().replace('\\', '/');
    }

    /** @return which of the recorded ids the API still knows: one batch request, not one per job */
    private Set<String> knownJobs(IonQClient client, List<String> recorded, Path file) throws MojoExecutionException {
        try {
            return client.getJobs(recorded).keySet();
        } catch (IonQException e) {
            throw new MojoExecutionException("Could not check whether the jobs recorded in " + file
                    + " still exist: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("The jobs file " + file + " holds an id that is not a job id: "
                    + e.getMessage() + ". Correct or delete the file (mvn clean deletes it), then build again.", e);
        }
    }

    private List<Path> circuitFiles() {
        if (circuits != null && !circuits.isEmpty()) {
            List<Path> files = new ArrayList<>();
            for (File circuit : circuits) {
                Path path = resolve(circuit).toPath();
                if (!Files.isRegularFile(path)) {
                    throw new ConfigurationProblem("The circuit file " + path + " listed in <circuits> does not exist.");
                }
                files.add(path);
            }
            return files;
        }
        Path directory = resolve(circuitsDirectory).toPath();
        if (!Files.isDirectory(directory)) {
            throw new ConfigurationProblem("No circuits to submit: the folder " + directory + " does not exist. Put"
                    + " circuit JSON files there, or set -Dionq.circuits=<folder> or a <circuits> list.");
        }
        try (Stream<Path> listing = Files.list(directory)) {
            List<Path> files = listing.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .filter(Files::isRegularFile).sorted().toList();
            if (files.isEmpty()) {
                throw new ConfigurationProblem("No circuits to submit: the folder " + directory + " has no *.json file.");
            }
            return files;
        } catch (IOException e) {
            throw new ConfigurationProblem("Cannot list the circuits folder " + directory + ": " + e.getMessage(), e);
        }
    }
}
