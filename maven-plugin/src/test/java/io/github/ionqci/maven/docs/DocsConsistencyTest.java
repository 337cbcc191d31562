package io.github.ionqci.maven.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ionqci.client.settings.KnownSettings;
import io.github.ionqci.client.settings.Setting;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The docs check: every property, goal and goal parameter that the README and {@code docs/} name
 * must exist in the code. A renamed property or a removed parameter fails the build here, not in a
 * user's hands.
 */
class DocsConsistencyTest {

    /** Property-like names: {@code ionq.await.timeout}, {@code ionq.api-key}. */
    private static final Pattern PROPERTY = Pattern.compile("(?<![\\w.-])ionq\\.[a-z][a-z0-9-]*(?:\\.[a-z][a-zA-Z0-9-]*)*(?![\\w(])");
    /** Wire-format names that look like properties but are IonQ's: {@code ionq.circuit.v1}, {@code ionq.result.…}. */
    private static final Pattern WIRE_FORMAT = Pattern.compile(
            "ionq\\.(circuit|multi-circuit|qasm3|result|native|co|com)(\\..*)?");
    /** Misspellings the docs show on purpose, in the warning an unknown setting gets. */
    private static final Set<String> MISSPELLING_EXAMPLES = Set.of("ionq.await.timout");
    private static final Pattern GOAL = Pattern.compile("(?<![\\w-])ionq:([a-z][a-z-]*)");
    private static final Pattern CODE_PROPERTY = Pattern.compile("\"(ionq\\.[a-z][a-zA-Z0-9.-]*)\"");
    private static final Pattern TABLE_ROW = Pattern.compile("^\\|\\s*`([A-Za-z]+)`\\s*\\|\\s*(`([^`]+)`|[–-])\\s*\\|");

    private static Path root;
    private static Set<String> codeProperties;
    private static Map<String, Map<String, String>> goals;

    @BeforeAll
    static void readCodeAndDescriptor() throws Exception {
        root = Path.of("..").toAbsolutePath().normalize();
        codeProperties = new TreeSet<>();
        for (String module : List.of("client", "emulator", "junit-extension", "testcontainers", "maven-plugin")) {
            try (Stream<Path> files = Files.walk(root.resolve(module).resolve("src/main/java"))) {
                files.filter(f -> f.toString().endsWith(".java"))
                        .forEach(f -> collect(CODE_PROPERTY, read(f), 1, codeProperties));
            }
        }
        goals = readPluginDescriptor(Path.of("target/classes/META-INF/maven/plugin.xml"));
        goals.values().forEach(parameters -> parameters.values().stream()
                .filter(expression -> expression != null && expression.startsWith("${ionq."))
                .map(expression -> expression.substring(2, expression.length() - 1))
                .forEach(codeProperties::add));
    }

    @Test
    void everyDocumentedPropertyExistsInTheCode() {
        Map<String, Set<String>> missing = new HashMap<>();
        for (Path doc : docs()) {
            Set<String> named = new TreeSet<>();
            collect(PROPERTY, read(doc), 0, named);
            named.removeIf(name -> WIRE_FORMAT.matcher(name).matches() || codeProperties.contains(name));
            if (!named.isEmpty()) {
                missing.put(root.relativize(doc).toString(), named);
            }
        }
        assertThat(missing)
                .as("properties named in the docs that no code reads (rename them in the docs, or in the code)")
                .isEmpty();
    }

    @Test
    void everyKnownSettingIsDocumentedAndEveryDocumentedOneIsKnown() {
        String allDocs = docs().stream().map(DocsConsistencyTest::read).collect(Collectors.joining("\n"));
        Set<String> known = KnownSettings.all().stream().map(Setting::name).collect(Collectors.toCollection(TreeSet::new));
        assertThat(known.stream().filter(name -> !allDocs.contains(name)).toList())
                .as("settings the client's KnownSettings lists (so unknown-name warnings accept them) that no doc names")
                .isEmpty();
        Set<String> documented = new TreeSet<>();
        collect(PROPERTY, allDocs, 0, documented);
        documented.removeIf(name -> WIRE_FORMAT.matcher(name).matches() || known.contains(name)
                || MISSPELLING_EXAMPLES.contains(name));
        assertThat(documented)
                .as("properties the docs name that KnownSettings lacks: a user setting one would be warned it is unknown")
                .isEmpty();
    }

