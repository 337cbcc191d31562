package io.github.ionqci.benchmarks.await;

import io.github.ionqci.client.IonQClient;
import io.github.ionqci.client.await.AwaitOutcome;
import io.github.ionqci.client.await.AwaitResult;
import io.github.ionqci.client.await.AwaitedJob;
import io.github.ionqci.client.await.PollInterval;
import io.github.ionqci.client.job.Job;
import io.github.ionqci.emulator.EmulatedJob;
import io.github.ionqci.emulator.Fault;
import io.github.ionqci.emulator.IonQEmulator;
import io.github.ionqci.emulator.RecordedRequest;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Load and fault driver for batch awaiting, the engine of {@code ionq:await-jobs}: 1,000 jobs on the
 * embedded emulator (loopback only), completing at staggered times.
 *
 * <ol>
 *   <li><b>batch</b>: the client's awaiter ({@code GET /jobs?ids=…}, 50 ids a page, only pending jobs);</li>
 *   <li><b>one-by-one</b>: the baseline, as the Python clients do it: each job awaited on its own,
 *       {@code GET /jobs/{id}} on the same interval schedule (1 s growing ×1.5 to 30 s);</li>
 *   <li><b>faults</b>: the batch await again, with 20 % of the listing requests answered 429 (with
 *       {@code Retry-After: 1}), 502 or 503 and 5 % connection resets.</li>
 * </ol>
 *
 * Prints, for each run, HTTP requests in total and per job, the delay between the last job's completion and
 * the return of the await, and the peak heap; then each target with its verdict. Exits 1 if a target is missed.
 * <pre>
 * ./mvnw -B -q -Pbenchmarks -pl benchmarks -am package -DskipTests
 * java -Xmx256m -cp benchmarks/target/benchmarks.jar io.github.ionqci.benchmarks.await.AwaitLoadBenchmark
 * </pre>
 */
public final class AwaitLoadBenchmark {

    static final int JOBS = Integer.getInteger("jobs", 1000);
    static final Duration FIRST_COMPLETION = Duration.ofMillis(500);
    static final Duration SPREAD = Duration.ofSeconds(Long.getLong("spread.seconds", 12));
    static final PollInterval SCHEDULE = PollInterval.growing(Duration.ofSeconds(1), 1.5, Duration.ofSeconds(30));
    static final Duration AWAIT_TIMEOUT = Duration.ofMinutes(2);
    static final double FAULT_RATE = 0.20;
    static final double RESET_RATE = 0.05;

    private AwaitLoadBenchmark() {
    }

    /**
     * @param args none
     * @throws Exception if the emulator cannot start
     */
    public static void main(String[] args) throws Exception {
        System.out.printf(Locale.ROOT, "Await load benchmark: %d jobs completing between %s and %s after submission,"
                + " poll %s%n%n", JOBS, FIRST_COMPLETION, FIRST_COMPLETION.plus(SPREAD), SCHEDULE);
        List<String> verdicts = new ArrayList<>();
        boolean ok = true;
        try (IonQEmulator emulator = IonQEmulator.start()) {
            IonQClient client = IonQClient.builder().baseUrl(emulator.baseUrl()).apiKey(emulator.apiKey()).build();

            Run batch = batchRun("batch (GET /jobs?ids=…)", emulator, client);
            Run oneByOne = oneByOneRun(emulator, client);
            emulator.faults().seed(20261124);
            addFaults(emulator);
            Run faulty = batchRun("batch, 20% 429/502/503 + 5% resets", emulator, client);
            emulator.faults().clear();

            System.out.println();
            System.out.printf(Locale.ROOT, "%-40s %10s %10s %14s %16s %12s%n", "run", "requests", "per job",
                    "return delay", "last interval", "peak heap");
            for (Run run : List.of(batch, oneByOne, faulty)) {
                System.out.printf(Locale.ROOT, "%-40s %10d %10.3f %12d ms %16s %9.1f MB%n", run.name, run.requests,
                        run.requests / (double) JOBS, run.returnDelay.toMillis(),
                        run.lastInterval.isZero() ? "-" : run.lastInterval.toMillis() + " ms", run.peakHeapBytes / 1e6);
            }
            System.out.println();

            double ratio = (oneByOne.requests / (double) JOBS) / (batch.requests / (double) JOBS);
            ok &= verdict(verdicts, ratio >= 20, String.format(Locale.ROOT,
                    "requests per job: one-by-one / batch = %.1fx (target >= 20x)", ratio));
            Duration bound = batch.lastInterval.plusSeconds(1);
            ok &= verdict(verdicts, batch.returnDelay.compareTo(bound) <= 0, String.format(Locale.ROOT,
                    "batch returns %d ms after the last completion (target <= one poll interval + 1 s = %d ms)",
                    batch.returnDelay.toMillis(), bound.toMillis()));
            long peak = Math.max(batch.peakHeapBytes, Math.max(oneByOne.peakHeapBytes, faulty.peakHeapBytes));
            ok &= verdict(verdicts, peak < 256L * 1024 * 1024, String.format(Locale.ROOT,
                    "peak heap %.1f MB, emulator and its 1,000 jobs included (target < 256 MB)", peak / 1e6));
            ok &= verdict(verdicts, faulty.problems.isEmpty(), "with faults: all " + JOBS
                    + " jobs listed once each with their true status" + (faulty.problems.isEmpty() ? ""
                    : ": " + faulty.problems.size() + " problems, first " + faulty.problems.get(0)));
            ok &= verdict(verdicts, batch.problems.isEmpty() && oneByOne.problems.isEmpty(),
                    "without faults: every job with its true status" + (batch.problems.isEmpty() ? "" : ": " + batch.problems));
            double faultRatio = faulty.requests / (double) batch.requests;
            ok &= verdict(verdicts, faultRatio <= 2.0, String.format(Locale.ROOT,
                    "requests with faults / without = %.2fx (target <= 2x); %d faulted answers, %s",
                    faultRatio, faulty.faulted, faulty.retryAfterNote));
        }
        System.out.println();
        verdicts.forEach(System.out::println);
        System.out.println();
        System.out.println(ok ? "ALL TARGETS MET" : "SOME TARGETS MISSED");
        System.exit(ok ? 0 : 1);
    }

