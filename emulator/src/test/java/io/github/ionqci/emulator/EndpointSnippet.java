package io.github.ionqci.emulator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One curl snippet of the "Endpoints" section of {@code docs/emulator.md}: a lead line naming the operation and
 * the status, such as {@code `GET /jobs/{UUID}/cost` → 200: …}, then a {@code console} block holding
 * {@code $ curl …} and the abridged response.
 *
 * <pre>{@code
 * List<EndpointSnippet> snippets = EndpointSnippet.read(Path.of("../docs/emulator.md"));
 * EndpointSnippet.Curl curl = snippets.get(0).curl(name -> ids.get(name));
 * }</pre>
 *
 * @param line     the line of the lead in the page (1-based)
 * @param method   the lead's method
 * @param template the lead's path template under {@code /v0.4}, in the spec's spelling ({@code /jobs/{UUID}})
 * @param status   the status the lead promises
 * @param command  the block's text after {@code $ }: the command, then the response
 */
record EndpointSnippet(int line, String method, String template, int status, String command) {

    /** Where the page's snippets send their requests; the test puts its emulator's origin there. */
    static final String DOC_ORIGIN = "http://127.0.0.1:8080";

    private static final Pattern LEAD = Pattern.compile("^`(GET|POST|PUT|DELETE|PATCH) (/[^` ]*)` → (\\d{3})\\b.*");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /**
     * A parsed curl command, as a shell and curl would send it.
     *
     * @param method       {@code -X}, else POST with a body and GET without
     * @param url          the URL after the shell's expansions
     * @param headers      the {@code -H} headers in order, plus the Content-Type curl adds for {@code -d}
     * @param body         the {@code -d} body, or null
     * @param placeholders the {@code $NAME}s the command expands
     * @param response     the text after the command: the abridged response
     */
    record Curl(String method, String url, List<Map.Entry<String, String>> headers, String body,
            Set<String> placeholders, String response) {

        /** @return the URL's path and query under the page's origin, e.g. {@code /v0.4/jobs?limit=1} */
        String pathAndQuery() {
            if (!url.startsWith(DOC_ORIGIN + "/")) {
                throw new AssertionError("the URL " + url + " does not start with " + DOC_ORIGIN + "/");
            }
            return url.substring(DOC_ORIGIN.length());
        }

        /** @return the path without the query */
        String path() {
            String path = pathAndQuery();
            return path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        }
    }

    /** @return a name for reports: {@code docs/emulator.md:412 GET /whoami → 200} */
    String name() {
        return "docs/emulator.md:" + line + " " + method + " " + template + " → " + status;
    }

