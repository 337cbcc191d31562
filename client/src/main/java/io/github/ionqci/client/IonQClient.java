package io.github.ionqci.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.ionqci.client.await.JobAwaiter;
import io.github.ionqci.client.backend.Backend;
import io.github.ionqci.client.backend.Characterization;
import io.github.ionqci.client.backend.Whoami;
import io.github.ionqci.client.internal.ApiCalls;
import io.github.ionqci.client.internal.ApiResponse;
import io.github.ionqci.client.cost.CostEstimate;
import io.github.ionqci.client.cost.EstimateRequest;
import io.github.ionqci.client.cost.JobCost;
import io.github.ionqci.client.internal.Call;
import io.github.ionqci.client.internal.CostsAndSessions;
import io.github.ionqci.client.internal.Endpoints;
import io.github.ionqci.client.internal.ErrorReports;
import io.github.ionqci.client.internal.JobFetcher;
import io.github.ionqci.client.internal.JobReader;
import io.github.ionqci.client.internal.Json;
import io.github.ionqci.client.internal.ResultFetcher;
import io.github.ionqci.client.internal.ResultParser;
import io.github.ionqci.client.internal.Transport;
import io.github.ionqci.client.job.AggregationMethod;
import io.github.ionqci.client.job.CompilationOutput;
import io.github.ionqci.client.job.DebiasingVariant;
import io.github.ionqci.client.job.JobPage;
import io.github.ionqci.client.job.JobQuery;
import io.github.ionqci.client.job.NativeCircuit;
import io.github.ionqci.client.job.Job;
import io.github.ionqci.client.job.JobStatus;
import io.github.ionqci.client.job.ResultKind;
import io.github.ionqci.client.result.Histogram;
import io.github.ionqci.client.result.Probabilities;
import io.github.ionqci.client.request.JobRequest;
import io.github.ionqci.client.result.Shots;
import io.github.ionqci.client.session.Session;
import io.github.ionqci.client.session.SessionLimits;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A client for IonQ's v0.4 REST API on {@code java.net.http}: jobs, job listings, results,
 * submission, cancel and delete, and batch awaiting.
 *
 * <pre>{@code
 * IonQClient client = IonQClient.builder().fromEnvironment().build();    // ionq.api-key / IONQ_API_KEY
 * Job job = client.awaiter().awaitOne("e1a09d90-b2ba-4ea5-9fd7-4bfc14eac524");
 * if (job.isCompleted()) {
 *     Probabilities p = client.getProbabilities(job);
 *     System.out.println(p.probability("00") + p.probability("11"));   // qubit 0 rightmost
 * }
 * }</pre>
 *
 * <p>Thread-safe. The API key is sent only to the configured origin; redirects are not followed and
 * result URLs on another origin are refused. Reads are retried (429, 409, 502, 503, 504, 520 to
 * 529, resets, timeouts) within the configured bounds; a submission is retried only when it cannot
 * have reached IonQ.
 */
public final class IonQClient {

    /** The most ids sent in one {@code GET /jobs} request, to keep URLs short. */
    public static final int IDS_PER_REQUEST = JobFetcher.IDS_PER_REQUEST;

    private final IonQConfig config;
    private final ErrorReports errors;
    private final Transport transport;
    private final Endpoints endpoints;
    private final JobReader reader;
    private final JobFetcher jobs;
    private final ResultFetcher results;
    private final CostsAndSessions billing;
    private final ApiCalls calls;

    private IonQClient(IonQConfig config) {
        if (config.apiKey() == null) {
            throw new IonQMissingApiKeyException();
        }
        this.config = config;
        this.errors = new ErrorReports(config.apiKey());
        this.transport = new Transport(config, errors);
        this.endpoints = new Endpoints(config.baseUrl());
        this.reader = new JobReader(errors);
        this.jobs = new JobFetcher(endpoints, transport, errors, reader);
        this.results = new ResultFetcher(endpoints, transport, errors, this::requireId);
        this.calls = new ApiCalls(endpoints, transport, errors, reader);
        this.billing = new CostsAndSessions(endpoints, transport, errors, calls, jobs);
    }

