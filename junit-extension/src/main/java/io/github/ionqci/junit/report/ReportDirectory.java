package io.github.ionqci.junit.report;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * A report directory ({@code target/ionq-reports}) that keeps every run of a build: each run (a JUnit
 * launcher session, such as Surefire's tests and then Failsafe's ITs) gets its own page under
 * {@code runs/}, and {@code index.html} shows all of them, newest first, each with its checks.
 *
 * <p>A run replaces the earlier runs that checked any of the same test classes, so running a phase
 * again shows its newest result once, while the other phase's page stays. {@code mvn clean} empties
 * the directory.
 *
 * <pre>{@code
 * ReportDirectory.Published published = ReportDirectory.publish(Path.of("target/ionq-reports"), report, Instant.now());
 * published.index();   // target/ionq-reports/index.html, every kept run
 * published.page();    // target/ionq-reports/runs/20260504-101530-123-4711.html, this run only
 * }</pre>
 */
public final class ReportDirectory {

    /** The sub-directory holding one page per run. */
    public static final String RUNS = "runs";

    private static final Duration LOCK_WAIT = Duration.ofSeconds(60);
    private static final DateTimeFormatter ID =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private ReportDirectory() {
    }

    /**
     * What a run left in the directory.
     *
     * @param index    {@code index.html}, every kept run
     * @param page     this run's own page, or null when it made no check
     * @param runs     how many runs {@code index.html} shows
     * @param checks   how many checks all of them made
     * @param failed   how many of those failed
     */
    public record Published(Path index, Path page, int runs, int checks, int failed) {
    }

    /**
     * Writes this run's page, forgets the earlier runs it replaces, and rewrites {@code index.html}.
     * Safe against other JVMs (parallel forks) publishing into the same directory at once.
     *
     * @param directory the report directory, created if needed
     * @param report    this run's checks
     * @param started   when this run started, which names its page
     * @return what was written
     * @throws UncheckedIOException when the directory cannot be written
     */
    public static Published publish(Path directory, IonQReport report, Instant started) {
        try {
            Path runs = directory.resolve(RUNS);
            Files.createDirectories(runs);
            try (FileChannel channel = FileChannel.open(runs.resolve(".lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE); FileLock lock = lock(channel)) {
                Path page = null;
                List<CheckRecord> checks = report.checks();
                if (!checks.isEmpty()) {
                    Set<String> classes = testClasses(checks);
                    for (Run earlier : runs(runs)) {
                        if (!Collections.disjoint(earlier.classes(), classes)) {
                            Files.deleteIfExists(earlier.page());
                            Files.deleteIfExists(earlier.properties());
                        }
                    }
                    String id = ID.format(started) + "-" + ProcessHandle.current().pid();
                    page = IonQReport.write(runs, id + ".html", report.render());
                    long failed = checks.stream().filter(check -> !check.passed()).count();
                    writeProperties(runs.resolve(id + ".properties"), started, checks.size(), failed, classes);
                }
                List<Run> kept = runs(runs);
                Path index;
                if (kept.isEmpty()) {
                    index = report.writeTo(directory);   // no check in any run: the empty page says so
                } else {
                    index = IonQReport.write(directory, IonQReport.FILE_NAME, index(kept));
                }
                int total = kept.stream().mapToInt(Run::checks).sum();
                int failed = kept.stream().mapToInt(Run::failed).sum();
                return new Published(index, page, kept.size(), total, failed);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the IonQ report to " + directory.toAbsolutePath()
                    + ": " + e.getMessage(), e);
        }
    }

    /**
     * Locks the directory against other JVMs (a file lock) and other runs in this JVM (which get
     * {@link OverlappingFileLockException} while one holds it, and wait their turn).
     */
    private static FileLock lock(FileChannel channel) throws IOException {
        long deadline = System.nanoTime() + LOCK_WAIT.toNanos();
        while (true) {
            try {
                return channel.lock();
            } catch (OverlappingFileLockException held) {
                if (System.nanoTime() > deadline) {
                    throw new IOException("another test run in this JVM held the report directory's lock for "
                            + LOCK_WAIT.toSeconds() + " s", held);
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while waiting for the report directory's lock", e);
                }
            }
        }
    }

    /** One run's page and what its properties file says about it. */
    private record Run(String id, Path page, Path properties, Instant started, int checks, int failed,
                       Set<String> classes) {

        String title() {
            List<String> names = new ArrayList<>(classes);
            String shown = names.size() <= 3 ? String.join(", ", names)
                    : String.join(", ", names.subList(0, 3)) + " and " + (names.size() - 3) + " more";
            return "Run of " + TIME.format(started) + ": " + shown;
        }
    }

    private static List<Run> runs(Path runs) throws IOException {
        List<Run> found = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(runs, "*.properties")) {
            for (Path properties : files) {
                String name = properties.getFileName().toString();
                String id = name.substring(0, name.length() - ".properties".length());
                Path page = runs.resolve(id + ".html");
                Properties values = new Properties();
                try (Reader reader = Files.newBufferedReader(properties, StandardCharsets.UTF_8)) {
                    values.load(reader);
                    found.add(new Run(id, page, properties, Instant.parse(values.getProperty("started")),
                            Integer.parseInt(values.getProperty("checks")), Integer.parseInt(values.getProperty("failed")),
                            new TreeSet<>(Arrays.asList(values.getProperty("classes", "").split(",")))));
                } catch (IOException | RuntimeException e) {
                    // a file another tool left, or one being replaced: not a run of ours
                }
            }
        }
        found.removeIf(run -> !Files.isRegularFile(run.page()));
        found.sort(Comparator.comparing(Run::started).reversed());
        return found;
    }

    private static void writeProperties(Path file, Instant started, int checks, long failed, Set<String> classes)
            throws IOException {
        Properties values = new Properties();
        values.setProperty("started", started.toString());
        values.setProperty("checks", Integer.toString(checks));
        values.setProperty("failed", Long.toString(failed));
        values.setProperty("classes", String.join(",", classes));
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            values.store(writer, "one IonQ test run; its page is the .html file of the same name");
        }
    }

