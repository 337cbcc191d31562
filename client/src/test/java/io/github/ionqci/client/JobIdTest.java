package io.github.ionqci.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class JobIdTest {

    @Test
    void anyIdIonQCouldReturnIsAcceptedAndAUuidIsUsedInLowerCase() {
        assertThat(JobId.require("E1A09D90-B2BA-4EA5-9FD7-4BFC14EAC524")).isEqualTo(JobId.EXAMPLE);
        assertThat(JobId.require("Child-7")).isEqualTo("Child-7");
        assertThat(JobId.isValid("a".repeat(JobId.MAX_LENGTH))).isTrue();
    }

    @Test
    void idsThatWouldChangeAUrlAreRefusedWithAnExample() {
        for (String bad : List.of("", "a/b", "..", "a b", "a%2F", "a".repeat(JobId.MAX_LENGTH + 1), "id\n")) {
            assertThatThrownBy(() -> JobId.require(bad, "The id in -Dionq.jobs"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("The id in -Dionq.jobs \"")
                    .hasMessageContaining("only letters, digits and '-'")
                    .hasMessageContaining(JobId.EXAMPLE);
        }
        assertThatThrownBy(() -> JobId.require("id\u0007"))
                .hasMessageContaining("\"id\\u0007\"");
    }

    @Test
    void onlyAUuidLooksLikeAnIdWhereANameCouldBeMeant() {
        assertThat(JobId.looksLikeUuid(JobId.EXAMPLE)).isTrue();
        assertThat(JobId.looksLikeUuid(JobId.EXAMPLE.toUpperCase())).isTrue();
        assertThat(JobId.looksLikeUuid("bell")).isFalse();
        assertThat(JobId.isValid("bell")).isTrue();
        assertThat(JobId.looksLikeUuid(null)).isFalse();
    }

    @Test
    void duplicatesAreNamed() {
        assertThatThrownBy(() -> JobId.requireDistinct(List.of("a", "b", "a")))
                .hasMessage("Job ids are listed more than once: a (2 times); list each job once");
        assertThat(JobId.requireDistinct(List.of("A", "a"))).containsExactly("A", "a");
        assertThatThrownBy(() -> JobId.requireDistinct(List.of(JobId.EXAMPLE, JobId.EXAMPLE.toUpperCase())))
                .hasMessageContaining(JobId.EXAMPLE + " (2 times)");
    }
}