    /**
     * @param config the configuration; it must hold an API key
     * @return a client
     * @throws IonQConfigurationException if the configuration has no API key
     */
    public static IonQClient create(IonQConfig config) {
        return new IonQClient(config);
    }

    /** @return a builder: explicit values, then lookups ({@link Builder#fromEnvironment()}), then defaults */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the configuration */
    public IonQConfig config() {
        return config;
    }

    /**
     * {@code GET /jobs/{id}}.
     *
     * @param id the job id
     * @return the job
     * @throws IllegalArgumentException  if the id is not a valid job id
     * @throws IonQNotFoundException     if IonQ does not know it (wrong id, or another project)
     * @throws IonQException             for any other failure, with a message saying what to do
     */
    public Job getJob(String id) {
        return jobs.get(requireId(id), null);
    }

    /** Validates an id, keeping the API key out of the message should someone pass it as an id. */
    private String requireId(String id) {
        try {
            JobId.require(errors.scrub(id));   // scrubbed first: a key passed as an id is never quoted, not even cut
            return id;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(errors.scrub(e.getMessage()));
        }
    }

    /**
     * Fetches many jobs with {@code GET /jobs?ids=a&ids=b…}: at most {@value #IDS_PER_REQUEST} ids per
     * request, following {@code next} across pages. Where the listing is not available (404, 405 or
     * 400 on {@code /jobs}) it falls back to one {@code GET /jobs/{id}} per job.
     *
     * @param ids the job ids: at least one, each valid, none twice
     * @return the jobs found, by id, in the order given; an absent id was not found
     * @throws IllegalArgumentException if the list is empty, or an id is invalid or listed twice
     */
    public Map<String, Job> getJobs(Collection<String> ids) {
        List<String> valid;
        try {
            valid = JobId.requireDistinct(ids);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(errors.scrub(e.getMessage()));
        }
        return jobs.fetch(valid, null);
    }

    /**
     * The probabilities of a completed job, from its result URL or artifact, as IonQ sends them
     * (sharpened when IonQ's default is to sharpen debiased results).
     *
     * @param job a completed job, as fetched
     * @return its probabilities, as wide as {@code job.stats().qubits()} when known
     * @throws IllegalStateException  if the job is not completed
     * @throws IonQResponseException  if it lists no probabilities, or they are invalid
     */
    public Probabilities getProbabilities(Job job) {
        return results.fetch(job, null, ResultKind.PROBABILITIES, null, ResultParser::probabilities);
    }

    /**
     * The probabilities with IonQ's {@code sharpen} parameter, from {@code GET /jobs/{id}/results/probabilities}
     * (the endpoint that takes it) in either result form: for a debiased job, {@code true} gives the variants'
     * plurality vote (the {@code voting} aggregation, normalised) and {@code false} their average.
     *
     * @param job     a completed job
     * @param sharpen false for the unsharpened (statistically usable) distribution of a debiased job
     * @return its probabilities
     */
    public Probabilities getProbabilities(Job job, boolean sharpen) {
        return results.fetch(job, null, ResultKind.PROBABILITIES, sharpen, ResultParser::probabilities);
    }

    /**
     * @param job     a completed job
     * @param variant one of {@code job.debiasingVariants()}
     * @return that variant's probabilities
     */
    public Probabilities getProbabilities(Job job, DebiasingVariant variant) {
        return results.fetch(job, variant, ResultKind.PROBABILITIES, null, ResultParser::probabilities);
    }

    /**
     * @param job a completed job
     * @return its histogram (counts per basis state)
     */
    public Histogram getHistogram(Job job) {
        return results.fetch(job, null, ResultKind.HISTOGRAM, null, ResultParser::histogram);
    }

    /**
     * @param job     a completed job
     * @param variant one of {@code job.debiasingVariants()}
     * @return that variant's histogram
     */
    public Histogram getHistogram(Job job, DebiasingVariant variant) {
        return results.fetch(job, variant, ResultKind.HISTOGRAM, null, ResultParser::histogram);
    }

