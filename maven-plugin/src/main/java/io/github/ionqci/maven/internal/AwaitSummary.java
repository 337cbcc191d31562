package io.github.ionqci.maven.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything {@code ionq:await-jobs} reports once the wait is over.
 *
 * @param rows       every awaited job, in the order they were listed
 * @param elapsed    how long the wait took
 * @param timeout    the configured timeout
 * @param baseUrl    the API the jobs were read from (never a key)
 * @param finishedAt when the wait ended
 */
public record AwaitSummary(List<JobRow> rows, Duration elapsed, Duration timeout, String baseUrl, Instant finishedAt) {

    /** The outcomes, in the order reports list them. */
    public static final List<String> OUTCOMES = List.of("COMPLETED", "FAILED", "CANCELED", "TIMED_OUT", "NOT_FOUND");

    /** @param rows copied */
    public AwaitSummary {
        rows = List.copyOf(rows);
    }

    /** @return how many jobs ended in each outcome, every outcome present (possibly 0) */
    public Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        OUTCOMES.forEach(o -> counts.put(o, 0));
        rows.forEach(r -> counts.merge(r.outcome(), 1, Integer::sum));
        return counts;
    }

    /** @return the jobs that make the goal fail */
    public List<JobRow> failing() {
        return rows.stream().filter(JobRow::failsBuild).toList();
    }

    /** @return whether no job makes the goal fail */
    public boolean passed() {
        return rows.stream().noneMatch(JobRow::failsBuild);
    }

    /**
     * @return the jobs' costs added up, per unit (usually one, {@code usd}); empty when no job states a cost
     */
    public Map<String, java.math.BigDecimal> totalCost() {
        Map<String, java.math.BigDecimal> totals = new LinkedHashMap<>();
        rows.stream().filter(r -> r.cost() != null)
                .forEach(r -> totals.merge(r.cost().unit(), r.cost().value(), java.math.BigDecimal::add));
        return totals;
    }

    /** @return the total cost as text, such as {@code 3.20 usd}, or null when no job states a cost */
    public String totalCostText() {
        Map<String, java.math.BigDecimal> totals = totalCost();
        if (totals.isEmpty()) {
            return null;
        }
        java.util.List<String> parts = new java.util.ArrayList<>();
        totals.forEach((unit, value) -> parts.add(new io.github.ionqci.client.cost.Amount(value, unit).text()));
        return String.join(" + ", parts);
    }

    /** @return e.g. {@code 3 jobs: 2 completed, 1 failed} */
    public String countsText() {
        StringBuilder text = new StringBuilder().append(rows.size()).append(rows.size() == 1 ? " job: " : " jobs: ");
        String separator = "";
        for (Map.Entry<String, Integer> entry : counts().entrySet()) {
            if (entry.getValue() > 0) {
                text.append(separator).append(entry.getValue()).append(' ')
                        .append(entry.getKey().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
                separator = ", ";
            }
        }
        return text.toString();
    }
}
