package io.github.ionqci.client.await;

import io.github.ionqci.client.IonQAuthenticationException;
import io.github.ionqci.client.IonQConfig;
import io.github.ionqci.client.IonQConfigurationException;
import io.github.ionqci.client.IonQConnectionException;
import io.github.ionqci.client.IonQProperties;
import io.github.ionqci.client.Durations;
import io.github.ionqci.client.IonQException;
import io.github.ionqci.client.IonQNotFoundException;
import io.github.ionqci.client.IonQRequestException;
import io.github.ionqci.client.internal.ErrorReports;
import io.github.ionqci.client.JobId;
import io.github.ionqci.client.job.Job;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Awaits one or many jobs until each is terminal (completed, failed or canceled), not found, or the
 * timeout runs out. Each round fetches only the jobs still pending, all at once
 * ({@code GET /jobs?ids=…}, one request per page); rounds are spaced by a growing interval that
 * follows IonQ's {@code predicted_wait_time_ms}. Awaitility drives the rounds. A round's requests
 * get at least a quarter of a second, so the last round may end that much after the timeout.
 *
 * <pre>{@code
 * AwaitResult result = client.awaiter()
 *         .timeout(Duration.ofMinutes(10))
 *         .pollInterval(PollInterval.growing(Duration.ofSeconds(1), 1.5, Duration.ofSeconds(30)))
 *         .onProgress(progress -> System.out.println(progress.summary()))
 *         .await(List.of(id1, id2));
 * Job one = client.awaiter().awaitOne(id);   // JobTimeoutException if it does not finish in time
 * }</pre>
 *
 * <p>Instances are immutable: each setter returns a new awaiter.
 */
public final class JobAwaiter {

    /** The least time a round's requests get, even when that runs a little past the timeout. */
    static final Duration MIN_ROUND = Duration.ofMillis(250);

    private final JobSource source;
    private final UnaryOperator<String> scrub;
    private final Duration timeout;
    private final PollInterval pollInterval;
    private final Consumer<AwaitProgress> onProgress;
    private final Duration giveUpAfter;
    private final String host;
    private final System.Logger log;

    private JobAwaiter(JobSource source, UnaryOperator<String> scrub, Duration timeout,
                       PollInterval pollInterval, Consumer<AwaitProgress> onProgress, Duration giveUpAfter,
                       String host, System.Logger log) {
        this.source = source;
        this.scrub = scrub;
        this.timeout = timeout;
        this.pollInterval = pollInterval;
        this.onProgress = onProgress;
        this.giveUpAfter = giveUpAfter;
        this.host = host;
        this.log = log;
    }

    /**
     * @param source where to fetch jobs from, such as an {@code IonQClient}'s job listing
     * @param config the await timeout and poll intervals to start from
     * @return an awaiter
     */
    public static JobAwaiter using(JobSource source, IonQConfig config) {
        return new JobAwaiter(Objects.requireNonNull(source, "source"), new ErrorReports(config.apiKey())::scrub,
                config.awaitTimeout(),
                PollInterval.of(config),
                progress -> { }, config.connectGiveUpAfter(), config.origin().getAuthority(), config.logger());
    }

