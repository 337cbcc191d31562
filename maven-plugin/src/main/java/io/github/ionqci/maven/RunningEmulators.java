package io.github.ionqci.maven;

import io.github.ionqci.emulator.IonQEmulator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.maven.execution.ExecutionListener;
import org.apache.maven.execution.MavenExecutionRequest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;

/**
 * The emulators {@code ionq:emulator-start} started, one per project, until {@code ionq:emulator-stop}
 * stops them.
 *
 * <p>A build can fail between the two goals (a failing integration test with {@code testFailureIgnore}
 * off, a failed {@code ionq:await-jobs}), so that {@code emulator-stop} never runs. Three safety nets
 * stop the emulator anyway, as users expect from the jetty and docker plugins:
 * <ol>
 *   <li>Maven's own execution events: {@code emulator-start} wraps the session's {@link ExecutionListener}
 *       ({@link MavenExecutionRequest#setExecutionListener}, public API, no {@code <extensions>true}
 *       needed) so that when the project's build ends, failed or not, or the session ends, its emulator
 *       is stopped. This also covers {@code mvn integration-test}, which never reaches
 *       {@code post-integration-test}, and long-lived Maven daemons.</li>
 *   <li>A JVM shutdown hook, for a build that is interrupted (Ctrl-C, a CI job canceled).</li>
 *   <li>The emulator's threads are daemon threads, and it listens on loopback only.</li>
 * </ol>
 */
final class RunningEmulators {

    /**
     * One running emulator.
     *
     * @param emulator                  the emulator
     * @param project                   the project whose properties point at it
     * @param previousProjectProperties the project properties it replaced (null values: were unset)
     * @param log                       the log of the goal that started it
     */
    record Running(IonQEmulator emulator, MavenProject project, Map<String, String> previousProjectProperties,
                   Log log) {
    }

    private static final Map<String, Running> RUNNING = new ConcurrentHashMap<>();
    private static final Object HOOK_LOCK = new Object();
    private static Thread shutdownHook;

    private RunningEmulators() {
    }

    /**
     * @param project a project
     * @return the key its emulator is kept under
     */
    static String key(MavenProject project) {
        return project.getGroupId() + ":" + project.getArtifactId() + ":" + project.getVersion()
                + "@" + project.getBasedir();
    }

    /**
     * Registers a started emulator, and the safety nets that stop it.
     *
     * @param session the build session
     * @param project the project it belongs to
     * @param running the emulator
     */
    static void register(MavenSession session, MavenProject project, Running running) {
        installSessionListener(session);
        installShutdownHook();
        RUNNING.put(key(project), running);
    }

    /**
     * @param project a project
     * @return its emulator, now no longer registered, or null
     */
    static Running remove(MavenProject project) {
        return RUNNING.remove(key(project));
    }

    /**
     * @param project a project
     * @return its emulator, or null
     */
    static Running get(MavenProject project) {
        return RUNNING.get(key(project));
    }

    /**
     * Stops an emulator and restores the project properties it replaced, so that nothing
     * later in the build points at a server that is gone.
     *
     * @param running the emulator
     */
    static void stop(Running running) {
        try {
            running.emulator().close();
        } finally {
            running.previousProjectProperties().forEach((name, value) -> {
                if (value == null) {
                    running.project().getProperties().remove(name);
                } else {
                    running.project().getProperties().setProperty(name, value);
                }
            });
        }
    }

    private static void stopLeftOver(MavenProject project, String why) {
        if (project == null) {
            return;
        }
        Running running = remove(project);
        if (running != null) {
            running.log().info("Stopping the IonQ emulator of " + project.getArtifactId() + " (" + why
                    + "; ionq:emulator-stop did not run)");
            stop(running);
        }
    }

    private static void stopAll(String why) {
        List<String> keys = new ArrayList<>(RUNNING.keySet());
        for (String key : keys) {
            Running running = RUNNING.remove(key);
            if (running != null) {
                try {
                    running.log().info("Stopping the IonQ emulator of " + running.project().getArtifactId()
                            + " (" + why + ")");
                } catch (RuntimeException ignored) {
                    // logging may already be shut down while the JVM exits; stopping matters more
                }
                stop(running);
            }
        }
    }

