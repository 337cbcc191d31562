package io.github.ionqci.client.cost;

import java.util.Optional;

/**
 * IonQ's answer to {@code GET /jobs/{id}/cost}.
 *
 * <pre>{@code
 * JobCost c = client.getCost(id);
 * Amount paid = c.cost().orElse(c.estimated());
 * }</pre>
 *
 * @param jobId     the job
 * @param dryRun    whether the job was a dry run (never charged)
 * @param estimated {@code estimated_cost}
 * @param actual    {@code cost}, or null while IonQ has not stated it
 */
public record JobCost(String jobId, boolean dryRun, Amount estimated, Amount actual) {

    /** @return the charged cost, when IonQ states one */
    public Optional<Amount> cost() {
        return Optional.ofNullable(actual);
    }
}