    private static boolean verdict(List<String> verdicts, boolean pass, String text) {
        verdicts.add((pass ? "PASS  " : "FAIL  ") + text);
        return pass;
    }

    /** The result of one run. */
    private static final class Run {
        String name;
        int requests;
        int faulted;
        Duration returnDelay = Duration.ZERO;
        Duration lastInterval = Duration.ZERO;
        long peakHeapBytes;
        List<String> problems = new ArrayList<>();
        String retryAfterNote = "";
    }

    /** The jobs of one run and the status each one truly ends in. */
    private record Seeded(List<String> ids, Map<String, String> truth) {
    }

    private static Seeded seed(IonQEmulator emulator) {
        emulator.jobs().clear();
        List<String> ids = new ArrayList<>(JOBS);
        Map<String, String> truth = new HashMap<>();
        for (int i = 0; i < JOBS; i++) {
            Duration done = FIRST_COMPLETION.plus(SPREAD.multipliedBy(i).dividedBy(Math.max(1, JOBS - 1)));
            Duration queued = done.multipliedBy(2).dividedBy(5);
            EmulatedJob job;
            String status;
            if (i % 100 < 90) {
                job = EmulatedJob.completed().qubits(2).probabilities(Map.of(0L, 0.5, 3L, 0.5));
                status = "completed";
            } else if (i % 100 < 97) {
                job = EmulatedJob.failed("TooManyGates", "job " + i + " has too many gates");
                status = "failed";
            } else {
                job = EmulatedJob.canceled();
                status = "canceled";
            }
            String id = emulator.jobs().add(job.lifecycle(queued, done.minus(queued)));
            ids.add(id);
            truth.put(id, status);
        }
        emulator.requests().reset();
        return new Seeded(ids, truth);
    }

    private static Run batchRun(String name, IonQEmulator emulator, IonQClient client) {
        Run run = new Run();
        run.name = name;
        Seeded seeded = seed(emulator);
        List<Instant> rounds = Collections.synchronizedList(new ArrayList<>());
        resetPeaks();
        AwaitResult result = client.awaiter()
                .timeout(AWAIT_TIMEOUT)
                .pollInterval(SCHEDULE)
                .onProgress(p -> rounds.add(Instant.now()))
                .await(seeded.ids());
        Instant returned = Instant.now();
        run.peakHeapBytes = peakHeap();
        run.requests = emulator.requests().count();
        List<RecordedRequest> log = emulator.requests().list();
        run.faulted = (int) log.stream().filter(r -> r.status() != 200).count();
        run.retryAfterNote = retryAfterNote(log);
        Instant lastCompletion = result.jobs().stream().map(AwaitedJob::job).filter(j -> j != null && j.completedAt() != null)
                .map(Job::completedAt).max(Instant::compareTo).orElse(returned);
        run.returnDelay = Duration.between(lastCompletion, returned);
        if (rounds.size() >= 2) {
            run.lastInterval = Duration.between(rounds.get(rounds.size() - 2), rounds.get(rounds.size() - 1));
        }
        check(run, seeded, result);
        System.out.printf(Locale.ROOT, "%s: %d requests over %d rounds; %s%n", name, run.requests, rounds.size(),
                result.summary());
        return run;
    }