    private static void installShutdownHook() {
        synchronized (HOOK_LOCK) {
            if (shutdownHook == null) {
                shutdownHook = new Thread(() -> stopAll("the JVM is exiting"), "ionq-emulator-shutdown");
                Runtime.getRuntime().addShutdownHook(shutdownHook);
            }
        }
    }

    private static void installSessionListener(MavenSession session) {
        MavenExecutionRequest request = session.getRequest();
        synchronized (request) {
            ExecutionListener current = request.getExecutionListener();
            if (current == null || !current.getClass().getName().equals(StopOnBuildEnd.class.getName())) {
                request.setExecutionListener(new StopOnBuildEnd(current));
            }
        }
    }

    /** Passes every event on, and stops left-over emulators when a project's build or the session ends. */
    static final class StopOnBuildEnd implements ExecutionListener {

        private final ExecutionListener delegate;

        StopOnBuildEnd(ExecutionListener delegate) {
            this.delegate = delegate;
        }

        @Override
        public void projectSucceeded(org.apache.maven.execution.ExecutionEvent event) {
            stopLeftOver(event.getProject(), "its build ended");
            forward(l -> l.projectSucceeded(event));
        }

        @Override
        public void projectFailed(org.apache.maven.execution.ExecutionEvent event) {
            stopLeftOver(event.getProject(), "its build failed");
            forward(l -> l.projectFailed(event));
        }

        @Override
        public void sessionEnded(org.apache.maven.execution.ExecutionEvent event) {
            for (MavenProject project : event.getSession().getProjects()) {
                stopLeftOver(project, "the build ended");
            }
            forward(l -> l.sessionEnded(event));
        }

        @Override
        public void projectDiscoveryStarted(org.apache.maven.execution.ExecutionEvent event) {
            forward(l -> l.projectDiscoveryStarted(event));
        }

        @Override
        public void sessionStarted(org.apache.maven.execution.ExecutionEvent event) {
            forward(l -> l.sessionStarted(event));
        }

        @Override
        public void projectSkipped(org.apache.maven.execution.ExecutionEvent event) {
            forward(l -> l.projectSkipped(event));
        }

        @Override
        public void projectStarted(org.apache.maven.execution.ExecutionEvent event) {
            forward(l -> l.projectStarted(event));
        }

        @Override
        public void mojoSkipped(org.apache.maven.execution.ExecutionEvent event) {
            forward(l -> l.mojoSkipped(event));
        }

        @Override
        public void mojoStarted(org.apache.maven.execution.ExecutionEvent event) {
            forward(l -> l.mojoStarted(event));
        }

        @Override
        public void mojoSucceeded(org.apache.maven.execution.ExecutionEvent event) {
            forward(l -> l.mojoSucceeded(event));
        }

        @Override
        public void mojoFailed(org.apache.maven.execution.ExecutionEvent event) {
            forward(l -> l.mojoFailed(event));
        }

        @Override
        public void forkStarted(org.apache.maven.execution.ExecutionEvent event) {
            forward(l -> l.forkStarted(event));
        }

        @Override
        public void forkSucceeded(org.apache.maven.execution.ExecutionEvent event) {
            forward(l -> l.forkSucceeded(event));
        }

        @Override
        public void forkFailed(org.apache.maven.execution.ExecutionEvent event) {
            forward(l -> l.forkFailed(event));
        }

        @Override
        public void forkedProjectStarted(org.apache.maven.execution.ExecutionEvent event) {
            forward(l -> l.forkedProjectStarted(event));
        }

        @Override
        public void forkedProjectSucceeded(org.apache.maven.execution.ExecutionEvent event) {
            forward(l -> l.forkedProjectSucceeded(event));
        }

        @Override
        public void forkedProjectFailed(org.apache.maven.execution.ExecutionEvent event) {
            forward(l -> l.forkedProjectFailed(event));
        }

        private void forward(java.util.function.Consumer<ExecutionListener> call) {
            if (delegate != null) {
                call.accept(delegate);
            }
        }
    }
}
