package io.github.ionqci.emulator.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Cancel, delete and cost. Cancelling reaches a multi-circuit job's children too; like IonQ's v0.4 API (as
 * cirq-ionq observes), cancelling a finished job marks it {@code canceled}. Deleting removes the job and its
 * children.
 */
public final class JobCommands {

    private static final String DELETED = "deleted";

    private final JobStore store;

    /** @param store the jobs */
    public JobCommands(JobStore store) {
        this.store = store;
    }

    /**
     * @param id a job id
     * @return {@code {"id","status":"canceled"}} or 404
     */
    public HttpReply cancel(String id) {
        return one(id, this::cancel, JobEntry.CANCELED);
    }

    /**
     * @param request a request with body {@code {"ids":[…]}}
     * @return {@code {"ids":[…],"status":"canceled"}} listing the jobs found, or 400
     */
    public HttpReply cancelMany(ApiRequest request) {
        return each(request, this::cancel, JobEntry.CANCELED);
    }

    /**
     * @param id a job id
     * @return {@code {"id","status":"deleted"}} or 404
     */
    public HttpReply delete(String id) {
        return one(id, this::delete, DELETED);
    }

    /**
     * @param request a request with body {@code {"ids":[…]}}
     * @return {@code {"ids":[…],"status":"deleted"}} listing the jobs found, or 400
     */
    public HttpReply deleteMany(ApiRequest request) {
        return each(request, this::delete, DELETED);
    }

    /**
     * A plausible price, modelled on public per-task plus per-shot QPU pricing (not IonQ's rate card): the
     * simulator is free; a QPU job costs 0.30 USD per circuit plus, per shot, 0.01 (Harmony), 0.03 (Aria) or
     * 0.08 (Forte) USD. {@code cost} is the estimate once the job completed, else 0.
     *
     * @param id a job id
     * @return {@code {"dry_run", "estimated_cost":{"value","unit"}, "cost":{"value","unit"}}} or 404
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
        ObjectNode estimated = body.putObject("estimated_cost");
        estimated.put("value", estimate);
        estimated.put("unit", "usd");
        ObjectNode cost = body.putObject("cost");
        cost.put("value", charged ? estimate : BigDecimal.ZERO.setScale(2));
        cost.put("unit", "usd");
        return HttpReply.json(200, body);
    }

    static BigDecimal estimate(JobDefinition def) {
        String backend = def.backend();
        BigDecimal perShot;
        if (backend.contains("forte")) {
            perShot = new BigDecimal("0.08");
        } else if (backend.contains("aria")) {
            perShot = new BigDecimal("0.03");
        } else if (backend.contains("harmony")) {
            perShot = new BigDecimal("0.01");
        } else {
            return BigDecimal.ZERO.setScale(2);
        }
        long shots = def.shots() == null ? JobPayload.DEFAULT_SHOTS : def.shots();
        BigDecimal perCircuit = new BigDecimal("0.30").add(perShot.multiply(BigDecimal.valueOf(shots)));
        return perCircuit.multiply(BigDecimal.valueOf(Math.max(1, def.circuits()))).setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * Cancels a job (and its children) unless it already finished: what moving a job does to the original, so the
     * work runs once, on the new target. This is the emulator's reading of IonQ's {@code POST /jobs/{id}/move},
     * which the spec does not describe beyond its payload; the original is not deleted.
     *
     * @param id a job id
     */
    public void cancelUnfinished(String id) {
        store.get(id).filter(job -> !job.state(store.now()).isTerminal()).ifPresent(this::cancel);
    }

    private void cancel(JobEntry job) {
        job.cancel(store.now());
        List<String> children = job.definition().childJobIds();
        if (children != null) {
            children.forEach(child -> store.get(child).ifPresent(c -> c.cancel(store.now())));
        }
    }

    private void delete(JobEntry job) {
        store.remove(job.id());
        job.cancel(store.now());
        List<String> children = job.definition().childJobIds();
        if (children != null) {
            children.forEach(child -> store.remove(child).ifPresent(c -> c.cancel(store.now())));
        }
    }

    /** Applies a command to one job: {@code {"id","status"}}, or 404 when there is no such job. */
    private HttpReply one(String id, Consumer<JobEntry> command, String status) {
        Optional<JobEntry> job = store.get(id);
        if (job.isEmpty()) {
            return ApiErrors.notFound();
        }
        command.accept(job.get());
        ObjectNode body = Json.object();
        body.put("id", id);
        body.put("status", status);
        return HttpReply.json(200, body);
    }

    /** Applies a command to each job of {@code {"ids":[…]}} that exists: {@code {"ids":[…],"status"}}, or 400. */
    private HttpReply each(ApiRequest request, Consumer<JobEntry> command, String status) {
        List<String> ids;
        try {
            ids = ids(request);
        } catch (PayloadException e) {
            return e.reply();
        }
        List<String> done = new ArrayList<>();
        for (String id : ids) {
            store.get(id).ifPresent(job -> {
                command.accept(job);
                done.add(id);
            });
        }
        return many(done, status);
    }

    private static HttpReply many(List<String> ids, String status) {
        ObjectNode body = Json.object();
        ArrayNode array = body.putArray("ids");
        ids.forEach(array::add);
        body.put("status", status);
        return HttpReply.json(200, body);
    }

    private static List<String> ids(ApiRequest request) {
        JsonNode body;
        try {
            body = request.body().length == 0 ? null
                    : Json.MAPPER.readTree(new String(request.body(), StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new PayloadException("The request body is not valid JSON; send {\"ids\": [\"<job id>\", …]}.",
                    List.of());
        }
        if (body == null || !body.isObject() || !body.has("ids")) {
            throw new PayloadException("\"ids\" is required; send {\"ids\": [\"<job id>\", …]}.", List.of("ids"));
        }
        JsonNode ids = body.get("ids");
        List<String> list = new ArrayList<>();
        if (!ids.isArray()) {
            throw new PayloadException("\"ids\" must be an array of job ids.", List.of("ids"));
        }
        for (JsonNode id : ids) {
            if (!id.isTextual()) {
                throw new PayloadException("\"ids\" must be an array of job ids; found " + id + ".", List.of("ids"));
            }
            list.add(id.textValue());
        }
        return list;
    }
}
