package io.github.ionqci.maven;

import io.github.ionqci.client.IonQClient;
import io.github.ionqci.client.IonQException;
import io.github.ionqci.client.session.Session;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;

/**
 * The IonQ session {@code ionq:submit} opened for a project ({@code ionq.session.max-jobs} and friends), until
 * it is ended: by {@code ionq:await-jobs} when its await ends, by {@code ionq:submit} itself when a submission
 * fails, or when the project's build ends. Kept in the project's context.
 *
 * <pre>{@code
 * OpenSession.open(session, project, client, created, getLog());
 * OpenSession.endIfOpen(project, "its await ended");
 * }</pre>
 */
final class OpenSession {

    private static final String CONTEXT_KEY = OpenSession.class.getName();

    private final IonQClient client;
    private final String id;
    private final Log log;
    private boolean ended;

    private OpenSession(IonQClient client, String id, Log log) {
        this.client = client;
        this.id = id;
        this.log = log;
    }

    /**
     * @param session the build session, to end it at the latest when the project's build ends
     * @param project the project
     * @param client  the client it was created with
     * @param created the session
     * @param log     where to say that it ended
     */
    static void open(MavenSession session, MavenProject project, IonQClient client, Session created, Log log) {
        RunningEmulators.installSessionListener(session);
        project.setContextValue(CONTEXT_KEY, new OpenSession(client, created.id(), log));
    }

    /**
     * Ends the project's open session, if any, and says so.
     *
     * @param project the project
     * @param why     why now, for the log
     */
    static void endIfOpen(MavenProject project, String why) {
        Object value = project == null ? null : project.getContextValue(CONTEXT_KEY);
        if (value instanceof OpenSession open) {
            project.setContextValue(CONTEXT_KEY, null);
            open.end(why);
        }
    }

    private synchronized void end(String why) {
        if (ended) {
            return;
        }
        ended = true;
        try {
            Session after = client.endSession(id);
            log.info("Ended IonQ session " + id + " because " + why + " (status " + after.status() + ")");
        } catch (IonQException e) {
            log.warn("Could not end IonQ session " + id + " (" + e.getMessage() + "); end it in the IonQ console,"
                    + " or it ends at its duration limit.");
        }
    }
}
