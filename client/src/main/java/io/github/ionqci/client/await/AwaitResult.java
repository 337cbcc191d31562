package io.github.ionqci.client.await;

import io.github.ionqci.client.Durations;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The end of awaiting: one {@link AwaitedJob} for every id given, in the order given.
 *
 * <pre>{@code
 * AwaitResult result = client.awaiter().await(ids);
 * if (!result.allCompleted()) {
 *     result.jobs(AwaitOutcome.FAILED).forEach(j -> System.err.println(j.summary()));
 * }
 * }</pre>
 *
 * @param jobs    every awaited job, in input order
 * @param elapsed how long awaiting took
 */
public record AwaitResult(List<AwaitedJob> jobs, Duration elapsed) {

    /**
     * Copies the list so the record stays immutable.
     *
     * @param jobs    every awaited job, in input order
     * @param elapsed how long awaiting took
     */
    public AwaitResult {
        jobs = List.copyOf(jobs);
    }

    /** @return whether every job completed */
    public boolean allCompleted() {
        return jobs.stream().allMatch(j -> j.outcome() == AwaitOutcome.COMPLETED);
    }

    /**
     * @param outcome an outcome
     * @return the jobs with it, in input order
     */
    public List<AwaitedJob> jobs(AwaitOutcome outcome) {
        return jobs.stream().filter(j -> j.outcome() == outcome).collect(Collectors.toList());
    }

    /**
     * @param id a job id
     * @return its entry, if it was awaited
     */
    public Optional<AwaitedJob> get(String id) {
        return jobs.stream().filter(j -> j.id().equals(id)).findFirst();
    }

    /** @return how many jobs ended with each outcome (outcomes with none left out) */
    public Map<AwaitOutcome, Long> counts() {
        Map<AwaitOutcome, Long> counts = new EnumMap<>(AwaitOutcome.class);
        for (AwaitedJob j : jobs) {
            counts.merge(j.outcome(), 1L, Long::sum);
        }
        return counts;
    }

    /** @return a line such as {@code 3 jobs in 2.5s: 2 COMPLETED, 1 FAILED} */
    public String summary() {
        return jobs.size() + (jobs.size() == 1 ? " job" : " jobs") + " in "
                + Durations.format(Duration.ofMillis(elapsed.toMillis())) + ": "
                + counts().entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                        .collect(Collectors.joining(", "));
    }
}
