package io.github.ionqci.emulator.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * IonQ sessions: a backend, limits ({@code job_count_limit}, {@code duration_limit_min}, {@code cost_limit}), the
 * jobs submitted into it. A job over a limit is refused with a 400 in IonQ's error format, and a session whose
 * duration is over ends. Thread-safe.
 */
public final class SessionStore {

    /** One session; mutable, guarded by the store. */
    static final class Session {
        final String id;
        final Instant createdAt;
        final String backend;
        final Integer jobCountLimit;
        final Integer durationLimitMin;
        final BigDecimal costLimit;
        final String costUnit;
        final List<String> jobs = new ArrayList<>();
        BigDecimal cost = BigDecimal.ZERO;
        Instant startedAt;
        Instant endedAt;

        Session(String id, Instant createdAt, String backend, Integer jobCountLimit, Integer durationLimitMin,
                BigDecimal costLimit, String costUnit) {
            this.id = id;
            this.createdAt = createdAt;
            this.backend = backend;
            this.jobCountLimit = jobCountLimit;
            this.durationLimitMin = durationLimitMin;
            this.costLimit = costLimit;
            this.costUnit = costUnit;
        }
    }

    private final Map<String, Session> sessions = new LinkedHashMap<>();

    synchronized Session create(Instant now, String backend, Integer jobCountLimit, Integer durationLimitMin,
                                BigDecimal costLimit, String costUnit) {
        Session session = new Session(UUID.randomUUID().toString(), now, backend, jobCountLimit, durationLimitMin,
                costLimit, costUnit);
        sessions.put(session.id, session);
        return session;
    }

    synchronized Optional<ObjectNode> render(String id, Instant now) {
        Session session = sessions.get(id);
        if (session == null) {
            return Optional.empty();
        }
        expire(session, now);
        return Optional.of(render(session));
    }

    synchronized List<ObjectNode> renderAll(Boolean active, Instant now) {
        List<ObjectNode> list = new ArrayList<>();
        for (Session session : sessions.values()) {
            expire(session, now);
            if (active == null || active == (session.endedAt == null)) {
                list.add(render(session));
            }
        }
        return list;
    }

    synchronized boolean exists(String id) {
        return sessions.containsKey(id);
    }

    synchronized Optional<ObjectNode> end(String id, Instant now) {
        Session session = sessions.get(id);
        if (session == null) {
            return Optional.empty();
        }
        if (session.endedAt == null) {
            session.endedAt = now;
        }
        return Optional.of(render(session));
    }

    /**
     * Admits a job into a session, or says why not.
     *
     * @param id      the session id
     * @param backend the job's backend
     * @param cost    the job's estimated cost
     * @param now     the time
     * @return null when admitted (and counted), else the message of the refusal
     */
    synchronized String admit(String id, String backend, BigDecimal cost, Instant now) {
        Session session = sessions.get(id);
        if (session == null) {
            return "Session " + id + " does not exist. Create one with POST /sessions and pass its id as session_id.";
        }
        expire(session, now);
        if (session.endedAt != null) {
            return "Session " + id + " has ended; it accepts no more jobs. Create a new session.";
        }
        if (session.backend != null && !session.backend.equals(backend)) {
            return "Session " + id + " is for " + session.backend + ", not " + backend
                    + ". Submit to " + session.backend + " or use another session.";
        }
        if (session.jobCountLimit != null && session.jobs.size() >= session.jobCountLimit) {
            return "Session " + id + " has reached its job_count_limit of " + session.jobCountLimit + " ("
                    + session.jobs.size() + " jobs submitted); the job was not accepted. Create a new session or"
                    + " raise settings.job_count_limit.";
        }
        if (session.costLimit != null && session.cost.add(cost).compareTo(session.costLimit) > 0) {
            return "Session " + id + " would exceed its cost_limit of " + session.costLimit.toPlainString() + " "
                    + session.costUnit + " (" + session.cost.toPlainString() + " spent, this job " + cost.toPlainString()
                    + "); the job was not accepted. Create a new session or raise settings.cost_limit.";
        }
        session.cost = session.cost.add(cost);
        if (session.startedAt == null) {
            session.startedAt = now;
        }
        return null;
    }

    /** @param id the session @param jobId a job admitted into it */
    synchronized void added(String id, String jobId) {
        Session session = sessions.get(id);
        if (session != null) {
            session.jobs.add(jobId);
        }
    }

    /** Forgets every session. */
    synchronized void clear() {
        sessions.clear();
    }

    private static void expire(Session session, Instant now) {
        if (session.endedAt == null && session.durationLimitMin != null) {
            Instant from = session.startedAt != null ? session.startedAt : session.createdAt;
            Instant limit = from.plus(Duration.ofMinutes(session.durationLimitMin));
            if (!now.isBefore(limit)) {
                session.endedAt = limit;
            }
        }
    }

    private static ObjectNode render(Session session) {
        ObjectNode node = Json.object();
        node.put("id", session.id);
        node.put("created_at", JobRenderer.timestamp(session.createdAt));
        node.put("organization_id", Account.ORGANIZATION_ID);
        node.put("backend", session.backend);
        node.put("project_id", Account.PROJECT_ID);
        node.put("creator_id", Account.SUBMITTER_ID);
        node.put("ended_at", session.endedAt == null ? null : JobRenderer.timestamp(session.endedAt));
        if (session.endedAt == null) {
            node.putNull("ender_id");
        } else {
            node.put("ender_id", Account.SUBMITTER_ID);
        }
        ObjectNode settings = node.putObject("settings");
        if (session.jobCountLimit != null) {
            settings.put("job_count_limit", session.jobCountLimit);
        }
        if (session.durationLimitMin != null) {
            settings.put("duration_limit_min", session.durationLimitMin);
            Instant from = session.startedAt != null ? session.startedAt : session.createdAt;
            settings.put("expires_at", JobRenderer.timestamp(from.plus(Duration.ofMinutes(session.durationLimitMin))));
        }
        if (session.costLimit != null) {
            ObjectNode cost = settings.putObject("cost_limit");
            cost.put("unit", session.costUnit);
            cost.put("value", session.costLimit);
        }
        node.put("active", session.endedAt == null);
        node.put("status", session.endedAt != null ? "ended" : session.startedAt != null ? "started" : "created");
        node.put("started_at", session.startedAt == null ? null : JobRenderer.timestamp(session.startedAt));
        return node;
    }
}
