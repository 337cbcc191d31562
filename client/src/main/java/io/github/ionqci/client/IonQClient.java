package io.github.ionqci.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.ionqci.client.await.JobAwaiter;
import io.github.ionqci.client.internal.ApiResponse;
import io.github.ionqci.client.internal.Call;
import io.github.ionqci.client.internal.ErrorReports;
import io.github.ionqci.client.internal.JobIds;
import io.github.ionqci.client.internal.Json;
import io.github.ionqci.client.internal.Origins;
import io.github.ionqci.client.internal.ResultFormatException;
import io.github.ionqci.client.internal.ResultParser;
import io.github.ionqci.client.internal.Transport;
import io.github.ionqci.client.job.DebiasingVariant;
import io.github.ionqci.client.job.Job;
import io.github.ionqci.client.job.JobResults;
import io.github.ionqci.client.job.JobStatus;
import io.github.ionqci.client.job.ResultArtifact;
import io.github.ionqci.client.job.ResultKind;
import io.github.ionqci.client.job.ResultLink;
import io.github.ionqci.client.result.Histogram;
import io.github.ionqci.client.result.Probabilities;
import io.github.ionqci.client.result.Shots;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;

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
    public static final int IDS_PER_REQUEST = 50;

    private static final int MAX_PAGES = 10_000;

    private final IonQConfig config;
    private final ErrorReports errors;
    private final Transport transport;
    private final URI origin;
    private final AtomicBoolean listingUnavailable = new AtomicBoolean();

    private IonQClient(IonQConfig config) {
        if (config.apiKey() == null) {
            throw new IonQConfigurationException(IonQProperties.missingApiKeyMessage());
        }
        this.config = config;
        this.errors = new ErrorReports(config.apiKey());
        this.transport = new Transport(config, errors);
        this.origin = config.origin();
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
        return getJob(requireId(id), null);
    }

    /** Validates an id, keeping the API key out of the message should someone pass it as an id. */
    private String requireId(String id) {
        try {
            return JobIds.require(id);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(errors.scrub(e.getMessage()));
        }
    }

    private Job getJob(String id, Instant deadline) {
        Call call = Call.get(api("/jobs/" + id), "get job " + id, id).within(deadline);
        ApiResponse response = transport.send(call);
        if (!response.isSuccess()) {
            throw errors.forStatus(call, response);
        }
        return readJob(call, response, id);
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
            valid = JobIds.requireDistinct(ids);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(errors.scrub(e.getMessage()));
        }
        return fetchJobs(valid, null);
    }

    private Map<String, Job> fetchJobs(List<String> ids, Instant deadline) {
        Map<String, Job> found = new LinkedHashMap<>();
        for (int from = 0; from < ids.size(); from += IDS_PER_REQUEST) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + IDS_PER_REQUEST));
            Map<String, Job> page = listingUnavailable.get() ? null : list(chunk, deadline);
            if (page == null) {
                page = oneByOne(chunk, deadline);
            }
            found.putAll(page);
        }
        Map<String, Job> ordered = new LinkedHashMap<>();
        for (String id : ids) {
            Job job = found.get(id);
            if (job != null) {
                ordered.put(id, job);
            }
        }
        return ordered;
    }

    /** @return the jobs listed, or null when the listing is not available */
    private Map<String, Job> list(List<String> chunk, Instant deadline) {
        Set<String> wanted = new HashSet<>(chunk);
        Map<String, Job> found = new LinkedHashMap<>();
        String query = chunk.stream().map(id -> "ids=" + id).collect(Collectors.joining("&"));
        String action = "list jobs " + describeIds(chunk);
        String jobId = chunk.size() == 1 ? chunk.get(0) : null;
        Set<String> seenTokens = new HashSet<>();
        String next = null;
        for (int page = 1; page <= MAX_PAGES; page++) {
            String pageQuery = next == null ? query : query + "&next=" + URLEncoder.encode(next, StandardCharsets.UTF_8);
            Call call = Call.get(api("/jobs?" + pageQuery), action, jobId).within(deadline);
            ApiResponse response = transport.send(call);
            int status = response.status();
            if (page == 1 && (status == 404 || status == 405 || status == 400 || status == 501)) {
                listingUnavailable.set(true);
                return null;
            }
            if (!response.isSuccess()) {
                throw errors.forStatus(call, response);
            }
            JsonNode body = readTree(call, response);
            JsonNode jobs = body.get("jobs");
            if (!body.isObject() || jobs == null || !jobs.isArray()) {
                throw errors.badBody(call, response, "a body without a \"jobs\" array");
            }
            for (JsonNode node : jobs) {
                Job job = toJob(call, response, node);
                if (wanted.contains(job.id())) {
                    found.putIfAbsent(job.id(), job);
                }
            }
            if (found.size() == wanted.size()) {
                return found;
            }
            JsonNode nextNode = body.get("next");
            if (nextNode == null || nextNode.isNull() || (nextNode.isTextual() && nextNode.asText().isEmpty())) {
                return found;
            }
            if (!nextNode.isTextual() && !nextNode.isNumber()) {
                throw errors.badBody(call, response, "a \"next\" that is neither a string nor null");
            }
            next = nextNode.asText();
            if (!seenTokens.add(next)) {
                throw errors.badBody(call, response, "the page token \"" + next + "\" a second time (a paging loop)");
            }
        }
        throw errors.invalid(Call.get(api("/jobs"), action, jobId), "more than " + MAX_PAGES + " pages",
                "Report this to support@ionq.co");
    }

    private Map<String, Job> oneByOne(List<String> chunk, Instant deadline) {
        Map<String, Job> found = new LinkedHashMap<>();
        for (String id : chunk) {
            try {
                found.put(id, getJob(id, deadline));
            } catch (IonQNotFoundException e) {
                // absent = not found
            }
        }
        return found;
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
        return fetchResult(job, null, ResultKind.PROBABILITIES, null, "probabilities", ResultParser::probabilities);
    }

    /**
     * @param job     a completed job
     * @param sharpen false for the unsharpened (statistically usable) distribution of a debiased job
     * @return its probabilities
     */
    public Probabilities getProbabilities(Job job, boolean sharpen) {
        return fetchResult(job, null, ResultKind.PROBABILITIES, sharpen, "probabilities", ResultParser::probabilities);
    }

    /**
     * @param job     a completed job
     * @param variant one of {@code job.debiasingVariants()}
     * @return that variant's probabilities
     */
    public Probabilities getProbabilities(Job job, DebiasingVariant variant) {
        return fetchResult(job, variant, ResultKind.PROBABILITIES, null, "probabilities",
                ResultParser::probabilities);
    }

    /**
     * @param job a completed job
     * @return its histogram (counts per basis state)
     */
    public Histogram getHistogram(Job job) {
        return fetchResult(job, null, ResultKind.HISTOGRAM, null, "histogram", ResultParser::histogram);
    }

    /**
     * @param job     a completed job
     * @param variant one of {@code job.debiasingVariants()}
     * @return that variant's histogram
     */
    public Histogram getHistogram(Job job, DebiasingVariant variant) {
        return fetchResult(job, variant, ResultKind.HISTOGRAM, null, "histogram", ResultParser::histogram);
    }

    /**
     * @param job a completed job
     * @return its shots, in order
     */
    public Shots getShots(Job job) {
        return fetchResult(job, null, ResultKind.SHOTS, null, "shots", ResultParser::shots);
    }

    /**
     * @param job     a completed job
     * @param variant one of {@code job.debiasingVariants()}
     * @return that variant's shots
     */
    public Shots getShots(Job job, DebiasingVariant variant) {
        return fetchResult(job, variant, ResultKind.SHOTS, null, "shots", ResultParser::shots);
    }

    /**
     * The probabilities of each circuit of a completed multi-circuit job, keyed by child job id.
     *
     * @param parent a completed multi-circuit job
     * @return probabilities by child job id, in IonQ's order
     */
    public Map<String, Probabilities> getAggregateProbabilities(Job parent) {
        return fetchResult(parent, null, ResultKind.PROBABILITIES, null, "aggregate probabilities",
                ResultParser::aggregate);
    }

    /**
     * @param parent  a completed multi-circuit job
     * @param sharpen false for unsharpened distributions
     * @return probabilities by child job id, in IonQ's order
     */
    public Map<String, Probabilities> getAggregateProbabilities(Job parent, boolean sharpen) {
        return fetchResult(parent, null, ResultKind.PROBABILITIES, sharpen, "aggregate probabilities",
                ResultParser::aggregate);
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
        Call call = new Call("POST", api("/jobs"), payloadJson, "submit a job", null, null);
        ApiResponse response = transport.send(call);
        if (!response.isSuccess()) {
            throw errors.forStatus(call, response);
        }
        JsonNode body = readTree(call, response);
        JsonNode id = body.get("id");
        JsonNode status = body.get("status");
        if (id == null || !id.isTextual()) {
            throw errors.badBody(call, response, "a body without the new job's \"id\"");
        }
        try {
            JobIds.require(id.asText(), "The new job's id");
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
        Call call = new Call("PUT", api("/jobs/" + id + "/status/cancel"), null, "cancel job " + id, id, null);
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
        Call call = new Call("DELETE", api("/jobs/" + id), null, "delete job " + id, id, null);
        ApiResponse response = transport.send(call);
        if (!response.isSuccess()) {
            throw errors.forStatus(call, response);
        }
    }

    /** @return an awaiter with the configured timeout and poll intervals, fetching with {@code GET /jobs?ids=…} */
    public JobAwaiter awaiter() {
        return JobAwaiter.using(this::fetchJobs, config);
    }

    @Override
    public String toString() {
        return "IonQClient[baseUrl=" + config.baseUrl() + ", apiKey=redacted]";
    }

    // ---------------------------------------------------------------------------------------------

    @FunctionalInterface
    private interface Parser<T> {
        T parse(byte[] body, int qubits) throws ResultFormatException;
    }

    private <T> T fetchResult(Job job, DebiasingVariant variant, ResultKind kind, Boolean sharpen, String what,
                              Parser<T> parser) {
        if (job == null) {
            throw new IllegalArgumentException("The job is null: fetch it with getJob(id) or await it first");
        }
        String jobId = requireId(job.id());
        boolean aggregate = what.startsWith("aggregate");
        String subject = variant == null ? "job " + jobId : "variant " + variant.variantId() + " of job " + jobId;
        String action = "get the " + what + " of " + subject;
        if (!job.isCompleted()) {
            StringBuilder m = new StringBuilder("Cannot get the ").append(what).append(" of job ").append(jobId)
                    .append(": its status is ").append(job.status());
            if (job.failure() != null) {
                m.append(" (").append(job.failure()).append(')');
            }
            m.append(", and only a completed job has results. ");
            m.append(job.status() != null && job.status().isTerminal()
                    ? "Check the job's failure or cancellation instead"
                    : "Await it first: client.awaiter().awaitOne(id)");
            throw new IllegalStateException(m.toString());
        }
        if (!aggregate && variant == null && job.isParent()) {
            throw new IllegalArgumentException("Job " + jobId + " is a multi-circuit job with "
                    + job.childJobIds().size() + " child jobs: read its results with getAggregateProbabilities(job),"
                    + " keyed by child job id, or fetch each child job");
        }
        JobResults results = variant == null ? job.results() : variant.results();
        if (variant != null) {
            JobIds.require(variant.variantId(), "Variant id");
        }
        Call where = Call.get(api("/jobs/" + jobId), action, jobId);
        URI uri = null;
        if (results != null) {
            Optional<ResultLink> link = results.link(kind);
            if (link.isPresent()) {
                uri = resolveLink(where, link.get().url());
            } else {
                Optional<ResultArtifact> artifact = aggregate ? results.aggregateArtifact() : results.artifact(kind);
                if (artifact.isPresent()) {
                    String artifactId = artifact.get().id();
                    try {
                        JobIds.require(artifactId, "Artifact id");
                    } catch (IllegalArgumentException e) {
                        throw errors.invalid(where, "the job lists an artifact with an invalid id",
                                "Report this to support@ionq.co");
                    }
                    uri = api("/jobs/" + jobId + "/artifacts/" + artifactId);
                }
            }
        }
        if (uri == null) {
            String listed = results == null || results.isEmpty() ? "none"
                    : String.join(", ", results.links().keySet().stream().map(ResultKind::key)
                            .collect(Collectors.toList())) + (results.artifacts().isEmpty() ? ""
                            : (results.links().isEmpty() ? "" : ", ") + String.join(", ", results.artifacts().keySet()));
            throw errors.invalid(where, "the completed " + (variant == null ? "job" : "variant") + " lists no "
                    + what + " result (results listed: " + listed + ")", kind == ResultKind.PROBABILITIES
                    ? "IonQ returns results for completed jobs only; a dry run has none"
                    : "Not every backend returns " + kind.key() + "; use getProbabilities(job)");
        }
        if (sharpen != null) {
            uri = withQuery(uri, "sharpen=" + sharpen);
        }
        Call call = Call.get(uri, action, jobId);
        ApiResponse response = transport.send(call);
        if (!response.isSuccess()) {
            throw errors.forStatus(call, response);
        }
        int qubits = job.qubits().orElse(0);
        try {
            return parser.parse(response.body(), qubits);
        } catch (ResultFormatException e) {
            throw errors.badBody(call, response, e.getMessage());
        }
    }

    /** Joins a URL-form result path to the origin (it already carries /v0.4); refuses other origins. */
    private URI resolveLink(Call where, String url) {
        URI resolved;
        try {
            resolved = origin.resolve(new URI(url.strip()));
        } catch (Exception e) {
            throw errors.invalid(where, "the job's result URL \"" + url + "\" is not a URL",
                    "Report this to support@ionq.co");
        }
        if (!Origins.sameOrigin(resolved, config.baseUrl())) {
            throw errors.invalid(where, "the job's result URL " + url + " is on another origin than "
                    + Origins.originOf(config.baseUrl()) + ", so it was refused",
                    "The API key is only sent to the configured origin (ionq.base-url); if that URL is"
                            + " genuinely IonQ's, set ionq.base-url to its origin");
        }
        return resolved;
    }

    private static URI withQuery(URI uri, String parameter) {
        String s = uri.toString();
        return URI.create(s + (uri.getRawQuery() == null ? "?" : "&") + parameter);
    }

    private URI api(String pathAndQuery) {
        return URI.create(config.baseUrl().toString() + pathAndQuery);
    }

    private Job readJob(Call call, ApiResponse response, String expectedId) {
        JsonNode node = readTree(call, response);
        Job job = toJob(call, response, node);
        if (!job.id().equals(expectedId)) {
            throw errors.badBody(call, response, "job " + job.id() + " instead of job " + expectedId);
        }
        return job;
    }

    private Job toJob(Call call, ApiResponse response, JsonNode node) {
        if (node == null || !node.isObject()) {
            throw errors.badBody(call, response, kindOf(node) + " where a job object was expected");
        }
        Job job;
        try {
            job = Json.mapper().treeToValue(node, Job.class);
        } catch (JsonMappingException e) {
            throw errors.badBody(call, response, "a job with a field of the wrong type ("
                    + describe(e) + ")");
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw errors.badBody(call, response, "a job that cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        if (job.id() == null || job.id().isBlank()) {
            throw errors.badBody(call, response, "a job without an \"id\"");
        }
        if (job.status() == null) {
            throw errors.badBody(call, response, "job " + job.id() + " without a \"status\"");
        }
        return job;
    }

    private static String kindOf(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "no JSON value";
        }
        switch (node.getNodeType()) {
            case ARRAY:
                return "a JSON array";
            case STRING:
                return "a JSON string";
            case NUMBER:
                return "a JSON number";
            case BOOLEAN:
                return "a JSON boolean";
            case NULL:
                return "JSON null";
            default:
                return "a JSON " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private static String describe(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof com.fasterxml.jackson.databind.exc.ValueInstantiationException && e.getCause() != null
                && e.getCause().getMessage() != null) {
            message = e.getCause().getMessage();
        }
        int cut = message.indexOf('\n');
        if (cut > 0) {
            message = message.substring(0, cut);
        }
        if (message.length() > 160) {
            message = message.substring(0, 160) + "…";
        }
        return (path.isEmpty() ? "" : "field " + path + ": ") + message;
    }

    private JsonNode readTree(Call call, ApiResponse response) {
        if (response.body().length == 0) {
            throw errors.badBody(call, response, "an empty body where JSON was expected");
        }
        try {
            JsonNode node = Json.mapper().readTree(response.body());
            if (node == null || node.isMissingNode()) {
                throw errors.badBody(call, response, "an empty body where JSON was expected");
            }
            return node;
        } catch (com.fasterxml.jackson.core.io.JsonEOFException e) {
            throw errors.badBody(call, response, "JSON that ends early (truncated after " + response.body().length
                    + " bytes)");
        } catch (JsonProcessingException e) {
            String what = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().replaceAll("\\s+", " ");
            if (what.length() > 120) {
                what = what.substring(0, 120) + "…";
            }
            throw errors.badBody(call, response, "a body that is not JSON (" + what + ")");
        } catch (IOException e) {
            throw errors.badBody(call, response, "an unreadable body (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static String describeIds(List<String> ids) {
        if (ids.size() <= 3) {
            return String.join(", ", ids);
        }
        return String.join(", ", ids.subList(0, 3)) + " and " + (ids.size() - 3) + " more";
    }

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
