package io.github.ionqci.maven.internal;

import java.util.Map;

/**
 * GitHub Actions workflow commands, so that a failed job shows as an annotation on the run's summary
 * page. Active when the environment has {@code GITHUB_ACTIONS=true}, as every Actions runner sets.
 *
 * <pre>{@code
 * if (GitHubAnnotations.enabled(System.getenv())) {
 *     System.out.println(GitHubAnnotations.error("IonQ job bell failed", "NotEnoughQubits: …"));
 * }
 * }</pre>
 */
public final class GitHubAnnotations {

    private GitHubAnnotations() {
    }

    /**
     * @param environment the process environment
     * @return whether the build runs on GitHub Actions
     */
    public static boolean enabled(Map<String, String> environment) {
        return "true".equalsIgnoreCase(environment.getOrDefault("GITHUB_ACTIONS", "").strip());
    }

    /**
     * @param title   the annotation's title
     * @param message its text
     * @return the {@code ::error title=…::…} line, escaped as GitHub requires
     */
    public static String error(String title, String message) {
        return "::error title=" + escapeProperty(title) + "::" + escapeData(message);
    }

    static String escapeData(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    static String escapeProperty(String text) {
        return escapeData(text).replace(":", "%3A").replace(",", "%2C");
    }
}
