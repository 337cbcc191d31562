package io.github.ionqci.client.cost;

import java.time.Duration;

/**
 * IonQ's answer to {@code GET /jobs/estimate}.
 *
 * <pre>{@code
 * CostEstimate e = client.estimate(EstimateRequest.of("qpu.forte-1", 2, 1000, 1, 1));
 * if (e.total().value().compareTo(cap) > 0) { … }
 * }</pre>
 *
 * @param request        what was priced
 * @param total          {@code estimated_total_cost} in {@code estimated_unit}
 * @param execution      {@code estimated_execution_time}, or null
 * @param predictedQueue {@code current_predicted_queue_time}, or null
 * @param rateCardId     the {@code rate_card.id}, or null
 */
public record CostEstimate(EstimateRequest request, Amount total, Duration execution, Duration predictedQueue,
                           String rateCardId) {
}
