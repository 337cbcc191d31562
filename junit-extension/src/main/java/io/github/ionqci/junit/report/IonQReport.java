package io.github.ionqci.junit.report;

import io.github.ionqci.junit.statistics.Holm;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * One run's record of every distribution check, and the HTML page written from it. Each run
 * ({@code io.github.ionqci.junit.run.IonQRun}) holds one; nothing is shared between runs.
 *
 * <p>Assertions {@linkplain #record(CheckRecord) record} each check as they make it; at the end of the
 * run the extension publishes it with {@link ReportDirectory#publish}, which keeps the pages of earlier
 * runs (a Surefire and a Failsafe phase) beside it. A single page can be written directly:
 * <pre>{@code
 * IonQReport report = new IonQReport();
 * report.record(check);
 * Path page = report.writeTo(Path.of("target/ionq-reports"));   // target/ionq-reports/index.html
 * }</pre>
 *
 * <p>The report also settles the run's statistical family: {@link #holm()} applies Holm's step-down
 * procedure to the p-values of all statistical checks made in the run.
 */
public final class IonQReport {

    /** The report's file name inside the directory given to {@link #writeTo(Path)}. */
    public static final String FILE_NAME = "index.html";

    private final ConcurrentLinkedQueue<CheckRecord> checks = new ConcurrentLinkedQueue<>();

    /** An empty report. */
    public IonQReport() {
    }

    /**
     * @param check a check just made
     */
    public void record(CheckRecord check) {
        checks.add(Objects.requireNonNull(check, "check"));
    }

    /** @return every check recorded so far, in the order they were made */
    public List<CheckRecord> checks() {
        return List.copyOf(checks);
    }

    /**
     * Holm's procedure over every statistical check recorded so far, at the smallest family-wise α they
     * were made with.
     *
     * @return the verdicts; empty when no statistical check was made
     */
    public FamilyVerdicts holm() {
        return FamilyVerdicts.of(checks());
    }

    /**
     * Writes {@code index.html} into {@code directory} (created if needed), replacing any earlier one.
     *
     * @param directory where to write, such as {@code target/ionq-reports}
     * @return the file written
     * @throws UncheckedIOException if it cannot be written
     */
    public Path writeTo(Path directory) {
        return write(directory, FILE_NAME, render());
    }

    /** @return the whole page */
    String render() {
        List<CheckRecord> all = checks();
        return new HtmlReport(all, FamilyVerdicts.of(all), Instant.now()).render();
    }

    /** Writes a file atomically (a temporary file, then a move). */
    static Path write(Path directory, String fileName, String html) {
        try {
            Files.createDirectories(directory);
            Path target = directory.resolve(fileName);
            Path temporary = directory.resolve(fileName + "." + ProcessHandle.current().pid() + "."
                    + Thread.currentThread().getId() + ".tmp");
            Files.writeString(temporary, html, StandardCharsets.UTF_8);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the IonQ report to " + directory.toAbsolutePath()
                    + ": " + e.getMessage(), e);
        }
    }

    /**
     * Holm's verdicts over a run's statistical checks.
     *
     * @param alpha    the family-wise α used (the smallest recorded), NaN when the family is empty
     * @param checks   the statistical checks, in the order they were made
     * @param rejected for each of them, whether Holm rejects it over the whole family
     */
    public record FamilyVerdicts(double alpha, List<CheckRecord> checks, List<Boolean> rejected) {

        /**
         * Copies the lists.
         *
         * @param alpha    the family-wise α used (the smallest recorded), NaN when the family is empty
         * @param checks   the statistical checks, in the order they were made
         * @param rejected for each of them, whether Holm rejects it over the whole family
         */
        public FamilyVerdicts {
            checks = List.copyOf(checks);
            rejected = List.copyOf(rejected);
        }

        static FamilyVerdicts of(List<CheckRecord> all) {
            List<CheckRecord> family = new ArrayList<>();
            double alpha = Double.NaN;
            for (CheckRecord check : all) {
                if (check.pValue() != null && check.familyAlpha() != null) {
                    family.add(check);
                    alpha = Double.isNaN(alpha) ? check.familyAlpha() : Math.min(alpha, check.familyAlpha());
                }
            }
            if (family.isEmpty()) {
                return new FamilyVerdicts(Double.NaN, List.of(), List.of());
            }
            double[] p = family.stream().mapToDouble(CheckRecord::pValue).toArray();
            boolean[] verdicts = Holm.rejections(p, alpha);
            List<Boolean> rejected = new ArrayList<>(verdicts.length);
            for (boolean verdict : verdicts) {
                rejected.add(verdict);
            }
            return new FamilyVerdicts(alpha, family, rejected);
        }

        /** @return the family size m */
        public int size() {
            return checks.size();
        }

        /** @return how many checks Holm rejects over the whole run */
        public long rejectedCount() {
            return rejected.stream().filter(r -> r).count();
        }

        /**
         * @param check a recorded check
         * @return Holm's verdict for it (true: rejected), or null when it is not in the family
         */
        public Boolean rejects(CheckRecord check) {
            for (int i = 0; i < checks.size(); i++) {
                if (checks.get(i) == check) {
                    return rejected.get(i);
                }
            }
            return null;
        }

        /** @return the checks whose verdict when they ran differs from Holm's over the whole run */
        public List<CheckRecord> disagreements() {
            List<CheckRecord> differ = new ArrayList<>();
            for (int i = 0; i < checks.size(); i++) {
                if (checks.get(i).passed() == rejected.get(i)) {
                    differ.add(checks.get(i));
                }
            }
            return differ;
        }

        Map<CheckRecord, Boolean> asMap() {
            Map<CheckRecord, Boolean> map = new IdentityHashMap<>();
            for (int i = 0; i < checks.size(); i++) {
                map.put(checks.get(i), rejected.get(i));
            }
            return Collections.unmodifiableMap(map);
        }
    }
}