    private static void check(Run run, Seeded seeded, AwaitResult result) {
        if (result.jobs().size() != JOBS) {
            run.problems.add(result.jobs().size() + " jobs reported instead of " + JOBS);
        }
        Set<String> seen = new HashSet<>();
        for (AwaitedJob job : result.jobs()) {
            if (!seen.add(job.id())) {
                run.problems.add("duplicate " + job.id());
            }
            String truth = seeded.truth().get(job.id());
            AwaitOutcome expected = truth == null ? null : AwaitOutcome.valueOf(truth.toUpperCase(Locale.ROOT));
            if (job.outcome() != expected) {
                run.problems.add(job.id() + " reported " + job.outcome() + ", truly " + truth);
            }
        }
        if (!seen.equals(new HashSet<>(seeded.ids()))) {
            run.problems.add("the reported ids are not the awaited ids");
        }
    }

    /**
     * The Python clients' way: each job awaited on its own, {@code GET /jobs/{id}} on its own schedule (the
     * same 1 s growing x1.5 to 30 s), as 1,000 independent awaiters (say {@code asyncio.gather} of
     * {@code job.wait()}) would do; a small thread pool runs the polls.
     */
    private static Run oneByOneRun(IonQEmulator emulator, IonQClient client) throws InterruptedException {
        Run run = new Run();
        run.name = "one-by-one (GET /jobs/{id})";
        Seeded seeded = seed(emulator);
        resetPeaks();
        Instant deadline = Instant.now().plus(AWAIT_TIMEOUT);
        Map<String, Job> last = new ConcurrentHashMap<>();
        CountDownLatch done = new CountDownLatch(seeded.ids().size());
        ScheduledExecutorService pool = Executors.newScheduledThreadPool(16);
        try {
            for (String id : seeded.ids()) {
                pool.schedule(new Runnable() {
                    private int polls;

                    @Override
                    public void run() {
                        Job job = client.getJob(id);
                        last.put(id, job);
                        if (job.status().isTerminal() || Instant.now().isAfter(deadline)) {
                            done.countDown();
                        } else {
                            pool.schedule(this, SCHEDULE.after(polls++).toMillis(), TimeUnit.MILLISECONDS);
                        }
                    }
                }, 0, TimeUnit.MILLISECONDS);
            }
            done.await(AWAIT_TIMEOUT.toMillis() + 5_000, TimeUnit.MILLISECONDS);
        } finally {
            pool.shutdownNow();
        }
        Instant returned = Instant.now();
        run.peakHeapBytes = peakHeap();
        run.requests = emulator.requests().count();
        Instant lastCompletion = last.values().stream().map(Job::completedAt).filter(Objects::nonNull)
                .max(Instant::compareTo).orElse(returned);
        run.returnDelay = Duration.between(lastCompletion, returned);
        for (String id : seeded.ids()) {
            Job job = last.get(id);
            if (job == null || !job.status().value().equals(seeded.truth().get(id))) {
                run.problems.add(id + " ended " + (job == null ? "unseen" : job.status()) + ", truly " + seeded.truth().get(id));
            }
        }
        System.out.printf(Locale.ROOT, "%s: %d requests%n", run.name, run.requests);
        return run;
    }

    /** 20 % of requests to the job listing answered 429 (Retry-After 1 s), 502 or 503, a third each; 5 % reset. */
    private static void addFaults(IonQEmulator emulator) {
        double each = FAULT_RATE / 3;
        // rules are tried in order and the first that fires decides: conditional rates give the overall shares
        emulator.faults().add(Fault.status(429).retryAfterSeconds(1)).onPath("/jobs").rate(each);
        emulator.faults().add(Fault.status(502)).onPath("/jobs").rate(each / (1 - each));
        emulator.faults().add(Fault.status(503)).onPath("/jobs").rate(each / (1 - 2 * each));
        emulator.faults().add(Fault.connectionReset()).onPath("/jobs").rate(RESET_RATE / (1 - FAULT_RATE));
    }

    /** Checks, from the request log, that the request after each 429 came at least ~1 s later. */
    private static String retryAfterNote(List<RecordedRequest> log) {
        int throttled = 0;
        int honoured = 0;
        for (int i = 0; i < log.size() - 1; i++) {
            if (log.get(i).status() == 429) {
                throttled++;
                if (Duration.between(log.get(i).at(), log.get(i + 1).at()).toMillis() >= 950) {
                    honoured++;
                }
            }
        }
        return throttled == 0 ? "no 429 sent" : String.format(Locale.ROOT,
                "next request >= 1 s after %d of %d 429s (Retry-After honoured)", honoured, throttled);
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
