package io.github.ionqci.client.internal;

import io.github.ionqci.client.JobId;
import io.github.ionqci.client.job.AggregationMethod;
import io.github.ionqci.client.job.Aggregations;
import io.github.ionqci.client.job.CompilationOutput;
import io.github.ionqci.client.job.DebiasingVariant;
import io.github.ionqci.client.job.JobOutput;
import io.github.ionqci.client.job.Job;
import io.github.ionqci.client.job.JobResults;
import io.github.ionqci.client.job.ResultArtifact;
import io.github.ionqci.client.job.ResultKind;
import io.github.ionqci.client.job.ResultLink;
import java.net.URI;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Downloads a completed job's results from the URL form (joined to the origin) or the artifact form
 * ({@code /jobs/{id}/artifacts/{artifactId}}), refusing URLs on another origin, and parses them.
 */
public final class ResultFetcher {

    /** Bytes allowed for each basis state or shot of a result, formatting included. */
    static final int BYTES_PER_ENTRY = 96;

    private final Endpoints endpoints;
    private final Transport transport;
    private final ErrorReports errors;
    private final UnaryOperator<String> ids;

    /**
     * @param endpoints the API's URLs
     * @param transport the transport
     * @param errors    the error reports
     * @param ids       validates a job id (throwing an IllegalArgumentException) and returns it
     */
    public ResultFetcher(Endpoints endpoints, Transport transport, ErrorReports errors, UnaryOperator<String> ids) {
        this.endpoints = endpoints;
        this.transport = transport;
        this.errors = errors;
        this.ids = ids;
    }

    /**
     * Parses a result body.
     *
     * @param <T> the result type
     */
    @FunctionalInterface
    public interface Parser<T> {
        /**
         * @param body   the body
         * @param qubits the job's width, or 0 when unknown
         * @return the result
         * @throws ResultFormatException when the body is not a valid result
         */
        T parse(byte[] body, int qubits) throws ResultFormatException;
    }

    /**
     * @param job     a completed job
     * @param variant one of its debiasing variants, or null for the job's own result
     * @param kind    which result
     * @param sharpen the {@code sharpen} parameter to send, or null to send none
     * @param parser  how to read it
     * @param <T>     the result type
     * @return the result, from the v1 format where IonQ lists it
     */
    public <T> T fetch(Job job, DebiasingVariant variant, ResultKind kind, Boolean sharpen, Parser<T> parser) {
        return fetch(job, variant, kind, false, "v1", sharpen, parser);
    }

    /**
     * @param job     a completed job
     * @param variant one of its debiasing variants, or null for the job's own result
     * @param kind    which result
     * @param parser  how to read it (every register)
     * @param <T>     the result type
     * @return the result, from the register-nested v2 format where IonQ lists it
     */
    public <T> T fetchRegisters(Job job, DebiasingVariant variant, ResultKind kind, Parser<T> parser) {
        return fetch(job, variant, kind, false, "v2", null, parser);
    }

    /**
     * The probabilities of each circuit of a multi-circuit job, from its aggregate result.
     *
     * @param parent  a completed multi-circuit job
     * @param sharpen the {@code sharpen} parameter to send, or null to send none
     * @param parser  how to read it
     * @param <T>     the result type
     * @return the result
     */
    public <T> T fetchAggregate(Job parent, Boolean sharpen, Parser<T> parser) {
        return fetch(parent, null, ResultKind.PROBABILITIES, true, "v1", sharpen, parser);
    }

    /**
     * A debiased job's variants combined by one method: {@code output.error_mitigation.aggregations}.
     *
     * @param job    a completed job
     * @param method the aggregation method
     * @param parser how to read the histogram
     * @param <T>    the result type
     * @return the aggregated result
     */
    public <T> T fetchAggregation(Job job, AggregationMethod method, Parser<T> parser) {
        String jobId = ids.apply(job.id());
        String action = "get the " + method.key() + " aggregation of job " + jobId;
        requireCompleted(job, jobId, method.key() + " aggregation");
        JobOutput output = job.output();
        Aggregations aggregations = output == null || output.errorMitigation() == null ? null
                : output.errorMitigation().aggregations();
        Call where = Call.get(endpoints.api("/jobs/" + jobId), action, jobId);
        ResultArtifact artifact = aggregations == null ? null : aggregations.get(method).orElse(null);
        if (artifact == null) {
            String listed = aggregations == null ? "none" : aggregations.available().keySet().stream()
                    .map(AggregationMethod::key).collect(Collectors.joining(", "));
            throw errors.invalid(where, "the job lists no " + method.key() + " aggregation in"
                    + " output.error_mitigation.aggregations (listed: " + (listed.isEmpty() ? "none" : listed) + ")",
                    "IonQ aggregates the variants of debiased jobs only (settings.error_mitigation.debiasing on a QPU"
                            + " backend); read one of those listed, or the job's own results");
        }
        Call call = Call.get(artifactUri(where, jobId, artifact), action, jobId).limitedTo(limit(
                transport.config().maxResultSize(), job.qubits().orElse(0), job.shots(), ResultKind.HISTOGRAM, 1));
        return download(call, job.qubits().orElse(0), parser);
    }

