package io.github.ionqci.emulator.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ionqci.emulator.RateCard;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * {@code GET /jobs/estimate} and {@code GET /jobs/{id}/cost}, priced with the emulator's {@link RateCard}, in the
 * shapes of IonQ's {@code GetJobEstimateResponse} and {@code GetJobCostResponse}.
 */
public final class Costs {

    /** The unit every amount is in. */
    public static final String USD = "usd";

    private static final int DEFAULT_QUBITS = 25;
    private static final int DEFAULT_SHOTS = 1000;
    private static final int MAX_SHOTS = 1_000_000;

    private final JobStore store;
    private final SubmissionSettings settings;

    /**
     * @param store    the jobs
     * @param settings holds the rate card and queueing
     */
    public Costs(JobStore store, SubmissionSettings settings) {
        this.store = store;
        this.settings = settings;
    }

    /**
     * @param def a job's definition
     * @return what it is estimated to cost, in USD
     */
    public BigDecimal estimate(JobDefinition def) {
        long shots = def.shots() == null ? JobPayload.DEFAULT_SHOTS : def.shots();
        return settings.rateCard().estimate(def.backend(), shots, def.submittedGateCounts().getOrDefault("1q", 0L),
                def.submittedGateCounts().getOrDefault("2q", 0L), def.circuits());
    }

    /**
     * @param id a job id
     * @return {@code {"dry_run", "estimated_cost":{"value","unit"}, "cost":{"value","unit"}}}, the cost being the
     *         estimate once the job completed (not a dry run), else 0; or 404
     */
    public HttpReply cost(String id) {
        Optional<JobEntry> job = store.get(id);
        if (job.isEmpty()) {
            return ApiErrors.notFound();
        }
        JobDefinition def = job.get().definition();
        BigDecimal estimate = estimate(def);
        boolean charged = JobEntry.COMPLETED.equals(job.get().state(store.now()).status()) && !def.dryRun();
        ObjectNode body = Json.object();
        body.put("dry_run", def.dryRun());
        amount(body.putObject("estimated_cost"), estimate);
        amount(body.putObject("cost"), charged ? estimate : BigDecimal.ZERO.setScale(2));
        return HttpReply.json(200, body);
    }

    /**
     * @param request {@code ?backend=…&qubits=…&shots=…&1q_gates=…&2q_gates=…&type=…&error_mitigation=…}
     * @return the estimate, or 400 naming the bad parameter
     */
    public HttpReply estimate(ApiRequest request) {
        String backend = request.param("backend");
        if (backend == null || backend.isBlank()) {
            return ApiErrors.badRequest("\"backend\" is required, such as ?backend=qpu.forte-1.", "query",
                    List.of("backend"));
        }
        if (!Backends.QUBITS.containsKey(backend)) {
            return ApiErrors.badRequest("\"backend\" = \"" + backend + "\" is not a backend; use one of "
                    + String.join(", ", Backends.names()) + ".", "query", List.of("backend"));
        }
        long qubits;
        long shots;
        long gates1q;
        long gates2q;
        try {
            qubits = integer(request, "qubits", DEFAULT_QUBITS, 1, Integer.MAX_VALUE);
            shots = integer(request, "shots", DEFAULT_SHOTS, 1, MAX_SHOTS);
            gates1q = integer(request, "1q_gates", 0, 0, Integer.MAX_VALUE);
            gates2q = integer(request, "2q_gates", 0, 0, Integer.MAX_VALUE);
        } catch (BadParameter e) {
            return ApiErrors.badRequest(e.getMessage(), "query", List.of(e.name));
        }
        String type = request.param("type") == null ? "ionq.circuit.v1" : request.param("type");
        boolean mitigation = Boolean.parseBoolean(request.param("error_mitigation"));
        RateCard card = settings.rateCard();
        BigDecimal total = card.estimate(backend, shots, gates1q, gates2q, 1);
        ObjectNode body = Json.object();
        ObjectNode context = body.putObject("estimate_context");
        context.put("backend", backend);
        context.put("type", type);
        context.put("qubits", qubits);
        context.put("shots", shots);
        context.put("1q_gates", gates1q);
        context.put("2q_gates", gates2q);
        context.put("error_mitigation", mitigation);
        context.putNull("organization");
        context.put("project", Account.PROJECT_ID);
        body.put("estimated_at", JobRenderer.timestamp(store.now()));
        body.put("estimated_unit", USD);
        ObjectNode rateCard = body.putObject("rate_card");
        rateCard.put("id", "ionq-emulator-rate-card");
        RateCard.Price price = card.price(backend);
        ObjectNode rate = rateCard.putArray("rates").addObject();
        rate.put("sku", backend + (price == null ? "-free" : "-gates"));
        rate.put("unit", "gates");
        rate.put("cost_1q_gate", price == null ? BigDecimal.ZERO : price.per1qGate());
        rate.put("cost_2q_gate", price == null ? BigDecimal.ZERO : price.per2qGate());
        if (price != null && price.jobMinimum().signum() > 0) {
            rate.put("job_cost_minimum", price.jobMinimum());
        }
        body.put("estimated_total_cost", total);
        long executionMs = Math.max(1, shots * (gates1q + 10 * gates2q + 100) / 1000);
        body.put("estimated_execution_time", (int) Math.min(Integer.MAX_VALUE, executionMs));
        body.put("current_predicted_queue_time", (int) Math.min(Integer.MAX_VALUE, settings.queueing().toMillis()));
        return HttpReply.json(200, body);
    }

    private static void amount(ObjectNode node, BigDecimal value) {
        node.put("value", value);
        node.put("unit", USD);
    }

    private static long integer(ApiRequest request, String name, long fallback, long min, long max) {
        String text = request.param(name);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        long value;
        try {
            value = Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new BadParameter(name, "\"" + name + "\" must be an integer, got \"" + text + "\".");
        }
        if (value < min || value > max) {
            throw new BadParameter(name, "\"" + name + "\" must be from " + min + " to " + max + ", got " + value + ".");
        }
        return value;
    }

    private static final class BadParameter extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String name;

        BadParameter(String name, String message) {
            super(message, null, false, false);
            this.name = name;
        }
    }
}