    /**
     * @param page the page to read ({@code docs/emulator.md})
     * @return the snippets of its "## Endpoints" section, in page order
     * @throws AssertionError when a lead has no block, or a console block no lead
     */
    static List<EndpointSnippet> read(Path page) throws IOException {
        List<String> lines = Files.readAllLines(page);
        List<EndpointSnippet> snippets = new ArrayList<>();
        boolean inSection = false;
        Matcher pending = null;
        int pendingLine = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("## ")) {
                inSection = line.equals("## Endpoints");
                continue;
            }
            if (!inSection) {
                continue;
            }
            Matcher lead = LEAD.matcher(line);
            if (lead.matches()) {
                if (pending != null) {
                    throw new AssertionError("docs/emulator.md:" + pendingLine + ": the lead " + pending.group()
                            + " has no ```console block before the next lead");
                }
                pending = lead;
                pendingLine = i + 1;
            } else if (line.equals("```console")) {
                if (pending == null) {
                    throw new AssertionError("docs/emulator.md:" + (i + 1) + ": a ```console block in the Endpoints"
                            + " section needs a lead line such as `GET /whoami` → 200 before it");
                }
                StringBuilder block = new StringBuilder();
                for (i++; i < lines.size() && !lines.get(i).equals("```"); i++) {
                    block.append(lines.get(i)).append('\n');
                }
                if (!block.toString().startsWith("$ curl ")) {
                    throw new AssertionError("docs/emulator.md:" + pendingLine + ": the block must begin with '$ curl '");
                }
                snippets.add(new EndpointSnippet(pendingLine, pending.group(1), pending.group(2),
                        Integer.parseInt(pending.group(3)), block.substring(2)));
                pending = null;
            }
        }
        if (pending != null) {
            throw new AssertionError("docs/emulator.md:" + pendingLine + ": the lead has no ```console block");
        }
        return snippets;
    }

    /**
     * Reads the command as a POSIX shell would (quotes, backslashes, line continuations, {@code $NAME} and
     * {@code ${NAME}} expansion), then its words as curl would.
     *
     * @param values the value of each placeholder (by name without {@code $}); null for an unknown name
     * @return the request and the response text
     * @throws AssertionError for what a shell would read otherwise (an unquoted {@code &} or {@code ?}), an
     *                        unknown placeholder, or a curl option the test does not emulate
     */
    Curl curl(UnaryOperator<String> values) {
        Set<String> used = new LinkedHashSet<>();
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        int i = 0;
        String text = command;
        while (i < text.length() && text.charAt(i) != '\n') {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t') {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
                i++;
                continue;
            }
            if (word == null) {
                word = new StringBuilder();
                if (c == '#' || c == '~') {
                    throw problem("an unquoted '" + c + "' begins a word");
                }
            }
            if (c == '\\') {
                if (i + 1 < text.length() && text.charAt(i + 1) != '\n') {
                    word.append(text.charAt(i + 1));
                } else if (word.length() == 0) {
                    word = null;   // a line continuation between words
                }
                i += 2;
            } else if (c == '\'') {
                int end = text.indexOf('\'', i + 1);
                if (end < 0) {
                    throw problem("a single quote is not closed");
                }
                word.append(text, i + 1, end);
                i = end + 1;
            } else if (c == '"') {
                i++;
                while (i < text.length() && text.charAt(i) != '"') {
                    char d = text.charAt(i);
                    if (d == '\\' && i + 1 < text.length() && "$`\"\\\n".indexOf(text.charAt(i + 1)) >= 0) {
                        if (text.charAt(i + 1) != '\n') {
                            word.append(text.charAt(i + 1));
                        }
                        i += 2;
                    } else if (d == '$') {
                        i = expand(text, i, word, values, used);
                    } else if (d == '`') {
                        throw problem("a command substitution (`) is not emulated");
                    } else {
                        word.append(d);
                        i++;
                    }
                }
                if (i >= text.length()) {
                    throw problem("a double quote is not closed");
                }
                i++;
            } else if (c == '$') {
                i = expand(text, i, word, values, used);
            } else if ("|&;<>()`*?[".indexOf(c) >= 0) {
                throw problem("an unquoted '" + c + "' means something else to a shell; quote the word");
            } else {
                word.append(c);
                i++;
            }
        }
        if (word != null) {
            words.add(word.toString());
        }
        return curl(words, used, i < text.length() ? text.substring(i + 1) : "");
    }

    private Curl curl(List<String> words, Set<String> used, String response) {
        if (words.isEmpty() || !words.get(0).equals("curl")) {
            throw problem("the command is not curl: " + words);
        }
        String method = null;
        String url = null;
        String body = null;
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (int i = 1; i < words.size(); i++) {
            String w = words.get(i);
            switch (w) {
                case "-s", "--silent" -> { }
                case "-X", "--request" -> method = argument(words, ++i, w);
                case "-H", "--header" -> {
                    String header = argument(words, ++i, w);
                    int colon = header.indexOf(':');
                    if (colon <= 0) {
                        throw problem("the header '" + header + "' has no name");
                    }
                    headers.add(Map.entry(header.substring(0, colon).strip(), header.substring(colon + 1).strip()));
                }
                case "-d", "--data", "--data-raw" -> {
                    if (body != null) {
                        throw problem("two -d options (curl joins them with '&'); send one");
                    }
                    body = argument(words, ++i, w);
                    if (body.startsWith("@") && !w.equals("--data-raw")) {
                        throw problem("-d @file is not emulated");
                    }
                }
                default -> {
                    if (w.startsWith("-")) {
                        throw problem("the curl option " + w + " is not emulated (use -s, -X, -H, -d)");
                    }
                    if (url != null) {
                        throw problem("two URLs: " + url + " and " + w);
                    }
                    url = w;
                }
            }
        }
        if (url == null) {
            throw problem("no URL");
        }
        if (body != null && headers.stream().noneMatch(h -> h.getKey().equalsIgnoreCase("Content-Type"))) {
            headers.add(Map.entry("Content-Type", "application/x-www-form-urlencoded"));   // what curl -d sends
        }
        return new Curl(method != null ? method : body != null ? "POST" : "GET", url, List.copyOf(headers), body,
                Set.copyOf(used), response.strip());
    }

    private String argument(List<String> words, int i, String option) {
        if (i >= words.size()) {
            throw problem(option + " needs a value");
        }
        return words.get(i);
    }

    /** Expands {@code $NAME} or {@code ${NAME}} at {@code i}; returns the index after it. */
    private int expand(String text, int i, StringBuilder word, UnaryOperator<String> values, Set<String> used) {
        boolean braced = i + 1 < text.length() && text.charAt(i + 1) == '{';
        int start = braced ? i + 2 : i + 1;
        Matcher name = NAME.matcher(text).region(start, text.length());
        if (!name.lookingAt()) {
            throw problem("a '$' that is no $NAME; write '\\$' for a dollar sign");
        }
        int end = name.end();
        if (braced) {
            if (end >= text.length() || text.charAt(end) != '}') {
                throw problem("${" + name.group() + " is not closed");
            }
            end++;
        }
        String value = values.apply(name.group());
        if (value == null) {
            throw problem("$" + name.group() + " is not one of the section's placeholders");
        }
        used.add(name.group());
        word.append(value);
        return end;
    }

    private AssertionError problem(String what) {
        return new AssertionError(name() + ": " + what);
    }
}