    /**
     * @param job a completed job
     * @return its shots, in order
     */
    public Shots getShots(Job job) {
        return results.fetch(job, null, ResultKind.SHOTS, null, ResultParser::shots);
    }

    /**
     * @param job     a completed job
     * @param variant one of {@code job.debiasingVariants()}
     * @return that variant's shots
     */
    public Shots getShots(Job job, DebiasingVariant variant) {
        return results.fetch(job, variant, ResultKind.SHOTS, null, ResultParser::shots);
    }

    /**
     * The probabilities of every register of a completed job: from the register-nested v2 format where IonQ lists
     * it ({@code output_all} holds every qubit, other registers their own bits, bitstrings read with the register's
     * bit 0 rightmost), else the v1 result as the one register {@code output_all}.
     *
     * <pre>{@code
     * Probabilities all = client.getProbabilityRegisters(job).get("output_all");
     * }</pre>
     *
     * @param job a completed job
     * @return probabilities by register name, in IonQ's order
     */
    public Map<String, Probabilities> getProbabilityRegisters(Job job) {
        return results.fetchRegisters(job, null, ResultKind.PROBABILITIES, ResultParser::probabilityRegisters);
    }

    /**
     * @param job a completed job
     * @return its histograms by register name (v2 where listed; else the v1 histogram as {@code output_all})
     */
    public Map<String, Histogram> getHistogramRegisters(Job job) {
        return results.fetchRegisters(job, null, ResultKind.HISTOGRAM, ResultParser::histogramRegisters);
    }

    /**
     * In the v2 shots format each shot holds a bit array per register; element {@code i} is taken as bit {@code i}
     * of the register (qubit {@code i} of {@code output_all}), the least significant.
     *
     * @param job a completed job
     * @return its shots by register name (v2 where listed; else the v1 shots as {@code output_all})
     */
    public Map<String, Shots> getShotRegisters(Job job) {
        return results.fetchRegisters(job, null, ResultKind.SHOTS, ResultParser::shotRegisters);
    }

    /**
     * The circuit IonQ compiled a job into, in its native gates: the {@code ionq.native.v1} artifact listed in
     * {@code output.compilation.compiled_circuits}, downloaded from {@code GET /jobs/{id}/artifacts/{artifactId}}.
     * A dry run has one too; the job need not be completed.
     *
     * <pre>{@code
     * NativeCircuit compiled = client.getCompiledCircuit(client.getJob(id));
     * long msGates = compiled.gateCounts().getOrDefault("ms", 0L);
     * }</pre>
     *
     * @param job a job, as fetched
     * @return the compiled circuit
     * @throws IonQResponseException if the job lists no native circuit (yet), or it cannot be read
     */
    public NativeCircuit getCompiledCircuit(Job job) {
        return results.fetchCompiledCircuit(job, CompilationOutput.NATIVE_V1, ResultParser::nativeCircuit);
    }

    /**
     * A debiased job's variants combined by one method, from {@code output.error_mitigation.aggregations}
     * (an {@code ionq.result.histogram.json.v2} artifact, read from its {@code output_all} register).
     *
     * <pre>{@code
     * Histogram voted = client.getAggregation(job, AggregationMethod.VOTING);
     * }</pre>
     *
     * @param job    a completed, debiased job
     * @param method the aggregation method
     * @return the aggregated histogram
     * @throws IonQResponseException if the job lists no aggregation by that method
     */
    public Histogram getAggregation(Job job, AggregationMethod method) {
        return results.fetchAggregation(job, java.util.Objects.requireNonNull(method, "method"),
                ResultParser::histogram);
    }

    /**
     * {@code GET /jobs} with filters: one page.
     *
     * <pre>{@code
     * JobPage page = client.listJobs(JobQuery.all().status(JobStatus.FAILED).backends("qpu.aria-1").limit(50));
     * }</pre>
     *
     * @param query the filters, page size and page token
     * @return the page: jobs, the next page's token, and the entries that could not be read
     */
    public JobPage listJobs(JobQuery query) {
        return jobs.page(java.util.Objects.requireNonNull(query, "query"));
    }

