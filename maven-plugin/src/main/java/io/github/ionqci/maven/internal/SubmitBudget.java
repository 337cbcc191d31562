package io.github.ionqci.maven.internal;

import io.github.ionqci.client.IonQClient;
import io.github.ionqci.client.IonQException;
import io.github.ionqci.client.cost.Amount;
import io.github.ionqci.client.cost.CostEstimate;
import io.github.ionqci.client.cost.EstimateRequest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;

/**
 * What {@code ionq:submit} checks before it submits anything: every circuit's estimate ({@code GET
 * /jobs/estimate}), a table of them, the cap {@code ionq.max-cost}, and, in CI on a QPU backend without a cap,
 * one warning with the estimate.
 *
 * <pre>{@code
 * new SubmitBudget(getLog(), new BigDecimal("25"), System.getenv(), () -> true).check(client, payloadsByName);
 * }</pre>
 */
public final class SubmitBudget {

    private static final String SIMULATOR = "simulator";

    private final Log log;
    private final BigDecimal maxCost;
    private final Map<String, String> environment;
    private final BooleanSupplier firstCiWarning;

    /**
     * @param log            the goal's log
     * @param maxCost        {@code ionq.max-cost} in USD, or null for no cap
     * @param environment    the environment, for {@code CI}
     * @param firstCiWarning true the first time in the build that the CI warning is due
     */
    public SubmitBudget(Log log, BigDecimal maxCost, Map<String, String> environment, BooleanSupplier firstCiWarning) {
        this.log = log;
        this.maxCost = maxCost;
        this.environment = environment;
        this.firstCiWarning = firstCiWarning;
    }

    /**
     * @param client   the client
     * @param payloads the job payloads about to be submitted, by name
     * @throws MojoExecutionException when the estimates exceed {@code ionq.max-cost}, or cannot be had while a cap
     *                                is set
     */
    public void check(IonQClient client, Map<String, String> payloads) throws MojoExecutionException {
        Map<String, CostEstimate> estimates = new LinkedHashMap<>();
        for (Map.Entry<String, String> payload : payloads.entrySet()) {
            EstimateRequest request = EstimateRequest.forPayload(payload.getValue());
            try {
                estimates.put(payload.getKey(), client.estimate(request));
            } catch (IonQException e) {
                if (maxCost != null) {
                    throw new MojoExecutionException("Could not estimate the cost of '" + payload.getKey() + "', so"
                            + " ionq.max-cost = " + Amount.format(maxCost) + " USD cannot be checked: " + e.getMessage()
                            + " Nothing was submitted. Retry later, or remove ionq.max-cost.", e);
                }
                log.warn("Could not estimate the cost of '" + payload.getKey() + "' (" + e.getMessage() + "); submitting"
                        + " without estimates.");
                return;
            }
        }
        BigDecimal total = estimates.values().stream().map(e -> e.total().value()).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        boolean qpu = estimates.values().stream().anyMatch(e -> !SIMULATOR.equals(e.request().backend()));
        List<String> table = table(estimates, total);
        if (maxCost != null && total.compareTo(maxCost) > 0) {
            StringBuilder message = new StringBuilder("The ").append(estimates.size())
                    .append(estimates.size() == 1 ? " circuit is" : " circuits are").append(" estimated to cost ")
                    .append(Amount.format(total)).append(" USD, above ionq.max-cost = ").append(Amount.format(maxCost))
                    .append(" USD; nothing was submitted:");
            table.forEach(line -> message.append(System.lineSeparator()).append("  ").append(line));
            message.append(System.lineSeparator()).append("Use fewer shots or the simulator backend, or raise"
                    + " -Dionq.max-cost if the spend is intended.");
            throw new MojoExecutionException(message.toString());
        }
        if (qpu || maxCost != null) {
            log.info("Estimated cost before submitting (GET /jobs/estimate):");
            table.forEach(line -> log.info("  " + line));
        } else {
            log.info("Estimated cost of the " + estimates.size() + (estimates.size() == 1 ? " circuit" : " circuits")
                    + ": " + Amount.format(total) + " USD (simulator)");
        }
        if (qpu && maxCost == null && "true".equalsIgnoreCase(environment.getOrDefault("CI", "").strip())
                && firstCiWarning.getAsBoolean()) {
            log.warn("Submitting to a QPU backend in CI with no cost cap: these jobs are estimated to cost "
                    + Amount.format(total) + " USD. Set -Dionq.max-cost=<USD> so a build cannot spend more than"
                    + " you expect.");
        }
    }

    private static List<String> table(Map<String, CostEstimate> estimates, BigDecimal total) {
        List<String[]> cells = new ArrayList<>();
        cells.add(new String[] {"CIRCUIT", "BACKEND", "SHOTS", "1Q GATES", "2Q GATES", "ESTIMATE"});
        estimates.forEach((name, e) -> cells.add(new String[] {name, e.request().backend(),
            Integer.toString(e.request().shots()), Long.toString(e.request().gates1q()),
            Long.toString(e.request().gates2q()), e.total().text()}));
        cells.add(new String[] {"TOTAL", "", "", "", "", Amount.format(total) + " usd"});
        return JobTable.columns(cells);
    }
}
