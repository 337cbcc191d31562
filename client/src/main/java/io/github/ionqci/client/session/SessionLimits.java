package io.github.ionqci.client.session;

import io.github.ionqci.client.cost.Amount;

/**
 * A session's limits, IonQ's {@code settings}: each may be null (no limit).
 *
 * <pre>{@code
 * SessionLimits limits = new SessionLimits(2, null, null);   // at most two jobs
 * }</pre>
 *
 * @param jobCountLimit    {@code job_count_limit}: the most jobs
 * @param durationLimitMin {@code duration_limit_min}: the most minutes
 * @param costLimit        {@code cost_limit}: the most the jobs may cost together
 */
public record SessionLimits(Integer jobCountLimit, Integer durationLimitMin, Amount costLimit) {

    /**
     * Checks that the limits are positive.
     *
     * @param jobCountLimit {@code job_count_limit}: the most jobs
     * @param durationLimitMin {@code duration_limit_min}: the most minutes
     * @param costLimit {@code cost_limit}: the most the jobs may cost together
     */
    public SessionLimits {
        if (jobCountLimit != null && jobCountLimit < 1 || durationLimitMin != null && durationLimitMin < 1
                || costLimit != null && costLimit.value().signum() < 0) {
            throw new IllegalArgumentException("Session limits must be positive, got job_count_limit=" + jobCountLimit
                    + ", duration_limit_min=" + durationLimitMin + ", cost_limit=" + costLimit);
        }
    }

    /** @return whether no limit is set */
    public boolean isEmpty() {
        return jobCountLimit == null && durationLimitMin == null && costLimit == null;
    }
}
