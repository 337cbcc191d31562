package io.github.ionqci.maven;

import io.github.ionqci.client.Durations;
import io.github.ionqci.client.IonQClient;
import io.github.ionqci.client.IonQConfig;
import io.github.ionqci.client.IonQException;
import io.github.ionqci.client.await.AwaitResult;
import io.github.ionqci.client.await.AwaitedJob;
import io.github.ionqci.client.await.PollInterval;
import io.github.ionqci.client.cost.JobCost;
import io.github.ionqci.client.job.Job;
import io.github.ionqci.client.jobsfile.JobsFile;
import io.github.ionqci.maven.internal.AwaitReports;
import io.github.ionqci.maven.internal.AwaitSummary;
import io.github.ionqci.maven.internal.ConfigurationProblem;
import io.github.ionqci.maven.internal.GitHubAnnotations;
import io.github.ionqci.maven.internal.JobList;
import io.github.ionqci.maven.internal.JobRow;
import io.github.ionqci.maven.internal.JobTable;
import io.github.ionqci.maven.internal.ProgressLine;
import io.github.ionqci.maven.internal.ProgressThrottle;
import io.github.ionqci.maven.internal.ResultsDownload;
import java.io.File;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Blocks the build until every listed IonQ job is finished, then reports them and fails the build if
 * any did not complete.
 *
 * <pre>
 * mvn ionq:await-jobs -Dionq.jobs=e1a09d90-b2ba-4ea5-9fd7-4bfc14eac524,…
 * mvn ionq:await-jobs -Dionq.jobs.file=target/ionq/jobs.json
 * </pre>
 *
 * <p>All jobs are awaited together with the client's batch awaiter ({@code GET /jobs?ids=…}, one request
 * per page per poll). While it waits, a progress line at most every {@code ionq.await.progress-interval}
 * gives the counts by status, the slowest job and the predicted wait. At the end: a table of every job,
 * {@code target/ionq/await-report.json}, {@code target/ionq/TEST-ionq-await-jobs.xml} (JUnit XML, one test
 * case per job), and optionally each completed job's probabilities in {@code target/ionq/results/}.
 */
@Mojo(name = "await-jobs", defaultPhase = LifecyclePhase.PRE_INTEGRATION_TEST, threadSafe = true)
public class AwaitJobsMojo extends AbstractClientMojo {

    /** Job ids to await, comma-separated. */
    @Parameter(property = "ionq.jobs")
    String jobIds;

    /** Job ids to await, as a list: {@code <jobs><job>id</job></jobs>}. */
    @Parameter
    List<String> jobs;

    /**
     * A jobs file: JSON {@code {"name": "id", …}} as {@code ionq:submit} writes it, or one id per line.
     * When neither {@code ionq.jobs} nor {@code <jobs>} is given, {@code target/ionq/jobs.json} is read.
     */
    @Parameter(property = "ionq.jobs.file")
    File jobsFile;

    /** How long to wait for all jobs before reporting the unfinished ones as timed out. */
    @Parameter(property = "ionq.await.timeout", defaultValue = "60m")
    String timeout;

    /**
     * How long to go on while no request reaches IonQ at all (connection refused, DNS, TLS or proxy
     * failures) before failing with a message naming the host; a job that is merely slow still waits for
     * {@code ionq.await.timeout}.
     */
    @Parameter(property = "ionq.connect.give-up-after", defaultValue = "2m")
    String giveUpAfter;

    /** The first poll interval; it grows ×1.5 each round up to {@code ionq.await.max-poll-interval}. */
    @Parameter(property = "ionq.await.poll-interval", defaultValue = "1s")
    String pollInterval;

    /** The longest poll interval. */
    @Parameter(property = "ionq.await.max-poll-interval", defaultValue = "30s")
    String maxPollInterval;

    /** The least time between two progress lines. */
    @Parameter(property = "ionq.await.progress-interval", defaultValue = "10s")
    String progressInterval;

    /**
     * Let the build pass when there is nothing to await (an empty jobs file, one with only comments, or
     * {@code {}}). By default nothing to await is a configuration error: a wrong path or a submit step
     * that did not run.
     */
    @Parameter(property = "ionq.await.allow-empty", defaultValue = "false")
    boolean allowEmpty;

    /** Fail the build when a job was canceled. */
    @Parameter(property = "ionq.await.fail-on-canceled", defaultValue = "true")
    boolean failOnCanceled;

