package io.github.ionqci.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The curl snippets of the "Endpoints" section of {@code docs/emulator.md} (see {@link EndpointSnippet}), each sent
 * as printed, over real HTTP, to an emulator of its own, whose answer must have the lead's status and every key the
 * page shows with the value it shows. In the page's responses {@code "…"} stands for any value (ids, times) and a
 * trailing {@code "…"} in an array for more elements; {@code $JOB}, {@code $ARTIFACT} and {@code $SESSION}, in the
 * commands and in the responses, are the ids of what the test makes first, as the page says:
 *
 * <ul>
 *   <li>{@code $JOB}: the job the page's {@code POST /jobs} snippet submits, once completed;</li>
 *   <li>{@code $ARTIFACT}: the id of that job's {@code ionq.result.probabilities.json.v2} result;</li>
 *   <li>{@code $SESSION}: the session the page's {@code POST /sessions} snippet creates.</li>
 * </ul>
 *
 * <p>Every operation of IonQ's September 2026 spec must have a snippet (skipped, loudly, when the spec is absent;
 * see {@link SeptemberSpec}), so an endpoint served without one fails the build.
 */
class EndpointDocsTest {

    private static final Path PAGE = Path.of("../docs/emulator.md");
    private static final String ANY = "…";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$([A-Z_]+)");
    private static final List<String> PLACEHOLDERS = List.of("JOB", "ARTIFACT", "SESSION");

    @TestFactory
    Stream<DynamicTest> everySnippetAnswersAsThePageShows() throws IOException {
        List<EndpointSnippet> snippets = EndpointSnippet.read(PAGE);
        assertThat(snippets).as("curl snippets in docs/emulator.md's Endpoints section").hasSizeGreaterThanOrEqualTo(25);
        return snippets.stream().map(snippet -> DynamicTest.dynamicTest(snippet.name(), () -> check(snippet, snippets)));
    }

    @Test
    void everyOperationOfTheSpecHasASnippet() throws IOException {
        SeptemberSpec spec = SeptemberSpec.find().orElse(null);
        Assumptions.assumeTrue(spec != null, "IonQ's September 2026 OpenAPI document is absent from "
                + SeptemberSpec.RELATIVE_PATH + " (relative to the project root): snippet coverage not checked");
        Set<String> operations = new TreeSet<>();
        for (String template : spec.paths()) {
            for (String method : spec.methods(template)) {
                operations.add(method.toUpperCase() + " " + template);
            }
        }
        Set<String> documented = new TreeSet<>();
        for (EndpointSnippet snippet : EndpointSnippet.read(PAGE)) {
            String operation = snippet.method() + " " + snippet.template();
            assertThat(operations).as("%s: the lead names an operation of the spec", snippet.name()).contains(operation);
            documented.add(operation);
        }
        Set<String> missing = new TreeSet<>(operations);
        missing.removeAll(documented);
        assertThat(missing).as("operations of the September spec without a curl snippet in docs/emulator.md").isEmpty();
        System.out.println("docs/emulator.md: a curl snippet for each of the spec's " + operations.size() + " operations");
    }

    private static void check(EndpointSnippet snippet, List<EndpointSnippet> all) throws Exception {
        EndpointSnippet.Curl printed = snippet.curl(name -> PLACEHOLDERS.contains(name) ? "$" + name : null);
        assertThat(printed.method()).as("%s: the command's method", snippet.name()).isEqualTo(snippet.method());
        String template = "/v0.4" + snippet.template().replaceAll("\\{[^/}]+}", "[^/]+");
        assertThat(printed.path()).as("%s: the command's path", snippet.name()).matches(template.replace(".", "\\."));
        assertThat(printed.response()).as("%s: the abridged response", snippet.name()).isNotEmpty();
        JsonNode shown = Http.parse(printed.response());
        Set<String> used = new LinkedHashSet<>(printed.placeholders());
        Matcher inResponse = PLACEHOLDER.matcher(printed.response());
        while (inResponse.find()) {
            used.add(inResponse.group(1));
        }
        // the standalone jar's default result form, whatever -Dionq.emulator.results-form says
        try (IonQEmulator emulator = IonQEmulator.builder().resultForm(ResultForm.ARTIFACT).start()) {
            Http http = new Http(emulator);
            Map<String, String> ids = fixtures(used, all, http, emulator);
            EndpointSnippet.Curl curl = snippet.curl(ids::get);
            HttpResponse<String> response = http.sendWithHeaders(curl.method(), curl.pathAndQuery(), curl.body(), curl.headers());
            assertThat(response.statusCode()).as("%s answered %s", snippet.name(), response.body())
                    .isEqualTo(snippet.status());
            List<String> problems = new ArrayList<>();
            compare(shown, Http.parse(response.body()), "", ids, problems);
            assertThat(problems).as("%s: the page's response against the answer %s", snippet.name(), response.body())
                    .isEmpty();
        }
    }