    /**
     * {@code GET /jobs} with filters, following {@code next} to the last page: at most 10,000 pages and no longer
     * than the retry time ({@code IonQConfig.Builder.maxRetryTime}), never the same page token twice.
     *
     * @param query the filters and page size
     * @return every job listed, and every entry that could not be read; {@code next()} is null
     */
    public JobPage listAllJobs(JobQuery query) {
        return jobs.all(java.util.Objects.requireNonNull(query, "query"));
    }

    /**
     * The probabilities of each circuit of a completed multi-circuit job, keyed by child job id.
     *
     * @param parent a completed multi-circuit job
     * @return probabilities by child job id, in IonQ's order
     */
    public Map<String, Probabilities> getAggregateProbabilities(Job parent) {
        return results.fetchAggregate(parent, null, ResultParser::aggregate);
    }

    /**
     * The parent's aggregate, sharpened or not. In the URL form IonQ sharpens the aggregate itself; the artifact
     * form has no sharpened aggregate, so {@code sharpen = true} there reads each child's
     * {@code /results/probabilities?sharpen=true} (one listing of the children, then one request per child).
     *
     * <pre>{@code
     * Map<String, Probabilities> voted = client.getAggregateProbabilities(parent, true);
     * }</pre>
     *
     * @param parent  a completed multi-circuit job, as {@link #getJob(String)} returns it (with its child ids)
     * @param sharpen false for unsharpened distributions
     * @return probabilities by child job id, in IonQ's order
     */
    public Map<String, Probabilities> getAggregateProbabilities(Job parent, boolean sharpen) {
        if (sharpen && parent != null && parent.isParent() && parent.results() != null
                && parent.results().link(io.github.ionqci.client.job.ResultKind.PROBABILITIES).isEmpty()) {
            Map<String, Job> children = getJobs(parent.childJobIds());
            Map<String, Probabilities> sharpened = new java.util.LinkedHashMap<>();
            for (String id : parent.childJobIds()) {
                // a child absent from the listing: fetched alone, whose 404 names it
                Job child = children.containsKey(id) ? children.get(id) : getJob(id);
                sharpened.put(id, getProbabilities(child, true));
            }
            return java.util.Collections.unmodifiableMap(sharpened);
        }
        return results.fetchAggregate(parent, sharpen, ResultParser::aggregate);
    }

