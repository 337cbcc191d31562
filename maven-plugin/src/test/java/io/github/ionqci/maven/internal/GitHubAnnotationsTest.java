package io.github.ionqci.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class GitHubAnnotationsTest {

    @Test
    void onlyOnGitHubActions() {
        assertThat(GitHubAnnotations.enabled(Map.of("GITHUB_ACTIONS", "true"))).isTrue();
        assertThat(GitHubAnnotations.enabled(Map.of("GITHUB_ACTIONS", "false"))).isFalse();
        assertThat(GitHubAnnotations.enabled(Map.of())).isFalse();
    }

    @Test
    void escapesAsTheWorkflowCommandsRequire() {
        assertThat(GitHubAnnotations.error("IonQ job a,b: failed", "100% wrong\nsecond line\r"))
                .isEqualTo("::error title=IonQ job a%2Cb%3A failed::100%25 wrong%0Asecond line%0D");
    }
}
