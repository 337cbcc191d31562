package io.github.ionqci.emulator.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;

/**
 * Result downloads: the URL form ({@code /jobs/{id}/results/{kind}}), the multi-circuit aggregate
 * ({@code /jobs/{id}/results/probabilities/aggregated}), debiasing variants
 * ({@code /jobs/{id}/variants/{vid}/results/{kind}}) and artifacts ({@code /jobs/{id}/artifacts/{aid}}).
 * Anything not (yet) available answers 404 "Job not found or not yet completed".
 */
public final class ResultDownloads {

    private final JobStore store;

    /** @param store the jobs */
    public ResultDownloads(JobStore store) {
        this.store = store;
    }

    /**
     * @param request the request (for {@code sharpen})
     * @param jobId   the job id
     * @param segment the kind's URL segment
     * @return the result or an error
     */
    public HttpReply result(ApiRequest request, String jobId, String segment) {
        HttpReply bad = checkSharpen(request);
        if (bad != null) {
            return bad;
        }
        ResultKind kind = ResultKind.ofSegment(segment);
        Optional<JobEntry> job = store.get(jobId);
        if (kind == null || job.isEmpty()) {
            return notReady();
        }
        JobState state = job.get().state(store.now());
        if (job.get().definition().isParent()) {
            return kind == ResultKind.PROBABILITIES ? aggregate(job.get(), state, sharpened(request)) : notReady();
        }
        if (kind == ResultKind.PROBABILITIES && sharpened(request) && !job.get().definition().variants().isEmpty()) {
            return payload(aggregation(job.get(), state, Aggregations.VOTING), kind);
        }
        return payload(state.results(), kind);
    }

    /**
     * @param request the request
     * @param jobId   the parent id
     * @return the aggregate keyed by child id
     */
    public HttpReply aggregated(ApiRequest request, String jobId) {
        HttpReply bad = checkSharpen(request);
        if (bad != null) {
            return bad;
        }
        Optional<JobEntry> job = store.get(jobId);
        if (job.isEmpty() || !job.get().definition().isParent()) {
            return notReady();
        }
        return aggregate(job.get(), job.get().state(store.now()), sharpened(request));
    }

    /**
     * @param request   the request
     * @param jobId     the job id
     * @param variantId the variant id
     * @param segment   the kind's URL segment
     * @return the variant's result or an error
     */
    public HttpReply variant(ApiRequest request, String jobId, String variantId, String segment) {
        HttpReply bad = checkSharpen(request);
        if (bad != null) {
            return bad;
        }
        ResultKind kind = ResultKind.ofSegment(segment);
        Optional<JobEntry> job = store.get(jobId);
        if (kind == null || job.isEmpty()) {
            return notReady();
        }
        Variant variant = findVariant(job.get(), variantId);
        JobState state = job.get().state(store.now());
        if (variant == null || state.results() == null) {
            return notReady();
        }
        return payload(state.results().forVariant(variant), kind);
    }

    /**
     * @param jobId      the job id
     * @param artifactId the artifact id
     * @return the artifact's payload or an error
     */
    public HttpReply artifact(String jobId, String artifactId) {
        Optional<JobEntry> job = store.get(jobId);
        if (job.isEmpty()) {
            return ApiErrors.notFound();
        }
        JobEntry.ArtifactRef ref = job.get().artifact(artifactId);
        if (ref == null) {
            return ApiErrors.notFound();
        }
        if (ref.circuitFormat() != null) {
            io.github.ionqci.emulator.circuit.CompiledCircuit compiled = job.get().definition().compiledCircuit();
            return compiled == null ? ApiErrors.notFound() : HttpReply.json(200, compiled.toJson());
        }
        JobState state = job.get().state(store.now());
        if (ref.kind() == null) {
            return aggregate(job.get(), state, false);   // the artifact takes no sharpen, as IonQ's
        }
        int qubits = job.get().definition().qubits();
        if (ref.aggregation() != null) {
            return payload(aggregation(job.get(), state, ref.aggregation()), ref.kind(), ref.version(), qubits);
        }
        if (ref.variantId() != null) {
            Variant variant = findVariant(job.get(), ref.variantId());
            if (variant == null || state.results() == null) {
                return notReady();
            }
            return payload(state.results().forVariant(variant), ref.kind(), ref.version(), qubits);
        }
        return payload(state.results(), ref.kind(), ref.version(), qubits);
    }

    /** A debiasing aggregation of the job's variants, or null before results are available. */
    private static ResultData aggregation(JobEntry job, JobState state, String name) {
        if (state.results() == null) {
            return null;
        }
        List<ResultData> variants = new java.util.ArrayList<>();
        for (Variant variant : job.definition().variants()) {
            variants.add(state.results().forVariant(variant));
        }
        Integer shots = job.definition().shots();
        return Aggregations.of(name, variants, shots == null ? 0 : shots);
    }

    private static boolean sharpened(ApiRequest request) {
        return "true".equals(request.param("sharpen"));
    }

    /** The children's probabilities by child id; sharpened, a debiased child's are its vote. */
    private HttpReply aggregate(JobEntry parent, JobState state, boolean sharpen) {
        if (!JobEntry.COMPLETED.equals(state.status())) {
            return notReady();
        }
        ObjectNode byChild = Json.object();
        for (String childId : parent.definition().childJobIds()) {
            store.get(childId).ifPresent(child -> {
                JobState childState = child.state(store.now());
                ResultData results = sharpen && !child.definition().variants().isEmpty()
                        ? aggregation(child, childState, Aggregations.VOTING) : childState.results();
                if (results != null && results.has(ResultKind.PROBABILITIES)) {
                    byChild.set(childId, (ObjectNode) results.payload(ResultKind.PROBABILITIES));
                }
            });
        }
        return HttpReply.json(200, byChild);
    }

    private static HttpReply payload(ResultData results, ResultKind kind) {
        return payload(results, kind, 1, 0);
    }

    private static HttpReply payload(ResultData results, ResultKind kind, int version, int qubits) {
        if (results == null || !results.has(kind)) {
            return notReady();
        }
        return HttpReply.json(200, results.payload(kind, version, qubits));
    }

    private static Variant findVariant(JobEntry job, String variantId) {
        for (Variant v : job.definition().variants()) {
            if (v.variantId().equals(variantId)) {
                return v;
            }
        }
        return null;
    }

    private static HttpReply checkSharpen(ApiRequest request) {
        String sharpen = request.param("sharpen");
        if (sharpen == null || sharpen.equals("true") || sharpen.equals("false")) {
            return null;
        }
        return ApiErrors.badRequest("\"sharpen\" must be true or false, got \"" + sharpen + "\".", "query",
                List.of("sharpen"));
    }

    private static HttpReply notReady() {
        return ApiErrors.error(404, ApiErrors.RESULTS_NOT_READY);
    }
}