    /**
     * {@code POST /jobs}. Never retried once the request may have reached IonQ (no idempotency key exists).
     *
     * @param payloadJson the job, as IonQ's JSON payload ({@code type}, {@code backend}, {@code input}, …)
     * @return the new job's id and status
     * @throws IllegalArgumentException if the payload is not a JSON object
     */
    public SubmittedJob submit(String payloadJson) {
        try {
            JsonNode payload = payloadJson == null ? null : Json.mapper().readTree(payloadJson);
            if (payload == null || !payload.isObject()) {
                throw new IllegalArgumentException("The job payload must be a JSON object such as {\"type\":"
                        + "\"ionq.circuit.v1\",\"backend\":\"simulator\",\"input\":{…}}");
            }
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The job payload is not valid JSON: "
                    + errors.scrub(e.getOriginalMessage()), null);
        }
        Call call = new Call("POST", endpoints.api("/jobs"), payloadJson, "submit a job", null, null);
        ApiResponse response = transport.send(call);
        if (!response.isSuccess()) {
            throw errors.forStatus(call, response);
        }
        JsonNode body = reader.readTree(call, response);
        JsonNode id = body.get("id");
        JsonNode status = body.get("status");
        if (id == null || !id.isTextual()) {
            throw errors.badBody(call, response, "a body without the new job's \"id\"");
        }
        try {
            JobId.require(id.asText(), "The new job's id");
        } catch (IllegalArgumentException e) {
            throw errors.badBody(call, response, "an invalid job id");
        }
        JsonNode session = body.get("session_id");
        return new SubmittedJob(id.asText(),
                status == null || !status.isTextual() || status.asText().isBlank() ? JobStatus.SUBMITTED
                        : JobStatus.of(status.asText()),
                session == null || session.isNull() ? null : session.asText());
    }

    /**
     * {@code PUT /jobs/{id}/status/cancel}.
     *
     * @param id the job id
     */
    public void cancel(String id) {
        requireId(id);
        Call call = new Call("PUT", endpoints.api("/jobs/" + id + "/status/cancel"), null, "cancel job " + id, id, null);
        ApiResponse response = transport.send(call);
        if (!response.isSuccess()) {
            throw errors.forStatus(call, response);
        }
    }

    /**
     * {@code DELETE /jobs/{id}}.
     *
     * @param id the job id
     */
    public void delete(String id) {
        requireId(id);
        Call call = new Call("DELETE", endpoints.api("/jobs/" + id), null, "delete job " + id, id, null);
        ApiResponse response = transport.send(call);
        if (!response.isSuccess()) {
            throw errors.forStatus(call, response);
        }
    }

    /**
     * {@code GET /jobs/estimate}: what a circuit would cost, before submitting it.
     *
     * <pre>{@code
     * CostEstimate e = client.estimate(EstimateRequest.of("qpu.forte-1", 2, 1000, 1, 1));
     * System.out.println(e.total().text());   // such as "1.60 usd"
     * }</pre>
     *
     * @param request the backend, qubits, shots and gate counts
     * @return IonQ's estimate
     */
    public CostEstimate estimate(EstimateRequest request) {
        return billing.estimate(java.util.Objects.requireNonNull(request, "request"));
    }

    /**
     * {@code GET /jobs/{id}/cost}.
     *
     * @param id the job id
     * @return its estimated cost and, once IonQ states it, its cost
     */
    public JobCost getCost(String id) {
        return billing.cost(requireId(id));
    }

    /**
     * {@code POST /sessions}: opens a session; submit into it by adding {@code "session_id"} to job payloads.
     *
     * <pre>{@code
     * Session s = client.createSession("qpu.forte-1", new SessionLimits(2, 60, null));
     * }</pre>
     *
     * @param backend the backend the session is for
     * @param limits  its limits ({@code job_count_limit}, {@code duration_limit_min}, {@code cost_limit})
     * @return the new session
     */
    public Session createSession(String backend, SessionLimits limits) {
        return billing.create(java.util.Objects.requireNonNull(backend, "backend"),
                java.util.Objects.requireNonNull(limits, "limits"));
    }

    /**
     * {@code GET /sessions/{id}}.
     *
     * @param id the session id
     * @return the session
     */
    public Session getSession(String id) {
        return billing.get(java.util.Objects.requireNonNull(id, "id"));
    }

    /**
     * {@code GET /sessions?active=…}.
     *
     * @param active true for active sessions, false for ended ones, null for all
     * @return the sessions
     */
    public List<Session> listSessions(Boolean active) {
        return billing.list(active);
    }

    /**
     * {@code POST /sessions/{id}/end}: the session accepts no more jobs.
     *
     * @param id the session id
     * @return the ended session
     */
    public Session endSession(String id) {
        return billing.end(java.util.Objects.requireNonNull(id, "id"));
    }

    /**
     * {@code GET /sessions/{id}/jobs}, every page.
     *
     * @param id the session id
     * @return its jobs
     */
    public List<Job> getSessionJobs(String id) {
        return billing.jobs(java.util.Objects.requireNonNull(id, "id"));
    }

    /**
     * {@code POST /jobs} with a typed request. Never retried once the request may have reached IonQ.
     *
     * <pre>{@code
     * SubmittedJob job = client.submit(JobRequest.circuit(Circuit.qis(2).h(0).cnot(0, 1)).shots(1000));
     * }</pre>
     *
     * @param request the job
     * @return the new job's id and status
     */
    public SubmittedJob submit(JobRequest request) {
        return submit(request.toJson());
    }

    /**
     * {@code POST /jobs/{id}/clone}: a new job from {@code id}'s payload with the given changes.
     *
     * <pre>{@code
     * SubmittedJob copy = client.cloneJob(id, JobRequest.changes().backend("qpu.forte-1").shots(500));
     * }</pre>
     *
     * @param id      the job to copy
     * @param changes the fields to change ({@link JobRequest#changes()})
     * @return the new job
     */
    public SubmittedJob cloneJob(String id, JobRequest changes) {
        return copy(id, changes, "clone");
    }

    /**
     * {@code POST /jobs/{id}/move}: like {@link #cloneJob}, and the original makes way for the copy.
     *
     * @param id      the job to move
     * @param changes the fields to change, e.g. {@code JobRequest.changes().backend("qpu.aria-1")}
     * @return the new job
     */
    public SubmittedJob moveJob(String id, JobRequest changes) {
        return copy(id, changes, "move");
    }

    private SubmittedJob copy(String id, JobRequest changes, String verb) {
        requireId(id);
        JsonNode body = calls.send("POST", "/jobs/" + id + "/" + verb, changes.toJson(), verb + " job " + id, id);
        JsonNode newId = body.get("id");
        if (newId == null || !newId.isTextual()) {
            throw new IonQResponseException("Could not " + verb + " job " + id + ": the answer has no new job id."
                    + " Report this to support@ionq.co", id, 0, null, null, null);
        }
        JsonNode session = body.get("session_id");
        return new SubmittedJob(requireId(newId.asText()), body.hasNonNull("status")
                ? JobStatus.of(body.get("status").asText()) : JobStatus.SUBMITTED,
                session == null || session.isNull() ? null : session.asText());
    }

    /**
     * {@code PUT /jobs/status/cancel} for several jobs at once.
     *
     * @param ids the jobs
     * @return the ids IonQ canceled (unknown ids are left out)
     */
    public List<String> cancel(Collection<String> ids) {
        return bulk("PUT", "/jobs/status/cancel", ids, "cancel " + ids.size() + " jobs");
    }

    /**
     * {@code DELETE /jobs} for several jobs at once.
     *
     * <pre>{@code
     * List<String> deleted = client.delete(List.of(id1, id2));
     * }</pre>
     *
     * @param ids the jobs
     * @return the ids IonQ deleted (unknown ids are left out)
     */
    public List<String> delete(Collection<String> ids) {
        return bulk("DELETE", "/jobs", ids, "delete " + ids.size() + " jobs");
    }

    private List<String> bulk(String method, String path, Collection<String> ids, String action) {
        ObjectNode body = Json.mapper().createObjectNode();
        ids.forEach(id -> body.withArray("ids").add(requireId(id)));
        JsonNode answer = calls.send(method, path, body.toString(), action, null);
        java.util.ArrayList<String> done = new java.util.ArrayList<>();
        answer.path("ids").forEach(id -> done.add(id.asText()));
        return List.copyOf(done);
    }

    /**
     * {@code GET /backends}.
     *
     * <pre>{@code
     * List<Backend> backends = client.getBackends();
     * }</pre>
     *
     * @return every backend
     */
    public List<Backend> getBackends() {
        return calls.send("GET", "/backends", null, "list the backends", null,
                Json.mapper().getTypeFactory().constructCollectionType(List.class, Backend.class));
    }

    /**
     * @param backend a backend name, e.g. {@code qpu.aria-1}
     * @return {@code GET /backends/{backend}}
     */
    public Backend getBackend(String backend) {
        return calls.send("GET", "/backends/" + segment(backend), null, "describe backend " + backend, null,
                type(Backend.class));
    }

    /**
     * {@code GET /backends/{backend}/characterizations}: the first page, newest first.
     *
     * <pre>{@code
     * double twoQubitFidelity = client.getCharacterizations("qpu.aria-1").get(0).fidelity().twoQubit().median();
     * }</pre>
     *
     * @param backend a backend name
     * @return its characterizations (none for the simulator)
     */
    public List<Characterization> getCharacterizations(String backend) {
        JsonNode page = calls.send("GET", "/backends/" + segment(backend) + "/characterizations", null,
                "list the characterizations of " + backend, null);
        try {
            return Json.mapper().readerFor(Json.mapper().getTypeFactory()
                    .constructCollectionType(List.class, Characterization.class))
                    .readValue(page.path("characterizations"));
        } catch (java.io.IOException e) {
            throw new IonQResponseException("Could not read the characterizations of " + backend + ": "
                    + e.getMessage().split("\n")[0], null, 0, null, null, e);
        }
    }

    /**
     * @param backend a backend name
     * @param id      a characterization id ({@link Backend#characterizationId()})
     * @return {@code GET /backends/{backend}/characterizations/{id}}
     */
    public Characterization getCharacterization(String backend, String id) {
        return calls.send("GET", "/backends/" + segment(backend) + "/characterizations/" + segment(id), null,
                "get characterization " + id + " of " + backend, null, type(Characterization.class));
    }

    /** @return {@code GET /whoami}: the key's id, name and project (never the key) */
    public Whoami whoami() {
        return calls.send("GET", "/whoami", null, "ask IonQ who this key is", null, type(Whoami.class));
    }

    /**
     * {@code GET /jobs/{id}/artifacts/{artifactId}}: any artifact as bytes, e.g. a compiled circuit listed in
     * {@code output.compilation.compiled_circuits}.
     *
     * @param jobId      the job
     * @param artifactId the artifact's id
     * @return its payload
     */
    public byte[] downloadArtifact(String jobId, String artifactId) {
        requireId(jobId);
        return calls.download("/jobs/" + jobId + "/artifacts/" + segment(artifactId), "download artifact "
                + artifactId + " of job " + jobId, jobId);
    }

    private static JavaType type(Class<?> type) {
        return Json.mapper().getTypeFactory().constructType(type);
    }

    private static String segment(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a backend, characterization or artifact name must not be blank");
        }
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** @return an awaiter with the configured timeout and poll intervals, fetching with {@code GET /jobs?ids=…} */
    public JobAwaiter awaiter() {
        return JobAwaiter.using(jobs::fetch, config);
    }

    @Override
    public String toString() {
        return "IonQClient[baseUrl=" + config.baseUrl() + ", apiKey=redacted]";
    }

    // ---------------------------------------------------------------------------------------------

    /**
     * Builds an {@link IonQClient}: the same settings as {@link IonQConfig.Builder}.
     *
     * <pre>{@code
     * IonQClient client = IonQClient.builder().baseUrl("http://127.0.0.1:8080/v0.4").apiKey("k").build();
     * }</pre>
     */
    public static final class Builder {

        private final IonQConfig.Builder config = IonQConfig.builder();

        private Builder() {
        }

        /**
         * @param apiKey the API key
         * @return this builder
         */
        public Builder apiKey(String apiKey) {
            config.apiKey(apiKey);
            return this;
        }

        /**
         * @param baseUrl the base URL, such as {@code https://api.ionq.co/v0.4}
         * @return this builder
         */
        public Builder baseUrl(String baseUrl) {
            config.baseUrl(baseUrl);
            return this;
        }

        /**
         * @param timeout how long awaiters wait by default
         * @return this builder
         */
        public Builder awaitTimeout(Duration timeout) {
            config.awaitTimeout(timeout);
            return this;
        }

        /**
         * @param initial the first poll interval
         * @param max     the longest poll interval
         * @return this builder
         */
        public Builder pollInterval(Duration initial, Duration max) {
            config.pollInterval(initial).maxPollInterval(max);
            return this;
        }

        /**
         * @param maxAttempts the most attempts per request
         * @param initial     the first backoff
         * @param max         the longest backoff
         * @return this builder
         */
        public Builder retries(int maxAttempts, Duration initial, Duration max) {
            config.maxAttempts(maxAttempts).retryBackoff(initial, max);
            return this;
        }

        /**
         * @param settings more settings on the underlying {@link IonQConfig.Builder}
         * @return this builder
         */
        public Builder configure(Function<IonQConfig.Builder, IonQConfig.Builder> settings) {
            settings.apply(config);
            return this;
        }

        /**
         * @param lookup property name to value, asked after explicit values
         * @return this builder
         */
        public Builder lookup(Function<String, String> lookup) {
            config.lookup(lookup);
            return this;
        }

        /** @return this builder, with system properties and then environment variables as lookups */
        public Builder fromEnvironment() {
            config.fromEnvironment();
            return this;
        }

        /** @return the client */
        public IonQClient build() {
            return create(config.build());
        }
    }
}