    /**
     * A compiled circuit listed in {@code output.compilation.compiled_circuits}; the job need not be completed
     * (a dry run is compiled too).
     *
     * @param job    a job, as fetched
     * @param format the circuit format, such as {@code ionq.native.v1}
     * @param parser how to read it
     * @param <T>    the circuit type
     * @return the circuit
     */
    public <T> T fetchCompiledCircuit(Job job, String format, Parser<T> parser) {
        if (job == null) {
            throw new IllegalArgumentException("The job is null: fetch it with getJob(id) or await it first");
        }
        String jobId = ids.apply(job.id());
        String action = "get the compiled circuit (" + format + ") of job " + jobId;
        JobOutput output = job.output();
        CompilationOutput compilation = output == null ? null : output.compilation();
        Call where = Call.get(endpoints.api("/jobs/" + jobId), action, jobId);
        ResultArtifact artifact = compilation == null ? null : compilation.compiledCircuit(format).orElse(null);
        if (artifact == null) {
            String listed = compilation == null || compilation.compiledCircuits().isEmpty() ? "none"
                    : String.join(", ", compilation.compiledCircuits().keySet());
            boolean parent = job.isParent() || job.isReadable("type") && "ionq.multi-circuit.v1".equals(job.type());
            String hint = parent ? "A multi-circuit job's circuits are compiled one per child job: read the compiled"
                    + " circuit of each of its children (child_job_ids of getJob(id); a listing omits them)"
                    : job.status() != null && job.status().isTerminal() ? "IonQ lists the compiled circuit of jobs it"
                    + " compiled; a job that failed before compiling has none"
                    : "IonQ lists it once the job is compiled: await the job (or submit it with dryRun(true)) and"
                    + " fetch it again";
            throw errors.invalid(where, "the job (status " + job.status() + ") lists no " + format + " circuit in"
                    + " output.compilation.compiled_circuits (listed: " + listed + ")", hint);
        }
        return download(Call.get(artifactUri(where, jobId, artifact), action, jobId), 0, parser);
    }

    private <T> T fetch(Job job, DebiasingVariant variant, ResultKind kind, boolean aggregate, String version,
                        Boolean sharpen, Parser<T> parser) {
        if (job == null) {
            throw new IllegalArgumentException("The job is null: fetch it with getJob(id) or await it first");
        }
        String jobId = ids.apply(job.id());
        String what = aggregate ? "aggregate " + kind.key() : kind.key();
        String subject = variant == null ? "job " + jobId : "variant " + variant.variantId() + " of job " + jobId;
        String action = "get the " + what + " of " + subject;
        requireCompleted(job, jobId, what);
        if (!aggregate && variant == null && job.isParent()) {
            throw new IllegalArgumentException("Job " + jobId + " is a multi-circuit job with "
                    + job.childJobIds().size() + " child jobs: read its results with getAggregateProbabilities(job),"
                    + " keyed by child job id, or fetch each child job");
        }
        JobResults results = variant == null ? job.results() : variant.results();
        if (variant != null) {
            JobId.require(variant.variantId(), "Variant id");
        }
        Call where = Call.get(endpoints.api("/jobs/" + jobId), action, jobId);
        URI uri = null;
        if (results != null) {
            Optional<ResultLink> link = results.link(kind);
            if (link.isPresent()) {
                uri = resolveLink(where, link.get().url());
            } else {
                Optional<ResultArtifact> artifact = aggregate ? results.aggregateArtifact()
                        : results.artifact(kind, version);
                if (artifact.isPresent()) {
                    // an artifact download takes no sharpen parameter: IonQ applies it on /results/probabilities
                    uri = sharpen != null && !aggregate && variant == null && kind == ResultKind.PROBABILITIES
                            ? endpoints.api("/jobs/" + jobId + "/results/probabilities")
                            : artifactUri(where, jobId, artifact.get());
                }
            }
        }
        if (uri == null) {
            String listed = results == null || results.isEmpty() ? "none"
                    : String.join(", ", results.links().keySet().stream().map(ResultKind::key)
                            .collect(Collectors.toList())) + (results.artifacts().isEmpty() ? ""
                            : (results.links().isEmpty() ? "" : ", ") + String.join(", ", results.artifacts().keySet()));
            boolean unmodelled = results != null && results.isEmpty() && !results.raw().isEmpty();
            throw errors.invalid(where, "the completed " + (variant == null ? "job" : "variant") + " lists no "
                    + what + " result (results listed: " + listed + ")", unmodelled
                    ? "Its results are of a kind the client does not model (job type " + (job.isReadable("type")
                    ? job.type() : "unreadable") + "): read them"
                    + " as IonQ sent them from job.results().raw()"
                    : kind == ResultKind.PROBABILITIES
                    ? "IonQ returns results for completed jobs only; a dry run has none"
                    : "Not every backend returns " + kind.key() + "; use getProbabilities(job)");
        }
        if (sharpen != null) {
            uri = withQuery(uri, "sharpen=" + sharpen);
        }
        Call call = Call.get(uri, action, jobId).limitedTo(limit(transport.config().maxResultSize(),
                job.qubits().orElse(0), job.shots(), kind, aggregate ? childCount(job) : 1));
        return download(call, job.qubits().orElse(0), parser);
    }

