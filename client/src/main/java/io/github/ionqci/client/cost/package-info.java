/**
 * What IonQ jobs cost: estimates before submitting ({@code GET /jobs/estimate}) and a job's cost
 * ({@code GET /jobs/{id}/cost}).
 *
 * <pre>{@code
 * CostEstimate e = client.estimate(EstimateRequest.of("qpu.forte-1", 2, 1000, 1, 1));
 * JobCost c = client.getCost(jobId);
 * }</pre>
 */
package io.github.ionqci.client.cost;