    /** Fail the build when a job is still unfinished at the timeout. */
    @Parameter(property = "ionq.await.fail-on-timeout", defaultValue = "true")
    boolean failOnTimeout;

    /** Fail the build when a job id is unknown to IonQ (a wrong id, or a job of another project). */
    @Parameter(property = "ionq.await.fail-on-not-found", defaultValue = "true")
    boolean failOnNotFound;

    /** Download each completed job's probabilities to {@code target/ionq/results/<name>.json}. */
    @Parameter(property = "ionq.download-results", defaultValue = "false")
    boolean downloadResults;

    /**
     * Cancel the jobs this build's {@code ionq:submit} submitted that are still unfinished when the await times
     * out (and, through {@code ionq:submit}, when the build fails or is interrupted); the log lists them.
     */
    @Parameter(property = "ionq.cancel-on-abort", defaultValue = "true")
    boolean cancelOnAbort;

    /**
     * Also cancel jobs given by id ({@code ionq.jobs}, {@code <jobs>} or a jobs file this build did not write)
     * that are unfinished when the await times out. Off by default: a job named by id is someone else's.
     */
    @Parameter(property = "ionq.await.cancel-given-jobs", defaultValue = "false")
    boolean cancelGivenJobs;

    /** Ask IonQ what each job cost ({@code GET /jobs/{id}/cost}) and show it in the table, the reports and a total. */
    @Parameter(property = "ionq.await.report-cost", defaultValue = "true")
    boolean reportCost;

    /** @param decrypter Maven's settings decrypter */
    @Inject
    public AwaitJobsMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    @Override
    protected boolean skipsWithTests() {
        return true;
    }

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        Duration timeoutValue = duration(timeout, "ionq.await.timeout");
        Duration firstPoll = duration(pollInterval, "ionq.await.poll-interval");
        Duration maxPoll = duration(maxPollInterval, "ionq.await.max-poll-interval");
        Duration progressEvery = duration(progressInterval, "ionq.await.progress-interval");
        Duration giveUp = duration(giveUpAfter, "ionq.connect.give-up-after");
        if (firstPoll.isZero() || maxPoll.compareTo(firstPoll) < 0) {
            throw new ConfigurationProblem("ionq.await.poll-interval (" + pollInterval + ") must be above zero and"
                    + " at most ionq.await.max-poll-interval (" + maxPollInterval + ").");
        }
        List<JobsFile.Entry> refs = jobsToAwait();
        if (refs.isEmpty()) {
            getLog().warn("No IonQ jobs to await, and ionq.await.allow-empty = true: nothing to do.");
            return;
        }
        IonQConfig config = build(configuration().awaitTimeout(timeoutValue).pollInterval(firstPoll).maxPollInterval(maxPoll)
                .connectGiveUpAfter(giveUp));
        IonQClient client = client(config);
        Map<String, String> names = new HashMap<>();
        refs.forEach(r -> names.put(r.id(), r.name()));

        Instant started = Instant.now();
        AwaitResult result = awaitAll(client, refs, names, PollInterval.of(config), timeoutValue, progressEvery);
        Duration elapsed = Duration.between(started, Instant.now());
        cancelUnfinished(client, result, names);

