package io.github.ionqci.maven;

import io.github.ionqci.client.IonQClient;
import io.github.ionqci.client.IonQException;
import io.github.ionqci.client.job.Job;
import io.github.ionqci.client.job.JobStatus;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;

/**
 * The IonQ jobs this build's {@code ionq:submit} submitted in one project and that no await has seen finish
 * yet, so that a build that ends badly does not leave them running, and billing, at IonQ.
 *
 * <p>With {@code ionq.cancel-on-abort} on (the default) they are canceled when their await times out
 * ({@code ionq:await-jobs}), when the project's build fails, and when the build is interrupted (Ctrl-C, a CI
 * job canceled: a JVM shutdown hook). Jobs a build was given by id ({@code -Dionq.jobs}, a jobs file written
 * elsewhere) are never here. A project that succeeds forgets its jobs without canceling them: awaiting them
 * may be another build's work. Kept in the project's context, one instance per project and build.
 *
 * <pre>{@code
 * BuildJobs jobs = BuildJobs.of(session, project, client, getLog());  // in ionq:submit
 * jobs.submitted("bell", id);
 * jobs.settled(finishedIds);                                           // in ionq:await-jobs
 * jobs.cancel(timedOutIds, "their await timed out");
 * }</pre>
 */
final class BuildJobs {

    private static final String CONTEXT_KEY = BuildJobs.class.getName();

    private final IonQClient client;
    private final Log log;
    private final Map<String, String> unsettled = new LinkedHashMap<>();
    private Thread hook;

    private BuildJobs(IonQClient client, Log log) {
        this.client = client;
        this.log = log;
    }

    /**
     * @param session the build session, to stop at the project's end
     * @param project the project
     * @param client  the client the jobs were submitted with, to cancel them
     * @param log     where to list canceled jobs
     * @return the project's instance, created (with its safety nets) on first use
     */
    static BuildJobs of(MavenSession session, MavenProject project, IonQClient client, Log log) {
        synchronized (project) {
            Object existing = project.getContextValue(CONTEXT_KEY);
            if (existing instanceof BuildJobs jobs) {
                return jobs;
            }
            BuildJobs jobs = new BuildJobs(client, log);
            project.setContextValue(CONTEXT_KEY, jobs);
            RunningEmulators.installSessionListener(session);
            return jobs;
        }
    }

    /**
     * @param project a project
     * @return its instance, or null when this build submitted nothing for it
     */
    static BuildJobs find(MavenProject project) {
        Object existing = project == null ? null : project.getContextValue(CONTEXT_KEY);
        return existing instanceof BuildJobs jobs ? jobs : null;
    }

    /**
     * @param name the job's name (circuit file base name)
     * @param id   the job id
     */
    synchronized void submitted(String name, String id) {
        unsettled.put(id, name);
        if (hook == null) {
            hook = new Thread(() -> cancelAll("the build was interrupted"), "ionq-cancel-on-abort");
            Runtime.getRuntime().addShutdownHook(hook);
        }
    }

    /** @param id a job id @return whether this build submitted it and it is not settled yet */
    synchronized boolean isUnsettled(String id) {
        return unsettled.containsKey(id);
    }

    /** @param ids jobs that finished (or that nobody need cancel any longer) */
    synchronized void settled(Collection<String> ids) {
        ids.forEach(unsettled::remove);
        if (unsettled.isEmpty()) {
            release();
        }
    }

    /**
     * Cancels those of the given jobs this build submitted and that are not settled, and lists them.
     *
     * @param ids the candidates
     * @param why why, for the log line, such as {@code their await timed out}
     * @return the ids canceled
     */
    List<String> cancel(Collection<String> ids, String why) {
        Map<String, String> mine = new LinkedHashMap<>();
        synchronized (this) {
            for (String id : ids) {
                if (unsettled.containsKey(id)) {
                    mine.put(id, unsettled.get(id));
                }
            }
        }
        List<String> canceled = new ArrayList<>();
        dropFinished(mine);
        if (mine.isEmpty()) {
            return canceled;
        }
        log.warn("Canceling " + mine.size() + (mine.size() == 1 ? " IonQ job" : " IonQ jobs") + " this build submitted"
                + " because " + why + " (ionq.cancel-on-abort=false keeps them running):");
        for (Map.Entry<String, String> job : mine.entrySet()) {
            try {
                client.cancel(job.getKey());
                canceled.add(job.getKey());
                log.warn("  - " + job.getValue() + " (" + job.getKey() + "): canceled");
            } catch (IonQException | IllegalArgumentException e) {
                log.warn("  - " + job.getValue() + " (" + job.getKey() + "): could not be canceled (" + e.getMessage()
                        + "); cancel it in the IonQ console");
            }
        }
        settled(mine.keySet());
        return canceled;
    }

    /** Leaves out the jobs IonQ already reports finished: canceling those would mark a completed job canceled. */
    private void dropFinished(Map<String, String> jobs) {
        if (jobs.isEmpty()) {
            return;
        }
        try {
            Map<String, Job> found = client.getJobs(List.copyOf(jobs.keySet()));
            for (Job job : found.values()) {
                JobStatus status = job.status();
                if (JobStatus.COMPLETED.equals(status) || JobStatus.FAILED.equals(status)
                        || JobStatus.CANCELED.equals(status)) {
                    jobs.remove(job.id());
                }
            }
            settled(found.keySet().stream().filter(id -> !jobs.containsKey(id)).toList());
        } catch (IonQException | IllegalArgumentException e) {
            // cannot tell which finished: cancel them all, as asked
        }
    }

    /** @param why why, for the log: cancels every unsettled job */
    void cancelAll(String why) {
        List<String> ids;
        synchronized (this) {
            ids = new ArrayList<>(unsettled.keySet());
        }
        try {
            cancel(ids, why);
        } catch (RuntimeException e) {
            // the JVM may be exiting with logging already shut down; canceling was attempted
        }
    }

    /** Forgets every job without canceling it, and removes the shutdown hook. */
    synchronized void release() {
        unsettled.clear();
        if (hook != null && Thread.currentThread() != hook) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the JVM is already exiting: the hook runs, and finds nothing left to cancel
            }
        }
        hook = null;
    }
}
