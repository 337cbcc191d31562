package io.github.ionqci.client.internal;

import java.net.URI;
import java.time.Instant;

/**
 * One logical API call: what it is for (to say so in errors), where it goes and how it may be retried.
 *
 * @param method   GET, POST, PUT or DELETE
 * @param uri      the absolute URL, on the configured origin
 * @param body     the JSON body, or null
 * @param action   what the call does, for messages, such as {@code "get job 0a1b…"}
 * @param jobId    the job it concerns, or null
 * @param deadline when retries must stop at the latest, or null for the configured retry time only
 * @param maxBytes the largest successful body read, or 0 for the configured
 *                 {@link io.github.ionqci.client.IonQConfig#maxResponseSize() maxResponseSize}
 */
public record Call(String method, URI uri, String body, String action, String jobId, Instant deadline,
                   long maxBytes) {

    /**
     * A call whose body may be as large as the configured {@code maxResponseSize}.
     *
     * @param method   the method
     * @param uri      the URL
     * @param body     the JSON body, or null
     * @param action   what it does
     * @param jobId    which job, or null
     * @param deadline when retries must stop, or null
     */
    public Call(String method, URI uri, String body, String action, String jobId, Instant deadline) {
        this(method, uri, body, action, jobId, deadline, 0);
    }

    /**
     * @param uri    where
     * @param action what it does
     * @param jobId  which job, or null
     * @return a GET call
     */
    public static Call get(URI uri, String action, String jobId) {
        return new Call("GET", uri, null, action, jobId, null);
    }

    /**
     * @param deadline when retries must stop at the latest
     * @return this call with that deadline
     */
    public Call within(Instant deadline) {
        return new Call(method, uri, body, action, jobId, deadline, maxBytes);
    }

    /**
     * @param maxBytes the largest successful body to read for this call
     * @return this call with that limit
     */
    public Call limitedTo(long maxBytes) {
        return new Call(method, uri, body, action, jobId, deadline, maxBytes);
    }

    /** @return whether repeating the call cannot apply anything twice (everything but POST) */
    public boolean idempotent() {
        return !"POST".equals(method);
    }

    /** @return the path and query, for logs and messages (never headers) */
    public String target() {
        String query = uri.getRawQuery();
        return method + " " + uri.getRawPath() + (query == null ? "" : "?" + query);
    }
}
