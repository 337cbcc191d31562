package io.github.ionqci.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.ionqci.client.await.JobTimeoutException;
import io.github.ionqci.client.job.Job;
import io.github.ionqci.emulator.EmulatedJob;
import io.github.ionqci.emulator.Fault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The table of bad inputs: each row sets up a bad id, a bad answer from IonQ (the emulator) or a bad
 * setting, and asserts the exact message the user sees. {@code {id}}, {@code {origin}} and
 * {@code {rid}} (the x-request-id) are filled in; elapsed times read {@code over T}.
 */
class BadInputTest extends EmulatorTestBase {

    private static final String SUGGEST = "such as e1a09d90-b2ba-4ea5-9fd7-4bfc14eac524";
    private static final String NOT_FOUND = "Not Found Error: Resource not found. See https://docs.ionq.com/ for"
            + " details, or email support@ionq.co for help.";
    private static final String SERVICE_FAULT = "This is a fault of IonQ's service or of a proxy in between: retry"
            + " later, and if it persists send the x-request-id to support@ionq.co";
    private static final String FAILING = "IonQ's service is failing: retry later, and see https://status.ionq.co"
            + " for incidents";

    /** What a row does and the message it expects. */
    record Case(String id, ThrowingCallable call, String expected) {
    }

    /** One row of the table. */
    record Row(String name, Class<? extends Throwable> type, Supplier<Case> setup) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static String add(EmulatedJob job) {
        return emulator.jobs().add(job);
    }

    private static String raw(String json) {
        String id = UUID.randomUUID().toString();
        return add(EmulatedJob.completed().id(id).rawJson(json.replace("{id}", id)));
    }

    private static Job completedWith(Map<Long, Double> probabilities) {
        return client.getJob(add(EmulatedJob.completed().qubits(1).probabilities(probabilities)));
    }