    /** Makes what the placeholders stand for, by the page's own {@code POST /jobs} and {@code POST /sessions}. */
    private static Map<String, String> fixtures(Set<String> used, List<EndpointSnippet> all, Http http,
            IonQEmulator emulator) throws IOException {
        Map<String, String> ids = new HashMap<>();
        if (used.contains("JOB") || used.contains("ARTIFACT")) {
            String job = create(all, "POST", "/jobs", http);
            Poll.until(() -> emulator.jobs().get(job).orElseThrow().status().equals("completed"),
                    Duration.ofSeconds(10), "the job of the page's POST /jobs snippet to complete");
            ids.put("JOB", job);
            ids.put("ARTIFACT", http.json("/v0.4/jobs/" + job)
                    .at("/results/ionq.result.probabilities.json.v2/id").asText());
        }
        if (used.contains("SESSION")) {
            ids.put("SESSION", create(all, "POST", "/sessions", http));
        }
        return ids;
    }

    /** Runs the page's first 201 snippet of that operation and returns the id it answers. */
    private static String create(List<EndpointSnippet> all, String method, String template, Http http)
            throws IOException {
        EndpointSnippet snippet = all.stream()
                .filter(s -> s.method().equals(method) && s.template().equals(template) && s.status() == 201)
                .findFirst()
                .orElseThrow(() -> new AssertionError("docs/emulator.md has no `" + method + " " + template
                        + "` → 201 snippet, which its placeholders are made by"));
        EndpointSnippet.Curl curl = snippet.curl(name -> null);
        HttpResponse<String> response = http.sendWithHeaders(curl.method(), curl.pathAndQuery(), curl.body(), curl.headers());
        assertThat(response.statusCode()).as("%s answered %s", snippet.name(), response.body()).isEqualTo(201);
        return Http.parse(response.body()).get("id").asText();
    }

    /**
     * Adds to {@code problems} where {@code actual} differs from what the page shows: each key shown must be there
     * with the value shown ({@code "…"}: any value), placeholders standing for their ids; an array must have the
     * elements shown, and no more unless the last shown is {@code "…"}.
     */
    private static void compare(JsonNode shown, JsonNode actual, String where, Map<String, String> ids,
            List<String> problems) {
        String at = where.isEmpty() ? "the body" : where;
        if (shown.isTextual() && shown.asText().equals(ANY)) {
            return;
        }
        if (shown.isObject()) {
            if (!actual.isObject()) {
                problems.add(at + " is " + actual + ", not an object");
                return;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = shown.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String key = expand(field.getKey(), ids);
                if (!actual.has(key)) {
                    problems.add(where + "/" + key + " is missing");
                } else {
                    compare(field.getValue(), actual.get(key), where + "/" + key, ids, problems);
                }
            }
        } else if (shown.isArray()) {
            if (!actual.isArray()) {
                problems.add(at + " is " + actual + ", not an array");
                return;
            }
            int size = shown.size();
            boolean more = size > 0 && shown.get(size - 1).isTextual() && shown.get(size - 1).asText().equals(ANY);
            int compared = more ? size - 1 : size;
            if (more ? actual.size() < compared : actual.size() != compared) {
                problems.add(at + " has " + actual.size() + " elements, the page shows " + compared
                        + (more ? " and more" : ""));
                return;
            }
            for (int i = 0; i < compared; i++) {
                compare(shown.get(i), actual.get(i), where + "/" + i, ids, problems);
            }
        } else if (shown.isNumber()) {
            if (!actual.isNumber() || shown.decimalValue().compareTo(actual.decimalValue()) != 0) {
                problems.add(at + " is " + actual + ", the page shows " + shown);
            }
        } else if (shown.isTextual()) {
            String expected = expand(shown.asText(), ids);
            if (!actual.isTextual() || !actual.asText().equals(expected)) {
                problems.add(at + " is " + actual + ", the page shows " + shown);
            }
        } else if (!shown.equals(actual)) {
            problems.add(at + " is " + actual + ", the page shows " + shown);
        }
    }

    private static String expand(String text, Map<String, String> ids) {
        Matcher placeholder = PLACEHOLDER.matcher(text);
        StringBuilder expanded = new StringBuilder();
        while (placeholder.find()) {
            String id = ids.get(placeholder.group(1));
            if (id == null) {
                throw new AssertionError("$" + placeholder.group(1)
                        + " in a response of docs/emulator.md is not one of " + PLACEHOLDERS);
            }
            placeholder.appendReplacement(expanded, Matcher.quoteReplacement(id));
        }
        return placeholder.appendTail(expanded).toString();
    }
}