        List<JobRow> rows = new ArrayList<>();
        for (AwaitedJob awaited : result.jobs()) {
            rows.add(row(awaited, names.getOrDefault(awaited.id(), awaited.id())));
        }
        if (reportCost) {
            rows = withCosts(client, rows);
        }
        OpenSession.endIfOpen(project, "its await ended");
        Path reports = outputDirectory.toPath();
        if (downloadResults) {
            rows = new ResultsDownload(client, reports, getLog()::warn).download(rows, result.jobs());
        }
        AwaitSummary summary = new AwaitSummary(rows, elapsed, timeoutValue, config.baseUrl().toString(), Instant.now());
        JobTable.render(rows).forEach(getLog()::info);
        getLog().info(summary.countsText() + " in " + Durations.format(elapsed)
                + (summary.totalCostText() == null ? "" : "; total cost " + summary.totalCostText()));
        writeReports(reports, summary);
        failIfNeeded(summary);
    }

    private AwaitResult awaitAll(IonQClient client, List<JobsFile.Entry> refs, Map<String, String> names, PollInterval polls,
                                 Duration timeoutValue, Duration progressEvery) throws MojoExecutionException {
        getLog().info("Awaiting " + refs.size() + (refs.size() == 1 ? " IonQ job" : " IonQ jobs") + " (timeout "
                + timeout + ", polling every " + pollInterval + " growing to " + maxPollInterval + ")");
        ProgressThrottle throttle = new ProgressThrottle(progressEvery, System::nanoTime);
        try {
            return client.awaiter()
                    .timeout(timeoutValue)
                    .pollInterval(polls)
                    .onProgress(progress -> {
                        if (throttle.due()) {
                            getLog().info(ProgressLine.of(progress, names, Instant.now()));
                        }
                    })
                    .await(refs.stream().map(JobsFile.Entry::id).toList());
        } catch (IonQException e) {
            throw new MojoExecutionException("Could not await the IonQ jobs: " + e.getMessage(), e);
        }
    }

    /** Adds what IonQ states each job cost ({@code GET /jobs/{id}/cost}); a job it cannot price keeps none. */
    private List<JobRow> withCosts(IonQClient client, List<JobRow> rows) {
        List<JobRow> priced = new ArrayList<>(rows.size());
        boolean warned = false;
        for (JobRow row : rows) {
            if (row.status() == null) {
                priced.add(row);
                continue;
            }
            try {
                JobCost cost = client.getCost(row.id());
                priced.add(row.withCost(cost.cost().orElse(null)));
            } catch (IonQException e) {
                if (!warned) {
                    getLog().warn("Could not get the cost of " + row.label() + " (" + e.getMessage() + "); the"
                            + " reports show no cost for jobs IonQ does not price. -Dionq.await.report-cost=false"
                            + " stops asking.");
                    warned = true;
                }
                priced.add(row);
            }
        }
        return priced;
    }

    /** Settles the finished jobs this build submitted, and cancels the timed-out ones as configured. */
    private void cancelUnfinished(IonQClient client, AwaitResult result, Map<String, String> names) {
        BuildJobs mine = BuildJobs.find(project);
        List<String> finished = new ArrayList<>();
        List<String> timedOut = new ArrayList<>();
        for (AwaitedJob job : result.jobs()) {
            (job.outcome() == io.github.ionqci.client.await.AwaitOutcome.TIMED_OUT ? timedOut : finished).add(job.id());
        }
        if (mine != null) {
            mine.settled(finished);
        }
        if (timedOut.isEmpty()) {
            return;
        }
        if (!cancelOnAbort) {
            if (mine != null) {
                mine.settled(timedOut);
            }
            return;
        }
        List<String> canceled = mine == null ? List.of() : mine.cancel(timedOut, "their await timed out");
        List<String> given = timedOut.stream().filter(id -> !canceled.contains(id)).toList();
        if (given.isEmpty()) {
            return;
        }
        if (!cancelGivenJobs) {
            getLog().info("Not canceling " + given.size() + " timed-out " + (given.size() == 1 ? "job" : "jobs")
                    + " given by id (this build did not submit them; -Dionq.await.cancel-given-jobs=true cancels them"
                    + " too)");
            return;
        }
        getLog().warn("Canceling " + given.size() + " timed-out " + (given.size() == 1 ? "job" : "jobs")
                + " given by id (ionq.await.cancel-given-jobs=true):");
        for (String id : given) {
            try {
                client.cancel(id);
                getLog().warn("  - " + names.getOrDefault(id, id) + " (" + id + "): canceled");
            } catch (IonQException e) {
                getLog().warn("  - " + names.getOrDefault(id, id) + " (" + id + "): could not be canceled ("
                        + e.getMessage() + ")");
            }
        }
    }

    private List<JobsFile.Entry> jobsToAwait() {
        List<JobsFile.Entry> fromProperty = JobList.parse(jobIds, "ionq.jobs");
        List<JobsFile.Entry> fromList = JobList.parseEach(jobs, "<jobs>");
        File file = jobsFile;
        if (file == null && fromProperty.isEmpty() && fromList.isEmpty()) {
            file = new File(project.getBuild().getDirectory(), JobsFile.DEFAULT_NAME);
            if (!file.exists()) {
                throw new ConfigurationProblem("No IonQ jobs to await: set -Dionq.jobs=id1,id2, a <jobs> list, or"
                        + " -Dionq.jobs.file=…; the default jobs file " + file + " does not exist (ionq:submit"
                        + " writes it).");
            }
        }
        List<JobsFile.Entry> fromFile = List.of();
        if (file != null) {
            fromFile = JobsFile.read(resolve(file).toPath()).requireJobs(allowEmpty);
            getLog().info("Read " + fromFile.size() + (fromFile.size() == 1 ? " job" : " jobs") + " from " + file);
        }
        List<JobsFile.Entry> all = JobList.merge(fromProperty, fromList, fromFile);
        if (all.isEmpty() && !allowEmpty) {
            throw new ConfigurationProblem("No IonQ jobs to await: ionq.jobs and <jobs> list none. Give job ids, or"
                    + " set ionq.await.allow-empty=true to let an empty list pass.");
        }
        return all;
    }

    private JobRow row(AwaitedJob awaited, String name) {
        Job job = awaited.job();
        String outcome = awaited.outcome().name();
        boolean fails = switch (outcome) {
            case "COMPLETED" -> false;
            case "CANCELED" -> failOnCanceled;
            case "TIMED_OUT" -> failOnTimeout;
            case "NOT_FOUND" -> failOnNotFound;
            default -> true;
        };
        if (job == null) {
            String error = awaited.lastError() == null ? null : awaited.lastError().getMessage();
            return new JobRow(name, awaited.id(), outcome, null, null, null, null, error, fails, null);
        }
        Duration duration = job.isReadable("submitted_at") && job.isReadable("completed_at")
                && job.submittedAt() != null && job.completedAt() != null
                ? Duration.between(job.submittedAt(), job.completedAt()) : null;
        String code = job.failure() == null ? null : job.failure().code().value();
        String message = job.shownFailureMessage();
        return new JobRow(name, awaited.id(), outcome, job.status() == null ? null : job.status().value(),
                job.isReadable("backend") ? job.backend() : null, duration, code, message, fails, null);
    }

    private void writeReports(Path reports, AwaitSummary summary) throws MojoExecutionException {
        try {
            AwaitReports.writeJson(reports.resolve(AwaitReports.JSON_FILE), summary);
            AwaitReports.writeJUnitXml(reports.resolve(AwaitReports.JUNIT_FILE), summary);
        } catch (UncheckedIOException e) {
            throw new MojoExecutionException("Could not write the await reports to " + reports + ": "
                    + e.getCause().getMessage(), e);
        }
        getLog().info("Reports: " + reports.resolve(AwaitReports.JSON_FILE) + ", "
                + reports.resolve(AwaitReports.JUNIT_FILE));
    }

    private void failIfNeeded(AwaitSummary summary) throws MojoFailureException {
        List<JobRow> failing = summary.failing();
        if (failing.isEmpty()) {
            return;
        }
        if (GitHubAnnotations.enabled(System.getenv())) {
            // straight to the console: a workflow command must start its line, without Maven's "[ERROR] " prefix
            for (JobRow row : failing) {
                System.out.println(GitHubAnnotations.error("IonQ job " + row.name() + " " + row.outcomeText(),
                        row.id() + ": " + row.problem()));
            }
        }
        StringBuilder message = new StringBuilder()
                .append(failing.size()).append(" of ").append(summary.rows().size())
                .append(summary.rows().size() == 1 ? " IonQ job" : " IonQ jobs").append(" did not complete:");
        for (JobRow row : failing) {
            message.append(System.lineSeparator()).append("  - ").append(row.label()).append(": ")
                    .append(row.outcomeText().toUpperCase(Locale.ROOT)).append(' ').append(row.problem());
        }
        message.append(System.lineSeparator()).append("See ").append(outputDirectory.toPath().resolve(AwaitReports.JSON_FILE));
        List<String> allowed = new ArrayList<>();
        if (failing.stream().anyMatch(r -> r.outcome().equals("CANCELED"))) {
            allowed.add("-Dionq.await.fail-on-canceled=false");
        }
        if (failing.stream().anyMatch(r -> r.outcome().equals("TIMED_OUT"))) {
            allowed.add("-Dionq.await.fail-on-timeout=false (or a longer -Dionq.await.timeout)");
        }
        if (failing.stream().anyMatch(r -> r.outcome().equals("NOT_FOUND"))) {
            allowed.add("-Dionq.await.fail-on-not-found=false");
        }
        if (!allowed.isEmpty()) {
            message.append(System.lineSeparator()).append("To let the build pass anyway: ")
                    .append(String.join(", ", allowed));
        }
        throw new MojoFailureException(message.toString());
    }
}