    private static void requireCompleted(Job job, String jobId, String what) {
        if (job.isCompleted()) {
            return;
        }
        StringBuilder m = new StringBuilder("Cannot get the ").append(what).append(" of job ").append(jobId)
                .append(": its status is ").append(job.status());
        if (job.failure() != null) {
            m.append(" (").append(job.failureSummary()).append(')');
        }
        m.append(", and only a completed job has results. ");
        m.append(job.status() != null && job.status().isTerminal()
                ? "Check the job's failure or cancellation instead"
                : "Await it first: client.awaiter().awaitOne(id)");
        throw new IllegalStateException(m.toString());
    }

    /** @return {@code /jobs/{id}/artifacts/{artifactId}}, once the artifact id is checked */
    private URI artifactUri(Call where, String jobId, ResultArtifact artifact) {
        try {
            JobId.require(artifact.id(), "Artifact id");
        } catch (IllegalArgumentException e) {
            throw errors.invalid(where, "the job lists an artifact with an invalid id", "Report this to support@ionq.co");
        }
        return endpoints.api("/jobs/" + jobId + "/artifacts/" + artifact.id());
    }

    private <T> T download(Call call, int qubits, Parser<T> parser) {
        ApiResponse response = transport.send(call);
        if (!response.isSuccess()) {
            throw errors.forStatus(call, response);
        }
        try {
            return parser.parse(response.body(), qubits);
        } catch (ResultFormatException e) {
            throw errors.badBody(call, response, e.getMessage());
        }
    }

    /**
     * The largest result body worth reading for a job: 1 MiB plus {@value #BYTES_PER_ENTRY} bytes for each
     * entry it can hold (a basis state for probabilities and histograms, at most 2^qubits and at most one per
     * shot; a shot for shots), never above the configured ceiling. Unknown sizes get the ceiling.
     *
     * @param ceiling  the configured {@code maxResultSize}
     * @param qubits   the job's qubits, or 0 when unknown
     * @param shots    the job's shots, or null
     * @param kind     which result
     * @param circuits how many circuits the result covers (1, or a multi-circuit job's child count)
     * @return the limit in bytes
     */
    static long limit(long ceiling, int qubits, Integer shots, ResultKind kind, int circuits) {
        long entries;
        boolean knownShots = shots != null && shots > 0;
        if (kind == ResultKind.SHOTS) {
            entries = knownShots ? shots : -1;
        } else if (qubits > 0 && qubits <= 40) {
            entries = knownShots ? Math.min(1L << qubits, shots) : 1L << qubits;
        } else {
            entries = knownShots ? shots : -1;
        }
        if (entries < 0) {
            return ceiling;
        }
        long perCircuit = (1L << 20) + entries * BYTES_PER_ENTRY;   // entries <= 2^40: no overflow
        return perCircuit > ceiling / Math.max(1, circuits) ? ceiling : perCircuit * Math.max(1, circuits);
    }

    /** Joins a URL-form result path to the origin (it already carries /v0.4); refuses other origins. */
    private URI resolveLink(Call where, String url) {
        URI resolved;
        try {
            resolved = endpoints.origin().resolve(new URI(url.strip()));
        } catch (Exception e) {
            throw errors.invalid(where, "the job's result URL \"" + url + "\" is not a URL",
                    "Report this to support@ionq.co");
        }
        if (!Origins.sameOrigin(resolved, endpoints.baseUrl())) {
            throw errors.invalid(where, "the job's result URL " + url + " is on another origin than "
                    + Origins.originOf(endpoints.baseUrl()) + ", so it was refused",
                    "The API key is only sent to the configured origin (ionq.base-url); if that URL is"
                            + " genuinely IonQ's, set ionq.base-url to its origin");
        }
        return resolved;
    }

    private static URI withQuery(URI uri, String parameter) {
        String s = uri.toString();
        return URI.create(s + (uri.getRawQuery() == null ? "?" : "&") + parameter);
    }

    /**
     * The children of a multi-circuit parent, for the size limit of its aggregate: {@code child_job_ids}, which
     * a job read from {@code GET /jobs} (the awaiter's listing) does not carry, else {@code stats.circuits}.
     */
    private static int childCount(Job job) {
        if (job.childJobIds() != null) {
            return Math.max(1, job.childJobIds().size());
        }
        Integer circuits = job.stats() == null ? null : job.stats().circuits();
        return circuits == null ? 1 : Math.max(1, circuits);
    }
}
