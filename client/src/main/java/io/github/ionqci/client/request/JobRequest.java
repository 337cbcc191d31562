package io.github.ionqci.client.request;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ionqci.client.circuit.CircuitJob;
import io.github.ionqci.client.internal.Json;
import java.util.Map;
import java.util.Objects;

/**
 * The body of {@code POST /jobs} (or, from {@link #changes()}, of clone and move), built field by field so no
 * one writes IonQ's JSON by hand. The backend defaults to {@code simulator}, as for circuit files
 * ({@link CircuitJob}); other fields left unset are left out, so IonQ's defaults apply (100 shots, ideal
 * simulation).
 *
 * <pre>{@code
 * SubmittedJob job = client.submit(JobRequest.circuit(Circuit.qis(2).h(0).cnot(0, 1))
 *         .backend("simulator").shots(1000).noise("aria-1", 7)
 *         .name("bell").metadata(Map.of("suite", "ci")));
 * client.submit(JobRequest.circuits(Circuit.qis(1).named("flip").x(0), Circuit.qis(1).named("plus").h(0)));
 * client.submit(JobRequest.qasm3("OPENQASM 3.0; qubit[1] q; h q[0];").backend("qpu.forte-1").debiasing(true));
 * client.cloneJob(id, JobRequest.changes().backend("qpu.aria-1").shots(500));
 * }</pre>
 */
public final class JobRequest {

    private final ObjectNode body = Json.mapper().createObjectNode();

    private JobRequest() {
    }

    /**
     * @param circuit the circuit
     * @return a single-circuit job ({@code ionq.circuit.v1})
     */
    public static JobRequest circuit(Circuit circuit) {
        JobRequest r = new JobRequest();
        r.body.put("type", "ionq.circuit.v1");
        r.body.set("input", circuit.toInput());
        return r.withDefaultBackend();
    }

    /**
     * @param circuits the circuits, each becoming a child job
     * @return a multi-circuit job
     */
    public static JobRequest circuits(Circuit... circuits) {
        if (circuits.length == 0) {
            throw new IllegalArgumentException("a multi-circuit job needs at least one circuit");
        }
        JobRequest r = new JobRequest();
        r.body.put("type", "ionq.multi-circuit.v1");
        ObjectNode input = r.body.putObject("input");
        int qubits = 0;
        ArrayNode list = input.putArray("circuits");
        for (Circuit c : circuits) {
            list.add(c.toEntry());
            qubits = Math.max(qubits, c.qubits());
        }
        input.put("qubits", qubits);
        return r.withDefaultBackend();
    }

    /**
     * @param program an OpenQASM 3 program, as text
     * @return an {@code ionq.qasm3.v1} job
     */
    public static JobRequest qasm3(String program) {
        JobRequest r = new JobRequest();
        r.body.put("type", "ionq.qasm3.v1");
        r.body.putObject("input").put("data", Objects.requireNonNull(program, "program"));
        return r.withDefaultBackend();
    }

    /** @return the changes of a clone or move: only the fields you set */
    public static JobRequest changes() {
        return new JobRequest();
    }

    /**
     * @param backend {@code simulator} (IonQ's default), {@code qpu.forte-1}, …
     * @return this
     */
    public JobRequest backend(String backend) {
        body.put("backend", backend);
        return this;
    }

    /**
     * @param shots 1 to 1,000,000
     * @return this
     */
    public JobRequest shots(int shots) {
        if (shots < 1) {
            throw new IllegalArgumentException("shots must be at least 1, got " + shots);
        }
        body.put("shots", shots);
        return this;
    }

    /**
     * @param name the job's name
     * @return this
     */
    public JobRequest name(String name) {
        body.put("name", name);
        return this;
    }

    /**
     * @param metadata string keys and values, kept with the job
     * @return this
     */
    public JobRequest metadata(Map<String, String> metadata) {
        ObjectNode m = body.putObject("metadata");
        metadata.forEach(m::put);
        return this;
    }

    /**
     * @param model the simulator's noise model ({@code aria-1}, {@code forte-1}, …)
     * @return this
     */
    public JobRequest noise(String model) {
        body.putObject("noise").put("model", model);
        return this;
    }

    /**
     * @param model the noise model
     * @param seed the seed that makes the sampling repeatable
     * @return this
     */
    public JobRequest noise(String model, long seed) {
        body.putObject("noise").put("model", model).put("seed", seed);
        return this;
    }

    /**
     * @param dryRun compile only, run nothing
     * @return this
     */
    public JobRequest dryRun(boolean dryRun) {
        body.put("dry_run", dryRun);
        return this;
    }

    /**
     * @param sessionId the session the job runs in
     * @return this
     */
    public JobRequest sessionId(String sessionId) {
        body.put("session_id", sessionId);
        return this;
    }

    /**
     * @param debiasing {@code settings.error_mitigation.debiasing} (QPU backends)
     * @return this
     */
    public JobRequest debiasing(boolean debiasing) {
        errorMitigation().put("debiasing", debiasing);
        return this;
    }

    /**
     * @param on {@code settings.error_mitigation.symmetry_verification}
     * @return this
     */
    public JobRequest symmetryVerification(boolean on) {
        errorMitigation().put("symmetry_verification", on);
        return this;
    }

    /**
     * @param opt       {@code settings.compilation.opt}, the optimisation level
     * @param precision {@code settings.compilation.precision}, or null
     * @return this
     */
    public JobRequest compilation(int opt, String precision) {
        ObjectNode c = settings().with("compilation");
        c.put("opt", opt);
        if (precision != null) {
            c.put("precision", precision);
        }
        return this;
    }

    /** @return the JSON text */
    public String toJson() {
        try {
            return Json.mapper().writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the job request", e);
        }
    }

    @Override
    public String toString() {
        return "JobRequest" + toJson();
    }

    /** IonQ requires a backend; the same default as circuit files ({@link CircuitJob#DEFAULT_BACKEND}). */
    private JobRequest withDefaultBackend() {
        body.put("backend", CircuitJob.DEFAULT_BACKEND);
        return this;
    }

    private ObjectNode settings() {
        return body.with("settings");
    }

    private ObjectNode errorMitigation() {
        return settings().with("error_mitigation");
    }
}