    @Test
    void everyDocumentedGoalExists() {
        Map<String, Set<String>> missing = new HashMap<>();
        for (Path doc : docs()) {
            Set<String> named = new TreeSet<>();
            collect(GOAL, read(doc), 1, named);
            named.removeAll(goals.keySet());
            if (!named.isEmpty()) {
                missing.put(root.relativize(doc).toString(), named);
            }
        }
        assertThat(missing).as("goals named in the docs that the plugin does not have").isEmpty();
    }

    @Test
    void everyParameterInThePluginGuideExistsWithItsProperty() {
        List<String> problems = new ArrayList<>();
        Set<String> currentGoals = Set.of();
        int rows = 0;
        boolean inCode = false;
        for (String line : read(root.resolve("docs/plugin.md")).split("\n")) {
            if (line.startsWith("```")) {
                inCode = !inCode;
                continue;
            }
            // A goal's section starts at a level-2 heading naming it; its ### subsections stay in it.
            if (!inCode && line.startsWith("## ")) {
                Set<String> named = new TreeSet<>();
                collect(GOAL, line, 1, named);
                currentGoals = named;
                continue;
            }
            Matcher row = TABLE_ROW.matcher(line);
            if (currentGoals.isEmpty() || !row.find() || "goal".equals(row.group(1))) {
                continue;
            }
            rows++;
            String parameter = row.group(1);
            String property = row.group(3);
            boolean found = false;
            for (String goal : currentGoals) {
                Map<String, String> parameters = goals.getOrDefault(goal, Map.of());
                if (parameters.containsKey(parameter)) {
                    found = true;
                    String expression = parameters.get(parameter);
                    if (property != null && !("${" + property + "}").equals(expression)) {
                        problems.add(goal + " " + parameter + ": documented property " + property
                                + ", but the code reads " + expression);
                    }
                }
            }
            if (!found) {
                problems.add(currentGoals + " " + parameter + ": no such parameter");
            }
        }
        assertThat(rows).as("parameter rows read from docs/plugin.md").isGreaterThan(10);
        assertThat(problems).as("docs/plugin.md parameter tables against the plugin descriptor").isEmpty();
    }

    private static List<Path> docs() {
        try (Stream<Path> files = Files.list(root.resolve("docs"))) {
            List<Path> docs = files.filter(f -> f.toString().endsWith(".md")).sorted().collect(Collectors.toList());
            docs.add(root.resolve("README.md"));
            return docs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Map<String, String>> readPluginDescriptor(Path descriptor) throws Exception {
        assertThat(descriptor).as("the plugin descriptor, generated before the tests run").exists();
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(descriptor.toFile());
        Map<String, Map<String, String>> result = new HashMap<>();
        NodeList mojos = xml.getElementsByTagName("mojo");
        for (int i = 0; i < mojos.getLength(); i++) {
            Element mojo = (Element) mojos.item(i);
            String goal = text(mojo, "goal");
            Map<String, String> parameters = new HashMap<>();
            NodeList declared = ((Element) mojo.getElementsByTagName("parameters").item(0)).getElementsByTagName("parameter");
            for (int p = 0; p < declared.getLength(); p++) {
                parameters.put(text((Element) declared.item(p), "name"), null);
            }
            NodeList configuration = mojo.getElementsByTagName("configuration");
            if (configuration.getLength() > 0) {
                NodeList values = configuration.item(0).getChildNodes();
                for (int v = 0; v < values.getLength(); v++) {
                    if (values.item(v) instanceof Element value && parameters.containsKey(value.getTagName())) {
                        parameters.put(value.getTagName(), value.getTextContent().trim());
                    }
                }
            }
            result.put(goal, parameters);
        }
        return result;
    }

    private static String text(Element parent, String tag) {
        return parent.getElementsByTagName(tag).item(0).getTextContent().trim();
    }

    private static void collect(Pattern pattern, String text, int group, Set<String> into) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            into.add(m.group(group));
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
