package io.github.ionqci.client.backend;

/**
 * The key in use, as {@code GET /whoami} describes it (never the key itself).
 *
 * <pre>{@code
 * String project = client.whoami().projectId();
 * }</pre>
 *
 * @param keyId     the key's id
 * @param keyName   the key's name
 * @param projectId its project, or null
 */
public record Whoami(String keyId, String keyName, String projectId) {
}