    /** @return the test classes the checks belong to, as the report names them */
    private static Set<String> testClasses(List<CheckRecord> checks) {
        Set<String> classes = new TreeSet<>();
        for (CheckRecord check : checks) {
            String test = check.test();
            int bracket = test.indexOf('[');
            String method = bracket < 0 ? test : test.substring(0, bracket);
            int dot = method.lastIndexOf('.');
            classes.add((dot < 0 ? method : method.substring(0, dot)).replace(',', '_'));
        }
        return classes;
    }

    private static String index(List<Run> runs) throws IOException {
        int checks = runs.stream().mapToInt(Run::checks).sum();
        int failed = runs.stream().mapToInt(Run::failed).sum();
        StringBuilder out = new StringBuilder(32_768);
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<title>IonQ distribution checks: ").append(failed == 0 ? "all passed" : failed + " failed")
                .append("</title>\n<style>\n").append(HtmlReport.css()).append("</style>\n</head>\n<body>\n")
                .append("<header class=\"").append(failed == 0 ? "ok" : "bad").append("\">\n")
                .append("<h1>IonQ distribution checks</h1>\n<p class=\"totals\"><strong>").append(checks)
                .append(checks == 1 ? " check" : " checks").append("</strong> in ").append(runs.size())
                .append(runs.size() == 1 ? " run" : " runs").append(": <span class=\"n-fail\">").append(failed)
                .append(" failed</span>, <span class=\"n-pass\">").append(checks - failed)
                .append(" passed</span>. Each run (such as the Surefire tests and the Failsafe ITs of one build) is its"
                        + " own statistical family; its checks follow below.</p>\n</header>\n")
                .append("<table class=\"index\">\n<thead><tr><th>Run</th><th>Checks</th><th>Failed</th><th>Page</th>"
                        + "</tr></thead>\n<tbody>\n");
        for (Run run : runs) {
            out.append("<tr class=\"").append(run.failed() == 0 ? "pass" : "fail").append("\"><td><a href=\"#run-")
                    .append(run.id()).append("\">").append(HtmlReport.escape(run.title())).append("</a></td><td>")
                    .append(run.checks()).append("</td><td>").append(run.failed()).append("</td><td><a href=\"")
                    .append(RUNS).append('/').append(run.id()).append(".html\">").append(RUNS).append('/')
                    .append(run.id()).append(".html</a></td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
        for (Run run : runs) {
            String page = Files.readString(run.page(), StandardCharsets.UTF_8);
            int start = page.indexOf(HtmlReport.BODY_START);
            int end = page.indexOf(HtmlReport.BODY_END);
            String body = start < 0 || end < start ? "" : page.substring(start + HtmlReport.BODY_START.length(), end);
            out.append("<section class=\"run\" id=\"run-").append(run.id()).append("\">\n<h2 class=\"run-title\">")
                    .append(HtmlReport.escape(run.title())).append("</h2>\n")
                    .append(body.replace("href=\"#check-", "href=\"#" + run.id() + "-check-")
                            .replace("id=\"check-", "id=\"" + run.id() + "-check-")
                            .replace("<h1>", "<h3>").replace("</h1>", "</h3>"))
                    .append("</section>\n");
        }
        out.append("</body>\n</html>\n");
        return out.toString();
    }
}
