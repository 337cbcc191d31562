package io.github.ionqci.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JobListingTest extends EmulatorTestBase {

    @BeforeEach
    void clear() {
        emulator.jobs().clear();
    }

    @Test
    void idsFilterAcceptsRepeatedBracketedAndCommaForms() throws IOException {
        String a = emulator.jobs().add(EmulatedJob.completed());
        String b = emulator.jobs().add(EmulatedJob.failed("InternalError", "boom"));
        emulator.jobs().add(EmulatedJob.canceled());
        assertThat(ids(http.json("/v0.4/jobs?ids=" + a + "&ids=" + b))).containsExactlyInAnyOrder(a, b);
        assertThat(ids(http.json("/v0.4/jobs?ids[]=" + a + "&ids[]=" + b))).containsExactlyInAnyOrder(a, b);
        assertThat(ids(http.json("/v0.4/jobs?ids%5B%5D=" + a))).containsExactly(a);
        assertThat(ids(http.json("/v0.4/jobs?ids=" + a + "," + b))).containsExactlyInAnyOrder(a, b);
        assertThat(ids(http.json("/v0.4/jobs?ids=" + a + "&ids=" + a))).as("duplicates once").containsExactly(a);
        assertThat(ids(http.json("/v0.4/jobs?ids=" + a + "&ids=unknown"))).as("unknown ids absent")
                .containsExactly(a);
    }

    @Test
    void listItemsAreFullJobsWithoutChildJobIds() throws IOException {
        String id = emulator.jobs().add(EmulatedJob.failed("TooManyShots", "too many"));
        JsonNode page = http.json("/v0.4/jobs?ids=" + id);
        assertThat(page.has("next")).isTrue();
        assertThat(page.get("next").isNull()).isTrue();
        JsonNode item = page.get("jobs").get(0);
        assertThat(item.has("child_job_ids")).isFalse();
        assertThat(item.get("status").asText()).isEqualTo("failed");
        assertThat(item.get("failure").get("code").asText()).isEqualTo("TooManyShots");
        assertThat(item.has("results")).isTrue();
    }

    @Test
    void pagesFollowNextUntilNullNewestFirst() throws IOException {
        List<String> added = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            added.add(emulator.jobs().add(EmulatedJob.completed()));
        }
        JsonNode first = http.json("/v0.4/jobs");
        assertThat(first.get("jobs")).hasSize(25);
        assertThat(first.get("jobs").get(0).get("id").asText()).isEqualTo(added.get(59));
        List<String> seen = new ArrayList<>();
        String next = null;
        int pages = 0;
        do {
            JsonNode page = http.json("/v0.4/jobs?limit=7" + (next == null ? "" : "&next=" + next));
            seen.addAll(ids(page));
            next = page.get("next").isNull() ? null : page.get("next").asText();
            pages++;
        } while (next != null && pages < 100);
        assertThat(pages).isEqualTo(9);
        assertThat(seen).hasSize(60).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(added);
    }

    @Test
    void limitIsCappedAt100AndValidated() throws IOException {
        for (int i = 0; i < 120; i++) {
            emulator.jobs().add(EmulatedJob.completed());
        }
        assertThat(http.json("/v0.4/jobs?limit=500").get("jobs")).hasSize(100);
        for (String bad : new String[] {"0", "-1", "ten"}) {
            HttpResponse<String> response = http.get("/v0.4/jobs?limit=" + bad);
            assertThat(response.statusCode()).isEqualTo(400);
            JsonNode body = Http.parse(response.body());
            assertThat(body.get("error").asText()).isEqualTo("Bad Request");
            assertThat(body.get("message").asText()).contains("\"limit\"");
            assertThat(body.get("validation").get("keys").get(0).asText()).isEqualTo("limit");
        }
        HttpResponse<String> badCursor = http.get("/v0.4/jobs?next=garbage");
        assertThat(badCursor.statusCode()).isEqualTo(400);
        assertThat(Http.parse(badCursor.body()).get("validation").get("keys").get(0).asText()).isEqualTo("next");
    }

    @Test
    void statusAndParentFilters() throws IOException {
        String done = emulator.jobs().add(EmulatedJob.completed());
        String failed = emulator.jobs().add(EmulatedJob.failed("InternalError", "x"));
        String parent = emulator.jobs().add(EmulatedJob.completed().children(EmulatedJob.completed(),
                EmulatedJob.failed("InvalidInput", "bad")));
        assertThat(ids(http.json("/v0.4/jobs?status=failed"))).hasSize(2).contains(failed);
        assertThat(ids(http.json("/v0.4/jobs?status=completed,canceled"))).hasSize(3).contains(done, parent);
        List<String> children = ids(http.json("/v0.4/jobs?parent_job_id=" + parent));
        assertThat(children).hasSize(2);
        Set<String> expected = new HashSet<>(emulator.jobs().get(parent).orElseThrow().childJobIds());
        assertThat(children).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(ids(http.json("/v0.4/jobs?parent_job_id=" + parent + "&status=failed"))).hasSize(1);
    }

    @Test
    void rawJsonJobsAppearVerbatimInListings() throws IOException {
        String id = emulator.jobs().add(EmulatedJob.completed().rawJson("{\"id\":\"x\",\"status\":7}"));
        assertThat(http.get("/v0.4/jobs?ids=" + id).body())
                .isEqualTo("{\"jobs\":[{\"id\":\"x\",\"status\":7}],\"next\":null}");
    }

    @Test
    void emptyFilterMatchesNothing() throws IOException {
        emulator.jobs().add(EmulatedJob.completed().probabilities(Map.of(0L, 1.0)));
        assertThat(http.json("/v0.4/jobs?ids=unknown").get("jobs")).isEmpty();
    }

    static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("jobs").forEach(j -> ids.add(j.get("id").asText()));
        return ids;
    }
}
