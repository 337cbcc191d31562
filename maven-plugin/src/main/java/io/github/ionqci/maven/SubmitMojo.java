package io.github.ionqci.maven;

import io.github.ionqci.client.IonQClient;
import io.github.ionqci.client.IonQException;
import io.github.ionqci.client.SubmittedJob;
import io.github.ionqci.client.circuit.CircuitJob;
import io.github.ionqci.client.jobsfile.JobsFile;
import io.github.ionqci.client.cost.Amount;
import io.github.ionqci.client.cost.EstimateRequest;
import io.github.ionqci.client.job.Job;
import io.github.ionqci.client.session.Session;
import io.github.ionqci.client.session.SessionLimits;
import io.github.ionqci.maven.internal.SubmitBudget;
import java.math.BigDecimal;
import java.util.Set;
import io.github.ionqci.client.job.JobStatus;
import io.github.ionqci.maven.internal.ConfigurationProblem;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
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
 * another project's) is submitted again and its new id recorded, and so is a recorded job that was canceled
 * (such as by {@code ionq.cancel-on-abort} in an earlier build).
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

    /**
     * Cancel the jobs this build submits when the build fails or is interrupted before they finish, or when
     * their await times out; the log lists them.
     */
    @Parameter(property = "ionq.cancel-on-abort", defaultValue = "true")
    boolean cancelOnAbort;

    /**
     * The most the circuits of one {@code ionq:submit} may cost together, in USD, by IonQ's estimates
     * ({@code GET /jobs/estimate}, asked for every circuit before any is submitted). Over it, nothing is
     * submitted and the build fails with a table of the estimates. Unset: no cap (and, in CI on a QPU backend,
     * one warning with the estimate).
     */
    @Parameter(property = "ionq.max-cost")
    String maxCost;

    /** Opens an IonQ session for the circuits with at most this many jobs ({@code job_count_limit}). */
    @Parameter(property = "ionq.session.max-jobs")
    Integer sessionMaxJobs;

    /** Opens an IonQ session for the circuits that may cost at most this many USD ({@code cost_limit}). */
    @Parameter(property = "ionq.session.max-cost")
    String sessionMaxCost;

    /** Opens an IonQ session for the circuits that lasts at most this many minutes ({@code duration_limit_min}). */
    @Parameter(property = "ionq.session.max-minutes")
    Integer sessionMaxMinutes;

    /** @param decrypter Maven's settings decrypter */
    @Inject
    public SubmitMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    @Override
    protected boolean skipsWithTests() {
        return true;
    }

    @Override
    protected void run() throws MojoExecutionException {
        List<Path> files = circuitFiles();
        Path file = resolve(jobsFile).toPath();
        JobsFile existing = JobsFile.readIfExists(file);
        Map<String, String> ids = existing.names();
        Map<String, String> circuitOf = new LinkedHashMap<>();   // recorded in the file, for matchesSimulation()
        existing.entries().stream().filter(e -> e.circuit() != null).forEach(e -> circuitOf.put(e.name(), e.circuit()));
        Map<String, String> bodies = new LinkedHashMap<>();
        for (Path path : files) {
            CircuitJob circuit = CircuitJob.read(path).shots(shots).backend(backend).noise(noise).noiseSeed(noiseSeed);
            String name = circuit.baseName();
            if (bodies.containsKey(name)) {
                throw new ConfigurationProblem("Two circuit files are named '" + name + "'; the jobs file keys jobs by"
                        + " file name, so rename one of them.");
            }
            String recordedAs = recordedPath(path);
            circuitOf.put(name, recordedAs);
            bodies.put(name, circuit.recordedAs(recordedAs).toJson());
        }
        IonQClient client = null;
        Map<String, Job> known = Map.of();
        List<String> recorded = bodies.keySet().stream().filter(ids::containsKey).map(ids::get).distinct().toList();
        if (!force && !recorded.isEmpty()) {
            client = client(build(configuration()));
            known = knownJobs(client, recorded, file);
        }
        Map<String, String> toSubmit = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : bodies.entrySet()) {
            String name = entry.getKey();
            if (!force && ids.containsKey(name)) {
                Job recordedJob = known.get(ids.get(name));
                if (recordedJob != null && JobStatus.CANCELED.equals(recordedJob.status())) {
                    getLog().info(name + ": " + ids.get(name) + " (in " + file + ") was canceled; submitting it again.");
                } else if (recordedJob != null) {
                    getLog().info(name + ": already submitted as " + ids.get(name) + " (in " + file + "); not"
                            + " submitted again. Use -Dionq.submit.force=true to submit it anyway.");
                    continue;
                } else {
                    getLog().info(name + ": " + ids.get(name) + " (in " + file + ") is unknown to "
                            + client.config().baseUrl() + " (a previous emulator's job, or another project's);"
                            + " submitting it again.");
                }
            }
            toSubmit.put(name, entry.getValue());
        }
        if (toSubmit.isEmpty()) {
            getLog().info("Submitted 0 of " + bodies.size() + (bodies.size() == 1 ? " circuit" : " circuits")
                    + "; ids in " + file);
            return;
        }
        if (client == null) {
            client = client(build(configuration()));
        }
        new SubmitBudget(getLog(), maxCost(), System.getenv(), this::firstCiWarning).check(client, toSubmit);
        SessionLimits limits = sessionLimits();
        if (!limits.isEmpty()) {
            toSubmit = openSession(client, limits, toSubmit);
        }
        int submitted = 0;
        for (Map.Entry<String, String> entry : toSubmit.entrySet()) {
            String name = entry.getKey();
            SubmittedJob job;
            try {
                job = client.submit(entry.getValue());
            } catch (IonQException e) {
                OpenSession.endIfOpen(project, "a submission failed");
                throw new MojoExecutionException("IonQ did not accept the circuit '" + name + "': " + e.getMessage()
                        + (submitted > 0 ? " (the " + submitted + " jobs submitted before it are in " + file + ")" : ""), e);
            }
            ids.put(name, job.id());
            JobsFile.writeEntries(file, ids.entrySet().stream()
                    .map(e -> new JobsFile.Entry(e.getKey(), e.getValue(), circuitOf.get(e.getKey()))).toList());
            if (cancelOnAbort) {
                BuildJobs.of(session, project, client, getLog()).submitted(name, job.id());
            }
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

    /** @return true the first time in this build (all projects together) that the CI cost warning is due */
    private boolean firstCiWarning() {
        MavenProject root = session.getTopLevelProject() != null ? session.getTopLevelProject() : project;
        synchronized (root) {
            String key = SubmitBudget.class.getName() + ".warned";
            if (root.getContextValue(key) != null) {
                return false;
            }
            root.setContextValue(key, Boolean.TRUE);
            return true;
        }
    }

    /** @return {@code ionq.max-cost} in USD, or null when unset */
    private BigDecimal maxCost() {
        return usd(maxCost, "ionq.max-cost");
    }

    private SessionLimits sessionLimits() {
        BigDecimal cost = usd(sessionMaxCost, "ionq.session.max-cost");
        try {
            return new SessionLimits(sessionMaxJobs, sessionMaxMinutes,
                    cost == null ? null : new Amount(cost, "usd"));
        } catch (IllegalArgumentException e) {
            throw new ConfigurationProblem(e.getMessage() + ". Give ionq.session.max-jobs and ionq.session.max-minutes"
                    + " as whole numbers of at least 1, and ionq.session.max-cost in USD.", e);
        }
    }

    private static BigDecimal usd(String text, String property) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(text.strip());
            if (value.signum() < 0) {
                throw new NumberFormatException("negative");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new ConfigurationProblem(property + " = '" + text + "' is not an amount in USD. Use a number such as"
                    + " 25 or 0.50.", e);
        }
    }

    /** Opens a session on the circuits' one backend, and puts its id into each payload. */
    private Map<String, String> openSession(IonQClient client, SessionLimits limits, Map<String, String> toSubmit)
            throws MojoExecutionException {
        Set<String> backends = new java.util.TreeSet<>();
        toSubmit.values().forEach(body -> backends.add(EstimateRequest.forPayload(body).backend()));
        if (backends.size() != 1) {
            throw new ConfigurationProblem("An IonQ session is for one backend, but the circuits use " + backends
                    + ". Submit them in separate executions, or without session limits.");
        }
        String sessionBackend = backends.iterator().next();
        Session created;
        try {
            created = client.createSession(sessionBackend, limits);
        } catch (IonQException e) {
            throw new MojoExecutionException("Could not open an IonQ session on " + sessionBackend + ": "
                    + e.getMessage(), e);
        }
        OpenSession.open(session, project, client, created, getLog());
        getLog().info("Opened IonQ session " + created.id() + " on " + sessionBackend + " (job_count_limit "
                + text(limits.jobCountLimit()) + ", cost_limit " + (limits.costLimit() == null ? "none"
                : limits.costLimit().text()) + ", duration_limit_min " + text(limits.durationLimitMin()) + ")");
        Map<String, String> inSession = new LinkedHashMap<>();
        toSubmit.forEach((name, body) -> inSession.put(name, CircuitJob.parse(body, name).session(created.id()).toJson()));
        return inSession;
    }

    private static String text(Integer limit) {
        return limit == null ? "none" : limit.toString();
    }

    /** @return the recorded jobs the API still knows, by id: one batch request, not one per job */
    private Map<String, Job> knownJobs(IonQClient client, List<String> recorded, Path file) throws MojoExecutionException {
        try {
            return client.getJobs(recorded);
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
