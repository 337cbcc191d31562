/**
 * Typed requests: {@link io.github.ionqci.client.request.JobRequest} (the body of {@code POST /jobs}, clone and
 * move) and {@link io.github.ionqci.client.request.Circuit} (its gates).
 */
package io.github.ionqci.client.request;
