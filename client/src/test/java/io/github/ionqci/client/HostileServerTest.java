package io.github.ionqci.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.ionqci.client.await.AwaitOutcome;
import io.github.ionqci.client.await.AwaitResult;
import io.github.ionqci.client.await.AwaitedJob;
import io.github.ionqci.client.job.Job;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The client against servers that misbehave on purpose ({@link HostileServer}, raw sockets on
 * loopback): every wait ends, no body is read past its limit, and the key the server echoes back
 * appears in no message, cause or log line, not even cut. The {@code @Timeout}s guard against the
 * hangs these tests are about (each ends in a few seconds); they are not speed targets.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostileServerTest {

    private static final String ID = "0a1b2c3d-0000-4000-8000-000000000001";
    private static final String OTHER = "0a1b2c3d-0000-4000-8000-000000000002";
    /** The beginning of the key a cut could leave behind: 8 characters or more must never appear. */
    private static final String KEY_PIECE = TestSupport.KEY.substring(0, 8);

    private static IonQClient client(HostileServer server, UnaryOperator<IonQConfig.Builder> more) {
        return IonQClient.create(more.apply(IonQConfig.builder()
                .apiKey(TestSupport.KEY)
                .baseUrl(server.baseUrl())
                .maxAttempts(2)
                .retryBackoff(Duration.ofMillis(1), Duration.ofMillis(5))
                .maxRetryAfter(Duration.ofMillis(20))
                .maxRetryTime(Duration.ofSeconds(4))
                .requestTimeout(Duration.ofSeconds(1))
                .connectTimeout(Duration.ofSeconds(2))
                .awaitTimeout(Duration.ofSeconds(3))
                .pollInterval(Duration.ofMillis(10))
                .maxPollInterval(Duration.ofMillis(50))).build());
    }

    private static IonQClient client(HostileServer server) {
        return client(server, b -> b);
    }

    private static void assertClean(Throwable failure) {
        assertThat(failure).isNotNull();
        KeyLeakGuard.assertNoKeyIn(failure);
        assertThat(KeyLeakGuard.stackTrace(failure)).doesNotContain(KEY_PIECE);
        assertThat(KeyLeakGuard.lines()).allSatisfy(l -> assertThat(l).doesNotContain(KEY_PIECE));
    }

    // ---- 1: bodies read without bound or deadline --------------------------------------------------

    /** Headers at once, then one byte a second of a 100,000-byte body. */
    private static HostileServer trickling() {
        return new HostileServer((request, out) -> {
            out.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{");
            while (true) {
                Thread.sleep(1000);
                out.write(" ");
            }
        });
    }

    @Test
    void aTricklingBodyEndsAtTheRequestTimeout() throws InterruptedException {
        try (HostileServer server = trickling()) {
            Throwable failure = catchThrowable(() -> client(server).getJob(ID));
            assertThat(failure).isInstanceOf(IonQConnectionException.class)
                    .hasMessageContaining("Could not get job " + ID + ": the response body from http://127.0.0.1:")
                    .hasMessageContaining("did not arrive in time after 2 attempts")
                    .hasMessageContaining("the body was still arriving after 1s")
                    .hasMessageContaining("ionq.http.request-timeout");
            assertThat(server.awaitHangUp(10)).as("the client closed the connection").isTrue();
            assertClean(failure);
        }
    }

    @Test
    void theAwaitTimeoutIsAHardWallForATricklingListing() {
        try (HostileServer server = trickling()) {
            // the request timeout is longer than the await: the await's deadline must cut the exchange
            AwaitResult result = client(server, b -> b.requestTimeout(Duration.ofMinutes(10)))
                    .awaiter().timeout(Duration.ofSeconds(2)).await(List.of(ID));
            AwaitedJob job = result.jobs().get(0);
            assertThat(job.outcome()).isEqualTo(AwaitOutcome.TIMED_OUT);
            assertThat(job.lastError()).hasMessageContaining("did not arrive in time");
        }
    }

    @Test
    void anEndlessChunkedBodyStopsAtTheJobJsonLimit() throws InterruptedException {
        String chunk = Integer.toHexString(32 * 1024) + "\r\n" + " ".repeat(32 * 1024) + "\r\n";
        try (HostileServer server = new HostileServer((request, out) -> {
            out.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
            while (true) {
                out.write(chunk);
            }
        })) {
            Throwable failure = catchThrowable(() -> client(server, b -> b.maxResponseSize(1 << 20)).getJob(ID));
            assertThat(failure).isInstanceOf(IonQResponseException.class)
                    .hasMessageStartingWith("Could not get job " + ID + ": the response body grew past 1MiB, the"
                            + " limit for job JSON (ionq.http.max-response-size), so reading stopped after ")
                    .hasMessageContaining("raise ionq.http.max-response-size (IonQConfig.Builder.maxResponseSize)");
            assertThat(server.awaitHangUp(10)).as("the client closed the connection").isTrue();
            assertThat(server.requests()).hasSize(1);   // not retried: the same body would come again
            assertClean(failure);
        }
    }

    @Test
    void aHugeResultIsNotReadPastTheLimitScaledToTheJobsQubits() throws InterruptedException {
        byte[] block = new byte[64 * 1024];
        try (HostileServer server = new HostileServer((request, out) -> {
            if (request.startsWith("GET /v0.4/jobs/" + ID + " ")) {
                out.respond(200, "application/json", HostileServer.job(ID, "completed", 2));
                return;
            }
            out.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 200000000\r\n\r\n");
            for (long sent = 0; sent < 200_000_000L; sent += block.length) {
                out.write(block);
            }
        })) {
            IonQClient client = client(server);
            Job job = client.getJob(ID);
            Throwable failure = catchThrowable(() -> client.getProbabilities(job));
            assertThat(failure).isInstanceOf(IonQResponseException.class)
                    .hasMessageContaining("the response body grew past " + ((1 << 20) + 4 * 96) + " bytes, the limit"
                            + " for this result (scaled to the job's qubits and shots, at most ionq.http.max-result-size)")
                    .hasMessageContaining("raise ionq.http.max-result-size (IonQConfig.Builder.maxResultSize)");
            assertThat(server.awaitHangUp(10)).isTrue();
            assertThat(server.written()).as("bytes the server could write before the client hung up")
                    .isLessThan(64L << 20);
            assertClean(failure);
        }
    }

    // ---- 2: the key echoed back --------------------------------------------------------------------

    @Test
    void aKeyEchoedInHeadersIsScrubbed() {
        try (HostileServer server = new HostileServer((request, out) -> out.respond(
                request.contains("/jobs/" + ID) ? 500 : 200, "text/html; charset=" + TestSupport.KEY,
                "<html>not json</html>", "x-request-id: " + TestSupport.KEY))) {
            IonQClient client = client(server);
            Throwable error = catchThrowable(() -> client.getJob(ID));
            assertThat(error).isInstanceOf(IonQServerException.class).hasMessageContaining("(x-request-id ****)")
                    .hasMessageContaining("text/html; charset=****");
            assertThat(((IonQException) error).requestId()).isEqualTo("****");
            assertClean(error);
            Throwable badBody = catchThrowable(() -> client.getJobs(List.of(OTHER)));
            assertThat(badBody).isInstanceOf(IonQResponseException.class).hasMessageContaining("(x-request-id ****)");
            assertClean(badBody);
        }
    }

    @Test
    void aKeyEchoedInAnInvalidStatusLineIsScrubbedFromTheCause() {
        try (HostileServer server = new HostileServer((request, out) ->
                out.write("HTTP/1.1 2x0 " + TestSupport.KEY + "\r\nContent-Length: 0\r\n\r\n"))) {
            Throwable failure = catchThrowable(() -> client(server).getJob(ID));
            assertThat(failure).isInstanceOf(IonQConnectionException.class)
                    .hasMessageContaining("ProtocolException").hasMessageContaining("****");
            assertThat(failure.getCause()).isNotNull().hasMessageStartingWith("java.net.ProtocolException: ");
            assertClean(failure);
        }
    }

    @Test
    void aKeyEchoedAsAJobStatusIsNeverQuoted() {
        try (HostileServer server = new HostileServer((request, out) -> out.respond(200, "application/json",
                request.contains("ids=") ? "{\"jobs\":[" + HostileServer.job(ID, TestSupport.KEY, 1) + "]}"
                        : HostileServer.job(ID, TestSupport.KEY, 1)))) {
            Throwable failure = catchThrowable(() -> client(server).awaiter().timeout(Duration.ofSeconds(1))
                    .awaitOne(ID));
            assertThat(failure).hasMessageContaining("with a status that is not one (\"****\")");
            assertClean(failure);
        }
    }

    /**
     * A server that echoes the key in a job's name, metadata and failure message: the data stays intact for the
     * caller, but {@code toString()}, the summaries, the awaiter's report and the client's exceptions withhold it.
     */
    @Test
    void aKeyEchoedInAJobsNameMetadataOrFailureIsWithheldFromEveryTextButKeptInTheData() {
        String key = TestSupport.KEY;
        String body = "{\"id\":\"" + ID + "\",\"status\":\"failed\",\"type\":\"ionq.circuit.v1\","
                + "\"backend\":\"simulator\",\"name\":\"run " + key + "\",\"metadata\":{\"" + key + "\":\"v\","
                + "\"suite\":\"ci\"},\"failure\":{\"code\":\"CompilationError\",\"message\":\"bad key "
                + key + "\"}}";
        try (HostileServer server = new HostileServer((request, out) -> out.respond(200, "application/json",
                request.startsWith("GET /v0.4/jobs/") ? body : "{\"jobs\":[" + body + "],\"next\":null}"))) {
            IonQClient client = client(server);
            Job job = client.getJob(ID);
            assertThat(job.name()).isEqualTo("run " + key);
            assertThat(job.metadata()).containsEntry(key, "v");
            assertThat(job.failure().message()).isEqualTo("bad key " + key);
            assertThat(job.fieldsQuotingApiKey()).containsExactlyInAnyOrder("name", "metadata", "failure");
            assertThat(job.toString()).doesNotContain(KEY_PIECE).contains("name=" + Job.WITHHELD)
                    .contains("backend=simulator");
            assertThat(job.summary()).doesNotContain(KEY_PIECE).isEqualTo(ID + " [failed] on simulator failure "
                    + Job.WITHHELD);
            assertThat(job.failureSummary()).isEqualTo(Job.WITHHELD);
            AwaitResult awaited = client.awaiter().await(List.of(ID));
            assertThat(awaited.jobs().get(0).summary()).doesNotContain(KEY_PIECE).contains(Job.WITHHELD);
            assertThat(awaited.summary()).doesNotContain(KEY_PIECE);
            assertThat(awaited.jobs().get(0).job().name()).isEqualTo("run " + key);
            assertClean(catchThrowable(() -> client.getProbabilities(job)));
            assertThat(client.listJobs(io.github.ionqci.client.job.JobQuery.all()).jobs().get(0).toString())
                    .doesNotContain(KEY_PIECE);
        }
    }

    @Test
    void aKeyEchoedAsAJobIdInAListingIsNoJobAndIsNeverQuoted() {
        try (HostileServer server = new HostileServer((request, out) -> out.respond(200, "application/json",
                "{\"jobs\":[" + HostileServer.job(TestSupport.KEY, "completed", 1) + ","
                        + HostileServer.job(ID, "completed", 1) + "],\"next\":null}"))) {
            io.github.ionqci.client.job.JobPage page = client(server).listJobs(io.github.ionqci.client.job.JobQuery.all());
            assertThat(page.jobs()).extracting(Job::id).containsExactly(ID);
            assertThat(page.unreadable()).singleElement().asString().contains("a job whose \"id\" is not one (\"****\")")
                    .doesNotContain(KEY_PIECE);
            assertThat(KeyLeakGuard.lines()).allSatisfy(l -> assertThat(l).doesNotContain(KEY_PIECE));
        }
    }

    /**
     * Long texts with the key placed so that each cut of the client (a 500-character IonQ message, a
     * 200-character snippet, the first 800 bytes of a page, a 160-character Jackson message) falls
     * inside it, leaving 14 or 20 of its characters.
     */
    static List<String> longBodiesCutInsideTheKey() {
        String key = TestSupport.KEY;
        return IntStream.of(14, 20).boxed().flatMap(piece -> List.of(
                "{\"error\":\"x\",\"message\":\"" + "m".repeat(500 - piece) + key + "\"}",
                "<html>" + "h".repeat(200 - 6 - piece) + key + "</html>",
                "<html>\n" + "  \n".repeat(250) + "x".repeat(800 - 7 - 750 - piece) + key + "</html>",
                "{\"id\":\"" + ID + "\",\"status\":\"completed\",\"stats\":{\"qubits\":\""
                        + "q".repeat(160 - 66 - piece) + key + "\"}}").stream()).toList();
    }

    @ParameterizedTest
    @MethodSource("longBodiesCutInsideTheKey")
    void aCutNeverLeavesAPieceOfTheKey(String body) {
        boolean job = body.startsWith("{\"id\"");
        try (HostileServer server = new HostileServer((request, out) -> out.respond(job ? 200 : 502,
                body.startsWith("<") ? "text/html" : "application/json",
                job && request.contains("ids=") ? "{\"jobs\":[" + body + "]}" : body))) {
            // a job whose field cannot be read is returned; reading the field fails, quoting it scrubbed
            Throwable failure = job ? catchThrowable(() -> client(server).getJobs(List.of(ID)).get(ID).stats())
                    : catchThrowable(() -> client(server).getJobs(List.of(ID)));
            assertThat(failure).isInstanceOf(job ? IllegalStateException.class : IonQException.class);
            assertClean(failure);
        }
    }

    // ---- 6: result counts and states ---------------------------------------------------------------

    @Test
    void resultsThatOverflowOrDoNotFitTheJobAreRejected() {
        String max = Long.toString(Long.MAX_VALUE);
        try (HostileServer server = new HostileServer((request, out) -> out.respond(200, "application/json",
                request.contains("/histogram") ? "{\"0\":" + max + ",\"1\":" + max + "}"
                        : request.contains("/probabilities") ? "{\"0\":0.5,\"4\":0.5}"
                        : HostileServer.job(ID, "completed", 1)))) {
            IonQClient client = client(server);
            Job job = client.getJob(ID);
            assertThat(catchThrowable(() -> client.getHistogram(job))).isInstanceOf(IonQResponseException.class)
                    .hasMessageContaining("The counts add up to more than 9223372036854775807 shots");
            assertThat(catchThrowable(() -> client.getProbabilities(job))).isInstanceOf(IonQResponseException.class)
                    .hasMessageContaining("basis state 4, which needs more than the job's 1 qubit (states 0 to 1)");
        }
    }

    // ---- 7: endless paging -------------------------------------------------------------------------

    @Test
    void endlessPagingEndsWithinTheRetryTime() {
        AtomicInteger pages = new AtomicInteger();
        // each page token also echoes the key: it goes back to the server (the same origin) but into no log line
        try (HostileServer server = new HostileServer((request, out) -> out.respond(200, "application/json",
                "{\"jobs\":[],\"next\":\"" + TestSupport.KEY + "-" + pages.incrementAndGet() + "\"}"))) {
            Throwable failure = catchThrowable(() -> client(server, b -> b.maxRetryTime(Duration.ofSeconds(2)))
                    .getJobs(List.of(ID, OTHER)));
            assertThat(failure).isInstanceOf(IonQResponseException.class)
                    .hasMessageContaining("the listing was still sending new pages (\"next\" tokens) after ")
                    .hasMessageContaining("IonQConfig.Builder.maxRetryTime");
            assertThat(pages.get()).isLessThan(10_000);
            assertThat(KeyLeakGuard.lines()).anySatisfy(l -> assertThat(l).contains("&next=****-"));
            assertClean(failure);
        }
    }

    // ---- 8: transient 4xx, malformed and missing jobs in a listing ---------------------------------

    @ParameterizedTest
    @ValueSource(ints = {408, 425})
    void aProxysTransient4xxIsRetriedInsteadOfEndingTheAwait(int status) {
        AtomicInteger calls = new AtomicInteger();
        try (HostileServer server = new HostileServer((request, out) -> {
            if (calls.incrementAndGet() <= 5) {
                out.respond(status, "text/html", "<html>proxy says " + status + "</html>");
            } else {
                out.respond(200, "application/json", "{\"jobs\":[" + HostileServer.job(ID, "completed", 1) + "]}");
            }
        })) {
            AwaitResult result = client(server).awaiter().timeout(Duration.ofSeconds(20)).await(List.of(ID));
            assertThat(result.jobs().get(0).outcome()).isEqualTo(AwaitOutcome.COMPLETED);
            assertThat(calls.get()).isEqualTo(6);
        }
    }

    @Test
    void aJobMalformedInOrMissingFromAListingIsFetchedAlone() {
        try (HostileServer server = new HostileServer((request, out) -> {
            if (request.contains("ids=")) {
                out.respond(200, "application/json", "{\"jobs\":[{\"id\":\"" + ID
                        + "\",\"status\":\"completed\",\"failure\":\"not an object\"}],\"next\":null}");
            } else if (request.startsWith("GET /v0.4/jobs/" + ID + " ")) {
                out.respond(200, "application/json", HostileServer.job(ID, "completed", 1));
            } else {
                out.respond(200, "application/json", HostileServer.job(OTHER, "running", 1));
            }
        })) {
            Map<String, Job> jobs = client(server).getJobs(List.of(ID, OTHER));
            assertThat(jobs).containsOnlyKeys(ID, OTHER);
            assertThat(jobs.get(ID).isCompleted()).isTrue();
            assertThat(server.requests()).containsExactly("GET /v0.4/jobs?ids=" + ID + "&ids=" + OTHER + " HTTP/1.1",
                    "GET /v0.4/jobs/" + ID + " HTTP/1.1", "GET /v0.4/jobs/" + OTHER + " HTTP/1.1");
        }
    }
}
