package io.github.ionqci.emulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ionqci.emulator.circuit.BackendRules;
import io.github.ionqci.emulator.circuit.Circuit;
import io.github.ionqci.emulator.circuit.CircuitException;
import io.github.ionqci.emulator.circuit.CircuitRunner;
import io.github.ionqci.emulator.circuit.Circuits;
import io.github.ionqci.emulator.circuit.CompiledCircuit;
import io.github.ionqci.emulator.circuit.NativeCompiler;
import io.github.ionqci.emulator.circuit.SimulationResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;

/**
 * {@code POST /jobs}: validates the payload (400 on schema-level problems), stores the job (and the children of a
 * multi-circuit job) and runs its circuits on the simulator in the background. Job-level problems fail the job
 * with IonQ's failure code, as the cloud does: {@code TooManyShots}, {@code TooManyGates},
 * {@code NotEnoughQubits}, and whatever the circuit layer reports ({@code InvalidInput}, {@code UnsupportedGate},
 * {@code SimulationError}).
 */
public final class JobSubmissions {

    /** The fields clone and move may change (IonQ's partial child-job payload, less {@code parent}). */
    static final Set<String> CLONE_FIELDS = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(
            Set.of("name", "metadata", "shots", "backend", "session_id", "settings", "dry_run", "noise")));

    /**
     * The most native gates a job's circuits are compiled to, all together (a gate with seven controls takes about
     * 900); beyond, the job reports no compiled circuit and counts its gates as submitted.
     */
    public static final int MAX_COMPILED_GATES = 1_000_000;

    private final JobStore store;
    private final SubmissionSettings settings;
    private final ExecutorService executor;
    private final Costs costs;
    private final SessionStore sessions;

    /**
     * @param store    the jobs
     * @param settings queueing, durations, limits, forced failures
     * @param executor where circuits run
     */
    public JobSubmissions(JobStore store, SubmissionSettings settings, ExecutorService executor, Costs costs,
                          SessionStore sessions) {
        this.store = store;
        this.settings = settings;
        this.executor = executor;
        this.costs = costs;
        this.sessions = sessions;
    }

    /**
     * @param request the request
     * @return 201 with {@code {"id","status","session_id"}}, or IonQ's 400
     */
    public HttpReply submit(ApiRequest request) {
        JobPayload payload;
        ObjectNode submitted;
        try {
            payload = JobPayload.parse(request.body());
            submitted = (ObjectNode) Json.MAPPER.readTree(request.body());
        } catch (PayloadException e) {
            return e.reply();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return admitAndCreate(payload, submitted);
    }

    /**
     * {@code POST /jobs/{id}/clone} and {@code /move}: a new job from the payload that created {@code id}, with the
     * request's fields ({@code name, metadata, shots, backend, session_id, settings, dry_run, noise}) replacing
     * the original's. (The router cancels the original of a move, see {@link JobCommands#cancelUnfinished}.)
     *
     * @param request the request, whose body is a partial job payload
     * @param id      the job to copy
     * @param move    whether this is a move (for messages)
     * @return 201 with {@code {"id","status","session_id"}}, 404 for an unknown job, 400 for a bad override or a job
     *         that was not submitted through {@code POST /jobs}
     */
    public HttpReply copy(ApiRequest request, String id, boolean move) {
        Optional<JobEntry> original = store.get(id);
        if (original.isEmpty()) {
            return ApiErrors.notFound();
        }
        ObjectNode base = original.get().definition().payload();
        if (base == null) {
            return ApiErrors.badRequest("Job " + id + " has no submitted payload to " + (move ? "move" : "clone")
                    + " (it was added through the emulator's Java API or is a multi-circuit child); clone a job"
                    + " created with POST /jobs.", "params", List.of("UUID"));
        }
        ObjectNode merged = base.deepCopy();
        try {
            JsonNode overrides = request.body().length == 0 ? Json.object() : Json.MAPPER.readTree(request.body());
            if (overrides == null || !overrides.isObject()) {
                return ApiErrors.badRequest("The body of clone and move must be a JSON object of the fields to"
                        + " change, for example {\"backend\":\"qpu.forte-1\",\"shots\":500}.", "body", List.of());
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = overrides.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (!CLONE_FIELDS.contains(field.getKey())) {
                    return ApiErrors.badRequest("\"" + field.getKey() + "\" is not allowed; clone and move accept "
                            + String.join(", ", CLONE_FIELDS) + ".", "body", List.of(field.getKey()));
                }
                merged.set(field.getKey(), field.getValue().deepCopy());
            }
        } catch (IOException e) {
            return ApiErrors.badRequest("The body is not valid JSON; send the fields to change as a JSON object.",
                    "body", List.of());
        }
        JobPayload payload;
        try {
            payload = JobPayload.parse(Json.MAPPER.writeValueAsBytes(merged));
        } catch (PayloadException e) {
            return e.reply();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return admitAndCreate(payload, merged);
    }

    /** Admits a job into its session, if it names one (a refusal is IonQ's 400), then creates it. */
    private HttpReply admitAndCreate(JobPayload payload, ObjectNode submitted) {
        try {
            ErrorMitigation.of(payload);
        } catch (PayloadException e) {
            return e.reply();
        }
        if (payload.sessionId() != null) {
            String refused = sessions.admit(payload.sessionId(), payload.backend(), estimate(payload), store.now());
            if (refused != null) {
                return ApiErrors.badRequest(refused, "body", List.of("session_id"));
            }
        }
        JobEntry job = create(payload, submitted);
        if (payload.sessionId() != null) {
            sessions.added(payload.sessionId(), job.id());
        }
        return created(job, payload);
    }

    private static HttpReply created(JobEntry job, JobPayload payload) {
        ObjectNode body = Json.object();
        body.put("id", job.id());
        body.put("status", JobEntry.SUBMITTED);
        body.put("session_id", payload.sessionId());
        return HttpReply.json(201, body);
    }

    /** What a job is estimated to cost before it runs: an unparsable circuit counts no gates. */
    private java.math.BigDecimal estimate(JobPayload payload) {
        List<Circuit> circuits;
        try {
            circuits = Circuits.parse(payload.type(), payload.input());
        } catch (CircuitException e) {
            circuits = List.of();
        }
        return costs.estimate(definition("estimate", payload.type(), payload, null, circuits, null, null, null));
    }

    private JobEntry create(JobPayload payload, ObjectNode submitted) {
        Instant now = store.now();
        String id = JobIds.newId(now.toEpochMilli());
        Lifecycle lifecycle = settings.lifecycle();
        List<Circuit> circuits = List.of();
        String failureCode = null;
        String failureMessage = null;
        String[] forced = settings.takeForcedFailure();
        try {
            if (forced != null) {
                throw new CircuitException(forced[0], forced[1]);
            }
            BackendRules.checkShots(payload.shots());
            circuits = Circuits.parse(payload.type(), payload.input());
            BackendRules.check(payload.backend(), circuits, settings.maxGates());
        } catch (CircuitException e) {
            failureCode = e.failureCode();
            failureMessage = e.getMessage();
            circuits = List.of();
        }
        boolean multi = circuits.size() > 1 || payload.input().hasNonNull("circuits")
                || Circuits.MULTI_CIRCUIT_V1.equals(payload.type());
        List<String> childIds = null;
        List<JobEntry> children = new ArrayList<>();
        if (multi && failureCode == null) {
            childIds = new ArrayList<>();
            for (Circuit circuit : circuits) {
                JobDefinition child = definition(JobIds.newId(now.toEpochMilli()), Circuits.CIRCUIT_V1, payload,
                        circuit.name(), List.of(circuit), id, null, null);
                JobEntry entry = new JobEntry(store.nextSeq(), child, now, JobEntry.COMPLETED, null, null, lifecycle,
                        null, false);
                entry.awaitExecution();
                children.add(entry);
                childIds.add(child.id());
            }
        }
        JobDefinition definition = definition(id, payload.type(), payload, payload.name(), circuits, null, childIds,
                submitted);
        JobEntry job = new JobEntry(store.nextSeq(), definition, now,
                failureCode == null ? JobEntry.COMPLETED : JobEntry.FAILED, failureCode, failureMessage, lifecycle,
                null, false);
        if (failureCode == null) {
            job.awaitExecution();
        }
        children.forEach(store::put);
        store.put(job);
        if (failureCode == null) {
            schedule(job, children, circuits, payload);
        }
        return job;
    }

    private JobDefinition definition(String id, String type, JobPayload payload, String name, List<Circuit> circuits,
                                     String parentId, List<String> childIds, ObjectNode submitted) {
        int qubits = circuits.stream().mapToInt(Circuit::qubits).max().orElse(declaredQubits(payload.input()));
        List<CompiledCircuit> compiled = compile(payload.backend(), circuits);
        Map<String, Long> submittedGates = Map.of("1q", circuits.stream().mapToLong(Circuit::gateCount1q).sum(),
                "2q", circuits.stream().mapToLong(Circuit::gateCount2q).sum());
        Map<String, Long> gates = new LinkedHashMap<>(submittedGates);
        if (!compiled.isEmpty()) {
            gates.put("1q", compiled.stream().mapToLong(CompiledCircuit::gateCount1q).sum());
            gates.put("2q", compiled.stream().mapToLong(CompiledCircuit::gateCount2q).sum());
        }
        boolean simulator = "simulator".equals(payload.backend());
        String model = simulator ? (payload.noiseModel() == null ? "ideal" : payload.noiseModel()) : null;
        Integer seed = simulator && payload.noiseSeed() != null ? payload.noiseSeed().intValue() : null;
        int shots = (int) Math.min(Integer.MAX_VALUE, payload.shots());
        ErrorMitigation mitigation = ErrorMitigation.of(payload);
        List<Variant> variants = circuits.size() == 1 && childIds == null
                ? mitigation.variants(payload.backend(), qubits, shots, new Random(id.hashCode())) : List.of();
        return new JobDefinition(id, type, payload.backend(), payload.dryRun(), Account.SUBMITTER_ID, Account.PROJECT_ID,
                payload.sessionId(), name, payload.metadata() == null ? null : payload.metadata().deepCopy(), qubits,
                childIds == null ? Math.max(1, circuits.size()) : childIds.size(), shots, model, seed, null, store.artifactForm(),
                variants, parentId, childIds, null, gates, withDebiasing(echoSettings(payload.settings()), variants),
                submitted, childIds == null && compiled.size() == 1 ? compiled.get(0) : null, submittedGates);
    }

    /** Echoed settings show debiasing as it runs: IonQ's default turns it on for QIS jobs of 500 shots or more. */
    private static ObjectNode withDebiasing(ObjectNode settings, List<Variant> variants) {
        JsonNode em = settings.get("error_mitigation");
        if (em instanceof ObjectNode given) {
            List<String> nulls = new ArrayList<>();
            given.fields().forEachRemaining(e -> {
                if (e.getValue().isNull()) {
                    nulls.add(e.getKey());
                }
            });
            given.remove(nulls);
        }
        if (!variants.isEmpty() && !settings.path("error_mitigation").has("debiasing")) {
            ObjectNode target = em instanceof ObjectNode given ? given : settings.putObject("error_mitigation");
            target.put("debiasing", true);
        }
        return settings;
    }

    /**
     * The circuits in the backend's native gates ({@code stats.gate_counts} counts them); none for an unknown backend
     * or beyond {@link #MAX_COMPILED_GATES}.
     */
    private static List<CompiledCircuit> compile(String backend, List<Circuit> circuits) {
        if (circuits.isEmpty() || !BackendRules.known(backend)) {
            return List.of();
        }
        NativeCompiler compiler = NativeCompiler.forBackend(backend);
        List<CompiledCircuit> compiled = new ArrayList<>();
        int budget = MAX_COMPILED_GATES;
        for (Circuit circuit : circuits) {
            java.util.Optional<CompiledCircuit> c = compiler.compile(circuit, budget);
            if (c.isEmpty()) {
                return List.of();
            }
            compiled.add(c.get());
            budget -= c.get().gates().size();
        }
        return compiled;
    }

    private static int declaredQubits(JsonNode input) {
        JsonNode qubits = input.get("qubits");
        return qubits != null && qubits.canConvertToInt() ? Math.max(0, qubits.intValue()) : 0;
    }

    /** The settings IonQ's job schema knows, echoed back: compilation options and error mitigation. */
    private static ObjectNode echoSettings(ObjectNode given) {
        ObjectNode settings = Json.object();
        ObjectNode compilation = settings.putObject("compilation");
        if (given == null) {
            return settings;
        }
        JsonNode c = given.get("compilation");
        if (c != null && c.isObject()) {
            for (String key : List.of("precision", "opt", "gate_basis", "service_version")) {
                if (c.has(key)) {
                    compilation.set(key, c.get(key).deepCopy());
                }
            }
        }
        JsonNode em = given.get("error_mitigation");
        if (em != null && em.isObject()) {
            settings.set("error_mitigation", em.deepCopy());
        }
        return settings;
    }

    private void schedule(JobEntry job, List<JobEntry> children, List<Circuit> circuits, JobPayload payload) {
        boolean perNative = settings.noisePerNativeGate();
        Runnable run = () -> {
            if (payload.dryRun()) {
                children.forEach(c -> c.finishExecution(store.now(), null, null, null));
                job.finishExecution(store.now(), null, null, null);
                return;
            }
            if (children.isEmpty()) {
                Outcome outcome = simulate(circuits.get(0), payload, job.definition(), perNative);
                job.finishExecution(store.now(), outcome.data, outcome.code, outcome.message);
                return;
            }
            Outcome firstFailure = null;
            for (int i = 0; i < children.size(); i++) {
                Outcome outcome = simulate(circuits.get(i), payload, children.get(i).definition(), perNative);
                children.get(i).finishExecution(store.now(), outcome.data, outcome.code, outcome.message);
                if (outcome.code != null && firstFailure == null) {
                    firstFailure = outcome;
                }
            }
            if (firstFailure == null) {
                job.finishExecution(store.now(), null, null, null);
            } else {
                job.finishExecution(store.now(), null, firstFailure.code, firstFailure.message);
            }
        };
        try {
            executor.execute(run);
        } catch (RejectedExecutionException e) {
            job.finishExecution(store.now(), null, "InternalError", "The emulator is shutting down.");
        }
    }

    /** Runs a circuit; with {@code perNative} a noisy one as compiled, so its channels follow the native gates. */
    private static Outcome simulate(Circuit circuit, JobPayload payload, JobDefinition def, boolean perNative) {
        boolean simulator = "simulator".equals(payload.backend());
        String model = simulator ? (payload.noiseModel() == null ? "ideal" : payload.noiseModel())
                : BackendRules.noiseModelOf(payload.backend());
        try {
            // the circuit as compiled when it was submitted; beyond MAX_COMPILED_GATES there is none: run as submitted
            Circuit run = perNative && !"ideal".equals(model) && def.compiledCircuit() != null
                    ? def.compiledCircuit().circuit() : circuit;
            ResultData data;
            if (def.variants().isEmpty()) {
                SimulationResult result = CircuitRunner.run(run, (int) payload.shots(), model,
                        simulator ? payload.noiseSeed() : null);
                data = results(result, simulator && "ideal".equals(model), (int) payload.shots());
            } else {
                data = debiased(run, model, def);
            }
            if (ErrorMitigation.of(payload).symmetryVerification()) {
                Map<String, ResultData> variants = data.mitigation() == null ? Map.of()
                        : data.mitigation().variants();
                data = data.with(new ResultData.Mitigation(variants, allowedStates(circuit)));
            }
            return new Outcome(data, null, null);
        } catch (CircuitException e) {
            return new Outcome(null, e.failureCode(), e.getMessage());
        } catch (RuntimeException | OutOfMemoryError e) {
            return new Outcome(null, CircuitException.SIMULATION_ERROR, "The emulator's simulator failed: " + e);
        }
    }

    /**
     * Runs each debiasing variant with its own shots and its own noise realisation (an independent random stream),
     * logical qubits reported in the circuit's order; the job's results are all variants' shots together, which is
     * the average aggregation.
     */
    private static ResultData debiased(Circuit circuit, String model, JobDefinition def) {
        Map<String, ResultData> byVariant = new LinkedHashMap<>();
        long[] all = new long[def.shots()];
        int at = 0;
        for (Variant variant : def.variants()) {
            SimulationResult result = CircuitRunner.run(circuit, variant.shots(), model, null);
            ResultData measured = results(result, false, variant.shots());
            byVariant.put(variant.variantId(), measured);
            System.arraycopy(measured.shots(), 0, all, at, measured.shots().length);
            at += measured.shots().length;
        }
        return ResultData.of(null, null, all, def.shots(), true).with(new ResultData.Mitigation(byVariant, null));
    }

    /** Symmetry verification's allowed states: the basis states the noiseless circuit gives with nonzero probability. */
    private static Integer allowedStates(Circuit circuit) {
        try {
            return CircuitRunner.run(circuit, 1, "ideal", 0L).states().length;
        } catch (CircuitException e) {
            return null;
        }
    }

    /** Probabilities only on the ideal simulator (as IonQ); otherwise also the histogram and the shots. */
    static ResultData results(SimulationResult result, boolean ideal, int shots) {
        Map<Long, Double> probabilities = new TreeMap<>();
        Map<Long, Long> histogram = new TreeMap<>();
        for (int i = 0; i < result.states().length; i++) {
            probabilities.put(result.states()[i], result.probabilities()[i]);
            if (result.counts()[i] > 0) {
                histogram.put(result.states()[i], result.counts()[i]);
            }
        }
        if (ideal) {
            return ResultData.of(probabilities, null, null, null, false);
        }
        return ResultData.of(probabilities, histogram, result.shots(), shots, true);
    }

    private record Outcome(ResultData data, String code, String message) {
    }
}