    /**
     * @param timeout how long to await before reporting pending jobs as timed out
     * @return a new awaiter with that timeout
     */
    public JobAwaiter timeout(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("The await timeout must be positive, but was " + timeout);
        }
        return new JobAwaiter(source, scrub, timeout, pollInterval, onProgress, giveUpAfter, host, log);
    }

    /**
     * @param pollInterval how to space rounds
     * @return a new awaiter with that interval
     */
    public JobAwaiter pollInterval(PollInterval pollInterval) {
        return new JobAwaiter(source, scrub, timeout, Objects.requireNonNull(pollInterval, "pollInterval"), onProgress,
                giveUpAfter, host, log);
    }

    /**
     * @param onProgress called after every round, in the awaiting thread
     * @return a new awaiter with that callback
     */
    public JobAwaiter onProgress(Consumer<AwaitProgress> onProgress) {
        return new JobAwaiter(source, scrub, timeout, pollInterval, Objects.requireNonNull(onProgress, "onProgress"),
                giveUpAfter, host, log);
    }

    /**
     * @param giveUpAfter how long to go on while no request has reached the API at all (connection refused,
     *                    DNS, TLS or proxy failures); then the await throws an {@link IonQConnectionException}
     *                    naming the host. Once the API has answered, only the timeout ends the await.
     * @return a new awaiter with that limit
     */
    public JobAwaiter connectGiveUpAfter(Duration giveUpAfter) {
        Objects.requireNonNull(giveUpAfter, "giveUpAfter");
        if (giveUpAfter.isNegative() || giveUpAfter.isZero()) {
            throw new IllegalArgumentException("connectGiveUpAfter must be positive, but was " + giveUpAfter);
        }
        return new JobAwaiter(source, scrub, timeout, pollInterval, onProgress, giveUpAfter, host, log);
    }

    /** @return the await timeout */
    public Duration timeout() {
        return timeout;
    }

    /** @return the poll interval */
    public PollInterval pollInterval() {
        return pollInterval;
    }

    /**
     * Awaits many jobs at once.
     *
     * @param ids the job ids: at least one, each valid, none twice
     * @return an entry for every id, in the order given
     * @throws IllegalArgumentException      if the list is empty, an id is invalid or listed twice (naming them)
     * @throws IonQAuthenticationException   if IonQ refuses the API key (awaiting cannot go on)
     */
    public AwaitResult await(Collection<String> ids) {
        List<String> order;
        try {
            order = JobId.requireDistinct(ids);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(scrub.apply(e.getMessage()));
        }
        AwaitState state = new AwaitState(order, pollInterval, timeout);
        try {
            Awaitility.await("IonQ jobs " + abbreviate(order))
                    .atMost(timeout)
                    .pollDelay(Duration.ZERO)
                    .pollInSameThread()
                    .dontCatchUncaughtExceptions()
                    .pollInterval((count, previous) -> state.nextInterval())
                    .until(() -> round(state));
        } catch (ConditionTimeoutException e) {
            log.log(Level.DEBUG, () -> "Await timed out after " + timeout + ": " + state.pendingCount() + " pending");
        }
        if (state.fatal != null) {
            throw state.fatal;
        }
        return state.result();
    }

    /**
     * Awaits one job.
     *
     * @param id the job id
     * @return the job once terminal: completed, failed or canceled (check its status)
     * @throws JobTimeoutException     if it is not terminal when the timeout runs out
     * @throws IonQNotFoundException   if IonQ does not know it
     * @throws IllegalArgumentException if the id is not valid
     */
    public Job awaitOne(String id) {
        try {
            JobId.require(id);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(scrub.apply(e.getMessage()));
        }
        AwaitedJob awaited = await(List.of(id)).jobs().get(0);
        switch (awaited.outcome()) {
            case TIMED_OUT:
                Job last = awaited.job();
                throw new JobTimeoutException(id, last == null ? null : last.status(),
                        last == null ? null : last.predictedWait().orElse(null), awaited.elapsed(), timeout,
                        awaited.lastError());
            case NOT_FOUND:
                throw new IonQNotFoundException("Job " + id + " was not found: the id is wrong, or the job belongs"
                        + " to a project the API key is not for", id, 404, null, null, null);
            default:
                return awaited.job();
        }
    }

    private boolean round(AwaitState state) {
        List<String> pending = state.pendingIds();
        if (pending.isEmpty()) {
            return true;
        }
        IonQException failure = null;
        try {
            Instant roundEnd = Instant.now().plus(MIN_ROUND);
            Instant fetchDeadline = state.deadline().isAfter(roundEnd) ? state.deadline() : roundEnd;
            Instant giveUp = state.connectDeadline(giveUpAfter);
            if (giveUp != null && giveUp.isBefore(fetchDeadline)) {
                fetchDeadline = giveUp.isAfter(roundEnd) ? giveUp : roundEnd;
            }
            state.record(source.fetch(pending, fetchDeadline), pending);
        } catch (IonQAuthenticationException | IonQConfigurationException | IonQRequestException e) {
            if (!isTransient(e)) {
                state.fatal = e;
                return true;
            }
            failure = e;
            state.heard();
            IonQException logged = e;
            log.log(Level.DEBUG, () -> "Fetching " + pending.size() + " pending job(s) failed; retrying next round: "
                    + scrub.apply(logged.getMessage()));
        } catch (IonQException e) {
            if (Thread.currentThread().isInterrupted()) {
                state.fatal = e;
                return true;
            }
            failure = e;
            if (e.statusCode() != 0) {
                state.heard();
            }
            if (unreachable(state, e)) {
                return true;
            }
            IonQException logged = e;
            log.log(Level.DEBUG, () -> "Fetching " + pending.size() + " pending job(s) failed; retrying next round: "
                    + scrub.apply(logged.getMessage()));
        }
        state.recordFailure(failure, pending);
        AwaitProgress progress = state.progress();
        try {
            onProgress.accept(progress);
        } catch (RuntimeException e) {
            log.log(Level.DEBUG, "The await progress callback failed; awaiting goes on", e);
        }
        return state.pendingCount() == 0;
    }

    /** Whether the API has never answered and the give-up time is over; if so, records why as fatal. */
    private boolean unreachable(AwaitState state, IonQException failure) {
        Instant giveUp = state.connectDeadline(giveUpAfter);
        if (!(failure instanceof IonQConnectionException) || giveUp == null || Instant.now().isBefore(giveUp)
                || slowAnswer(failure)) {
            return false;
        }
        state.fatal = new IonQConnectionException("Gave up awaiting IonQ jobs after " + Durations.format(giveUpAfter)
                + ": no request reached " + host + " (" + failure.getMessage() + "). Check the network (can this"
                + " machine reach " + host + "?), the HTTP proxy (https.proxyHost/https.proxyPort, or the active"
                + " <proxy> in Maven's settings.xml) and the base URL (ionq.base-url); to wait longer, raise "
                + IonQProperties.CONNECT_GIVE_UP_AFTER + ".", null, 0, null, null, failure);
        return true;
    }

    /** @return whether the failure is an answer slow to come (connected, no response in time), not a failed connection */
    private static boolean slowAnswer(IonQException failure) {
        return failure instanceof IonQConnectionException connection && connection.slowAnswer();
    }

    /**
     * @return whether a client error is worth another round: 408 and 425, which a proxy or gateway answers for
     *         a request that was too slow or too early, not for a wrong one
     */
    private static boolean isTransient(IonQException e) {
        return e instanceof IonQRequestException && (e.statusCode() == 408 || e.statusCode() == 425);
    }

    private static String abbreviate(List<String> ids) {
        if (ids.size() <= 3) {
            return String.join(", ", ids);
        }
        return String.join(", ", new ArrayList<>(ids.subList(0, 3))) + " and " + (ids.size() - 3) + " more";
    }

    @Override
    public String toString() {
        return "JobAwaiter[timeout=" + timeout + ", pollInterval=" + pollInterval + "]";
    }

    /** Exposed for tests of the interval logic. */
    static Duration intervalFor(PollInterval policy, int round, Instant now, Instant earliestPredictedEnd,
                                boolean anyUnpredicted, Instant deadline) {
        Duration base = policy.after(round);
        Duration interval = anyUnpredicted || earliestPredictedEnd == null ? base : policy.max();
        if (earliestPredictedEnd != null) {
            Duration untilPredicted = Duration.between(now, earliestPredictedEnd);
            if (untilPredicted.compareTo(policy.initial()) < 0) {
                untilPredicted = policy.initial();
            }
            if (untilPredicted.compareTo(policy.max()) > 0) {
                untilPredicted = policy.max();
            }
            interval = anyUnpredicted ? min(interval, untilPredicted) : untilPredicted;
        }
        Duration remaining = Duration.between(now, deadline);
        Duration margin = min(Duration.ofMillis(10), remaining.dividedBy(10));
        Duration lastChance = remaining.minus(margin);
        if (interval.compareTo(lastChance) > 0) {
            interval = lastChance;
        }
        return interval.isNegative() || interval.isZero() ? Duration.ofMillis(1) : interval;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
