package io.github.ionqci.junit.baseline;

import io.github.ionqci.client.job.Job;
import io.github.ionqci.client.result.Histogram;
import io.github.ionqci.junit.run.IonQRun;
import io.github.ionqci.junit.run.TestIdentity;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * What {@code matchesBaseline()} does with a test's baseline file: compare against it, record it when
 * there is none (or rewrite it on request), or fail in CI when it is missing. A baseline written is
 * told on the console with its path and "commit it" ({@link IonQRun#baselineWritten}).
 *
 * <pre>{@code
 * Baselines.Step step = Baselines.prepare(run, test, null, counts, 3, job);
 * if (step instanceof Baselines.Compare compare) {
 *     // two-sample test of counts against compare.baseline()
 * }
 * }</pre>
 */
public final class Baselines {

    private Baselines() {
    }

    /** What to do with one baseline. */
    public sealed interface Step permits Compare, Recorded, Missing {
        /** @return the baseline file, relative to the project when inside it */
        Path shown();
    }

    /**
     * A stored baseline to compare against.
     *
     * @param baseline   its counts
     * @param shown      the file
     * @param provenance where it came from, such as {@code recorded 2026-… from job … on simulator}
     */
    public record Compare(Histogram baseline, Path shown, String provenance) implements Step {
    }

    /**
     * The result was written as the baseline.
     *
     * @param shown     the file
     * @param rewritten true when an earlier baseline was replaced on request ({@value BaselineStore#UPDATE_PROPERTY})
     */
    public record Recorded(Path shown, boolean rewritten) implements Step {
    }

    /**
     * No baseline, and the run is CI: nothing was written.
     *
     * @param shown the file that is missing
     */
    public record Missing(Path shown) implements Step {
    }

    /**
     * Reads the test's baseline, or writes one from {@code counts}.
     *
     * @param run    the run (settings, console)
     * @param test   the test
     * @param name   a second baseline's name within the test, or null
     * @param counts the observed counts
     * @param width  the bitstring width to store
     * @param job    the job the counts came from, or null
     * @return what to do
     */
    public static Step prepare(IonQRun run, TestIdentity test, String name, Histogram counts, int width, Job job) {
        Path file = BaselineStore.pathFor(run.settings(), test, name);
        Path shown = relativeToProject(test, file);
        boolean update = BaselineStore.updateRequested(run.settings());
        Optional<Baseline> stored = update ? Optional.empty() : BaselineStore.read(file);
        if (stored.isPresent()) {
            Baseline baseline = stored.get();
            String provenance = "recorded " + baseline.recordedAt()
                    + (baseline.jobId() == null ? "" : " from job " + baseline.jobId())
                    + (baseline.backend() == null ? "" : " on " + baseline.backend())
                    + (baseline.noiseModel() == null ? "" : " with noise model " + baseline.noiseModel());
            return new Compare(baseline.toHistogram(), shown, provenance);
        }
        if (!update && BaselineStore.isCi(run.settings())) {
            return new Missing(shown);
        }
        BaselineStore.write(file, newBaseline(test, counts, width, job));
        run.baselineWritten(shown, update);
        return new Recorded(shown, update);
    }

    /** @return the line a failed comparison ends with */
    public static String rewriteHint() {
        return "\nIf the change is intended, rerun with -D" + BaselineStore.UPDATE_PROPERTY
                + "=true and commit the rewritten file.";
    }

    private static Baseline newBaseline(TestIdentity test, Histogram counts, int width, Job job) {
        return new Baseline(Baseline.FORMAT, BaselineStore.testId(test), Baseline.BIT_ORDER,
                job == null ? null : job.backend(),
                job == null || job.noise() == null ? null : job.noise().model(),
                job == null || job.noise() == null ? null : job.noise().seed(),
                job == null ? null : job.id(),
                width, counts.total(), Baseline.countsOf(widen(counts, width)),
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), "ionq-junit-jupiter");
    }

    private static Histogram widen(Histogram histogram, int width) {
        if (histogram.qubits() >= width) {
            return histogram;
        }
        long[] states = histogram.states();
        long[] counts = new long[states.length];
        for (int i = 0; i < states.length; i++) {
            counts[i] = histogram.countAt(i);
        }
        return Histogram.of(states, counts, width);
    }

    private static Path relativeToProject(TestIdentity test, Path file) {
        Path base = test.projectDir().toAbsolutePath().normalize();
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(base) ? base.relativize(absolute) : absolute;
    }
}