    static Stream<Row> rows() {
        return Stream.of(
            new Row("malformed id", IllegalArgumentException.class, () -> new Case(null,
                    () -> client.getJob("../admin"),
                    "Job id \"../admin\" is not valid: an IonQ id has only letters, digits and '-' (at most 100"
                            + " characters), " + SUGGEST)),
            new Row("id with a query", IllegalArgumentException.class, () -> new Case(null,
                    () -> client.getJob("abc?ids=x"),
                    "Job id \"abc?ids=x\" is not valid: an IonQ id has only letters, digits and '-' (at most 100"
                            + " characters), " + SUGGEST)),
            new Row("id too long", IllegalArgumentException.class, () -> new Case(null,
                    () -> client.getJob("a".repeat(101)),
                    "Job id \"" + "a".repeat(60) + "…\" is not valid: an IonQ id has only letters, digits and '-'"
                            + " (at most 100 characters), " + SUGGEST)),
            new Row("blank id", IllegalArgumentException.class, () -> new Case(null,
                    () -> client.getJob(" "),
                    "Job id \" \" is not valid: an IonQ id has only letters, digits and '-' (at most 100"
                            + " characters), " + SUGGEST)),
            new Row("null id", IllegalArgumentException.class, () -> new Case(null,
                    () -> client.getJob(null),
                    "Job id is null: give the job's UUID, " + SUGGEST)),
            new Row("unknown id", IonQNotFoundException.class, () -> {
                String id = UUID.randomUUID().toString();
                return new Case(id, () -> client.getJob(id), "Could not get job " + id + ": HTTP 404, IonQ says \""
                        + NOT_FOUND + "\" (x-request-id {rid}). Check the job id: it is wrong, or the job belongs"
                        + " to a project the API key is not for");
            }),
            new Row("401: wrong API key", IonQAuthenticationException.class, () -> {
                String id = add(EmulatedJob.completed());
                IonQClient wrong = IonQClient.create(TestSupport.config(emulator).apiKey("wrong-key").build());
                return new Case(id, () -> wrong.getJob(id), "Could not get job " + id + ": HTTP 401, IonQ says"
                        + " \"Unauthorized Error: Invalid key provided. See https://docs.ionq.com/#authentication"
                        + " for details, or email support@ionq.co for help.\" (x-request-id {rid}). Check the API"
                        + " key (ionq.api-key or IONQ_API_KEY): IonQ does not accept it; it may be mistyped,"
                        + " revoked or expired");
            }),
            new Row("403: key of another project", IonQAuthenticationException.class, () -> {
                String id = add(EmulatedJob.completed());
                emulator.faults().add(Fault.status(403)).onPath("/jobs");
                return new Case(id, () -> client.getJob(id), "Could not get job " + id + ": HTTP 403, IonQ says"
                        + " \"Forbidden Error: The API key is not authorized for this resource.\" (x-request-id"
                        + " {rid}). The API key is not authorised for this project or resource: use a key of the"
                        + " project that owns the job");
            }),
            new Row("429 forever", IonQRateLimitException.class, () -> {
                String id = add(EmulatedJob.completed());
                emulator.faults().add(Fault.status(429).retryAfterSeconds(0)).onPath("/jobs");
                return new Case(id, () -> client.getJob(id), "Could not get job " + id + ": HTTP 429 after 6"
                        + " attempts over T, IonQ says \"Too Many Requests: Too Many Requests. To get a higher rate"
                        + " limit, please reach out to support@ionq.co\" (x-request-id {rid}). IonQ is rate-limiting"
                        + " this API key: slow down (fewer parallel builds, a longer ionq.await.poll-interval) or"
                        + " ask support@ionq.co for a higher rate limit");
            }),
            new Row("HTML 502 page forever", IonQServerException.class, () -> {
                String id = add(EmulatedJob.completed());
                emulator.faults().add(Fault.htmlPage(502)).onPath("/jobs");
                return new Case(id, () -> client.getJob(id), "Could not get job " + id + ": HTTP 502 after 6"
                        + " attempts over T, with a body that is not IonQ's JSON error (text/html; charset=utf-8,"
                        + " 158 bytes: \"<!DOCTYPE html> <html><head><title>502 Bad Gateway</title></head><body><center>"
                        + "<h1>502 Bad Gateway</h1></center><hr><center>cloudflare</center></body></html>\")"
                        + " (x-request-id {rid}). " + FAILING);
            }),
            new Row("503 forever", IonQServerException.class, () -> {
                String id = add(EmulatedJob.completed());
                emulator.faults().add(Fault.status(503)).onPath("/jobs");
                return new Case(id, () -> client.getJob(id), "Could not get job " + id + ": HTTP 503 after 6"
                        + " attempts over T, IonQ says \"Service Unavailable: Service Unavailable. Visit"
                        + " https://status.ionq.co/ to track this incident.\" (x-request-id {rid}). " + FAILING);
            }),
            new Row("500 is not retried", IonQServerException.class, () -> {
                String id = add(EmulatedJob.completed());
                emulator.faults().add(Fault.status(500)).onPath("/jobs");
                return new Case(id, () -> client.getJob(id), "Could not get job " + id + ": HTTP 500, IonQ says"
                        + " \"Internal Server Error: Internal service outage. Visit https://status.ionq.co/ to"
                        + " track this incident.\" (x-request-id {rid}). " + FAILING);
            }),
            new Row("connection reset forever", IonQConnectionException.class, () -> {
                String id = add(EmulatedJob.completed());
                emulator.faults().add(Fault.connectionReset()).onPath("/jobs");
                return new Case(id, () -> client.getJob(id), "Could not get job " + id + ": the connection to"
                        + " {origin} failed after 6 attempts over T (IOException: HTTP/1.1 header parser received no bytes). Check ionq.base-url and that"
                        + " the network reaches it; see https://status.ionq.co for IonQ incidents, and retry later.");
            }),
            new Row("truncated JSON", IonQResponseException.class, () -> {
                String id = raw("{\"id\":\"{id}\",\"status\":\"compl");
                return new Case(id, () -> client.getJob(id), "Could not get job " + id + ": HTTP 200 answered JSON"
                        + " that ends early (truncated after 60 bytes); received application/json; charset=utf-8, 60 bytes:"
                        + " \"{\"id\":\"" + id + "\",\"status\":\"compl\" (x-request-id {rid}). "
                        + SERVICE_FAULT);
            }),
            // a field of the wrong type does not make the job unreadable (LenientJobTest): reading it fails
            new Row("wrong JSON type: shots as a string, read", IllegalStateException.class, () -> {
                String id = raw("{\"id\":\"{id}\",\"status\":\"ready\",\"shots\":\"many\"}");
                return new Case(id, () -> client.getJob(id).shots(), "Job " + id + ": the field \"shots\" could not"
                        + " be read; the server sent \"many\". Its status (ready), id and failure are readable; check"
                        + " job.isReadable(\"shots\") before reading it, and report the value to IonQ if it persists.");
            }),
            new Row("wrong JSON type: results as an array, read", IllegalStateException.class, () -> {
                String id = raw("{\"id\":\"{id}\",\"status\":\"completed\",\"results\":[1]}");
                return new Case(id, () -> client.getJob(id).results(), "Job " + id + ": the field \"results\" could"
                        + " not be read; the server sent [1]. Its status (completed), id and failure are readable; check"
                        + " job.isReadable(\"results\") before reading it, and report the value to IonQ if it persists.");
            }),
            new Row("wrong JSON type: failure as a string", IonQResponseException.class, () -> {
                String id = raw("{\"id\":\"{id}\",\"status\":\"failed\",\"failure\":\"oops\"}");
                return new Case(id, () -> client.getJob(id), "Could not get job " + id + ": HTTP 200 answered a job"
                        + " with a field of the wrong type (field failure: Cannot construct instance of"
                        + " `io.github.ionqci.client.job.Failure` (although at least one Creator exists): no"
                        + " String-argument constructor/factory method to dese…);"
                        + " received application/json; charset=utf-8, 80 bytes: \"{\"id\":\"" + id + "\",\"status\":"
                        + "\"failed\",\"failure\":\"oops\"}\" (x-request-id {rid}). " + SERVICE_FAULT);
            }),
            new Row("a job body that is an array", IonQResponseException.class, () -> {
                String id = raw("[\"{id}\"]");
                return new Case(id, () -> client.getJob(id), "Could not get job " + id + ": HTTP 200 answered a"
                        + " JSON array where a job object was expected; received application/json; charset=utf-8, 40 bytes:"
                        + " \"[\"" + id + "\"]\" (x-request-id {rid}). " + SERVICE_FAULT);
            }),
            new Row("a job without a status", IonQResponseException.class, () -> {
                String id = raw("{\"id\":\"{id}\"}");
                return new Case(id, () -> client.getJob(id), "Could not get job " + id + ": HTTP 200 answered job "
                        + id + " without a \"status\"; received application/json; charset=utf-8, 45 bytes: \"{\"id\":\"" + id
                        + "\"}\" (x-request-id {rid}). " + SERVICE_FAULT);
            }),
            new Row("another job's body", IonQResponseException.class, () -> {
                String id = raw("{\"id\":\"0a-other-job\",\"status\":\"ready\"}");
                return new Case(id, () -> client.getJob(id), "Could not get job " + id + ": HTTP 200 answered job"
                        + " 0a-other-job instead of job " + id + "; received application/json; charset=utf-8, 38 bytes:"
                        + " \"{\"id\":\"0a-other-job\",\"status\":\"ready\"}\" (x-request-id {rid}). "
                        + SERVICE_FAULT);
            }),
            new Row("unknown status never ends an await", JobTimeoutException.class, () -> {
                String id = add(EmulatedJob.withStatus("paused"));
                return new Case(id, () -> client.awaiter().timeout(Duration.ofMillis(500)).awaitOne(id), "Job " + id
                        + " did not finish within 500ms (awaited T): last status paused (a status this client does"
                        + " not know, so not treated as finished). Raise the timeout (ionq.await.timeout, such as"
                        + " 30m) or check the job's queue at https://cloud.ionq.com");
            }),
            new Row("unknown failure code, results asked", IllegalStateException.class, () -> {
                Job job = client.getJob(add(EmulatedJob.failed("QuantumWeatherError", "A storm hit the trap.")));
                return new Case(job.id(), () -> client.getProbabilities(job), "Cannot get the probabilities of job "
                        + job.id() + ": its status is failed (QuantumWeatherError: A storm hit the trap.), and only a"
                        + " completed job has results. Check the job's failure or cancellation instead");
            }),
            new Row("results of a job still running", IllegalStateException.class, () -> {
                Job job = client.getJob(add(EmulatedJob.withStatus("started")));
                return new Case(job.id(), () -> client.getHistogram(job), "Cannot get the histogram of job "
                        + job.id() + ": its status is started, and only a completed job has results. Await it"
                        + " first: client.awaiter().awaitOne(id)");
            }),
            new Row("results missing", IonQResponseException.class, () -> {
                Job job = client.getJob(add(EmulatedJob.completed().noResults()));
                return new Case(job.id(), () -> client.getProbabilities(job), "Could not get the probabilities of job "
                        + job.id() + ": the completed job lists no probabilities result (results listed: none)."
                        + " IonQ returns results for completed jobs only; a dry run has none");
            }),
            new Row("histogram missing on the ideal simulator", IonQResponseException.class, () -> {
                Job job = completedWith(Map.of(0L, 1.0));
                return new Case(job.id(), () -> client.getHistogram(job), "Could not get the histogram of job "
                        + job.id() + ": the completed job lists no histogram result (results listed: "
                        + (job.results().links().isEmpty()
                                ? "ionq.result.probabilities.json.v1, ionq.result.probabilities.json.v2" : "probabilities") + ")."
                        + " Not every backend returns histogram; use getProbabilities(job)");
            }),
            new Row("result URL on another host", IonQResponseException.class, () -> {
                Job job = client.getJob(raw("{\"id\":\"{id}\",\"status\":\"completed\",\"results\":{\"probabilities\":"
                        + "{\"url\":\"https://evil.example.com/v0.4/jobs/{id}/results/probabilities\"}}}"));
                return new Case(job.id(), () -> client.getProbabilities(job), "Could not get the probabilities of job "
                        + job.id() + ": the job's result URL https://evil.example.com/v0.4/jobs/" + job.id()
                        + "/results/probabilities is on another origin than {origin}, so it was refused. The API"
                        + " key is only sent to the configured origin (ionq.base-url); if that URL is genuinely"
                        + " IonQ's, set ionq.base-url to its origin");
            }),
            new Row("protocol-relative result URL", IonQResponseException.class, () -> {
                Job job = client.getJob(raw("{\"id\":\"{id}\",\"status\":\"completed\",\"results\":{\"histogram\":"
                        + "{\"url\":\"//evil.example.com/v0.4/x\"}}}"));
                return new Case(job.id(), () -> client.getHistogram(job), "Could not get the histogram of job "
                        + job.id() + ": the job's result URL //evil.example.com/v0.4/x is on another origin than"
                        + " {origin}, so it was refused. The API key is only sent to the configured origin"
                        + " (ionq.base-url); if that URL is genuinely IonQ's, set ionq.base-url to its origin");
            }),
            new Row("result URL on another port", IonQResponseException.class, () -> {
                Job job = client.getJob(raw("{\"id\":\"{id}\",\"status\":\"completed\",\"results\":{\"shots\":"
                        + "{\"url\":\"http://127.0.0.1:1/v0.4/x\"}}}"));
                return new Case(job.id(), () -> client.getShots(job), "Could not get the shots of job "
                        + job.id() + ": the job's result URL http://127.0.0.1:1/v0.4/x is on another origin than"
                        + " {origin}, so it was refused. The API key is only sent to the configured origin"
                        + " (ionq.base-url); if that URL is genuinely IonQ's, set ionq.base-url to its origin");
            }),
            new Row("http:// remote base URL", IonQConfigurationException.class, () -> new Case(null,
                    () -> IonQClient.builder().apiKey(TestSupport.KEY).baseUrl("http://api.ionq.co/v0.4").build(),
                    "ionq.base-url \"http://api.ionq.co/v0.4\" uses plain http to a host that is not loopback,"
                            + " which would send the API key unencrypted: use https (plain http is allowed only for"
                            + " 127.0.0.1, ::1 and localhost, such as the embedded emulator)")),
            new Row("no API key", IonQMissingApiKeyException.class, () -> new Case(null,
                    () -> IonQClient.builder().lookup(name -> null).build(),
                    "No IonQ API key is set. Set the system property ionq.api-key or the environment variable"
                            + " IONQ_API_KEY. Create keys at https://cloud.ionq.com.")),
            new Row("negative probability", IonQResponseException.class, () -> {
                Job job = completedWith(Map.of(0L, -0.5, 1L, 1.5));
                return new Case(job.id(), () -> client.getProbabilities(job), "Could not get the probabilities of job "
                        + job.id() + ": HTTP 200 answered a probability of -0.5 for state 0 (each probability is a"
                        + " number from 0 to 1); received application/json; charset=utf-8, 18 bytes: \"{\"0\":-0.5,\"1\":1.5}\""
                        + " (x-request-id {rid}). " + SERVICE_FAULT);
            }),
            new Row("NaN probability", IonQResponseException.class, () -> {
                Job job = completedWith(Map.of(0L, Double.NaN, 1L, 1.0));
                return new Case(job.id(), () -> client.getProbabilities(job), "Could not get the probabilities of job "
                        + job.id() + ": HTTP 200 answered the string \"NaN\" as the probability of state 0 (expected a"
                        + " number from 0 to 1); received application/json; charset=utf-8, 19 bytes:"
                        + " \"{\"0\":\"NaN\",\"1\":1.0}\" (x-request-id {rid}). " + SERVICE_FAULT);
            }),
            new Row("probabilities not summing to 1", IonQResponseException.class, () -> {
                Job job = completedWith(Map.of(0L, 0.5, 1L, 0.25));
                return new Case(job.id(), () -> client.getProbabilities(job), "Could not get the probabilities of job "
                        + job.id() + ": HTTP 200 answered probabilities that sum to 0.75, not 1 (tolerance 1.0E-6);"
                        + " received application/json; charset=utf-8, 18 bytes: \"{\"0\":0.5,\"1\":0.25}\" (x-request-id"
                        + " {rid}). " + SERVICE_FAULT);
            }),
            new Row("multi-circuit job read as one result", IllegalArgumentException.class, () -> {
                Job parent = client.getJob(add(EmulatedJob.completed().children(
                        EmulatedJob.completed().qubits(1).probabilities(Map.of(0L, 1.0)),
                        EmulatedJob.completed().qubits(1).probabilities(Map.of(1L, 1.0)))));
                return new Case(parent.id(), () -> client.getProbabilities(parent), "Job " + parent.id() + " is a"
                        + " multi-circuit job with 2 child jobs: read its results with"
                        + " getAggregateProbabilities(job), keyed by child job id, or fetch each child job");
            }),
            new Row("aggregate body where one result was expected", IonQResponseException.class, () -> {
                String parent = add(EmulatedJob.completed().children(EmulatedJob.completed().id("0a-child")
                        .qubits(1).probabilities(Map.of(0L, 1.0))));
                Job job = client.getJob(raw("{\"id\":\"{id}\",\"status\":\"completed\",\"results\":{\"probabilities\":"
                        + "{\"url\":\"/v0.4/jobs/" + parent + "/results/probabilities/aggregated\"}}}"));
                return new Case(job.id(), () -> client.getProbabilities(job), "Could not get the probabilities of job "
                        + job.id() + ": HTTP 200 answered a JSON object as the value of \"0a-child\": this looks like"
                        + " a multi-circuit aggregate keyed by child job id; read it with getAggregateProbabilities;"
                        + " received application/json; charset=utf-8, 22 bytes: \"{\"0a-child\":{\"0\":1.0}}\""
                        + " (x-request-id {rid}). " + SERVICE_FAULT);
            }),
            new Row("empty id list", IllegalArgumentException.class, () -> new Case(null,
                    () -> client.getJobs(List.of()), "No job ids were given: pass at least one job id")),
            new Row("duplicate ids", IllegalArgumentException.class, () -> new Case(null,
                    () -> client.awaiter().await(List.of("job-1", "job-2", "job-1")),
                    "Job ids are listed more than once: job-1 (2 times); list each job once")),
            new Row("a payload that is not JSON", IllegalArgumentException.class, () -> new Case(null,
                    () -> client.submit("circuit: h 0"),
                    "The job payload is not valid JSON: Unrecognized token 'circuit': was expecting (JSON String,"
                            + " Number, Array, Object or token 'null', 'true' or 'false')")),
            new Row("a duration that is not one", IonQConfigurationException.class, () -> new Case(null,
                    () -> IonQClient.builder().apiKey(TestSupport.KEY).lookup(Map.of("ionq.await.poll-interval",
                            "fast")::get).build(),
                    "ionq.await.poll-interval: \"fast\" is not a duration: write a number and a unit (500ms, 30s,"
                            + " 10m, 2h, 1d, or combined as 1m30s) or ISO-8601 (PT10M)"))
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void theUserSeesExactlyWhatIsWrongAndWhatToDo(Row row) {
        emulator.faults().clear();
        Case c = row.setup().get();
        Throwable thrown = catchThrowable(c.call());
        emulator.faults().clear();
        assertThat(thrown).isInstanceOf(row.type());
        String message = TestSupport.stable(thrown.getMessage());
        if (thrown instanceof IonQException && ((IonQException) thrown).requestId() != null) {
            message = message.replace(((IonQException) thrown).requestId(), "{rid}");
        }
        message = message.replace(emulator.origin(), "{origin}");
        assertThat(message).isEqualTo(c.expected().replace("{id}", String.valueOf(c.id())));
        if (thrown instanceof IonQException && c.id() != null) {
            assertThat(((IonQException) thrown).jobId()).isEqualTo(c.id());
        }
        KeyLeakGuard.assertNoKeyIn(thrown);
    }

    @org.junit.jupiter.api.Test
    void theTableHasAtLeast25Rows() {
        assertThat(rows().count()).isGreaterThanOrEqualTo(25);
    }
}
