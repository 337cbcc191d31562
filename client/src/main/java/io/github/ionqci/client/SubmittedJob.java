package io.github.ionqci.client;

import io.github.ionqci.client.job.JobStatus;

/**
 * What {@code POST /jobs} answers: the new job's id, its first status and its session.
 *
 * <pre>{@code
 * SubmittedJob created = client.submit(payloadJson);
 * Job done = client.awaiter().awaitOne(created.id());
 * }</pre>
 *
 * @param id        the new job's id
 * @param status    its status, usually {@code submitted}
 * @param sessionId the session it runs in, or null
 */
public record SubmittedJob(String id, JobStatus status, String sessionId) {
}
