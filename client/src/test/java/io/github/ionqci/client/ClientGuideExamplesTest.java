package io.github.ionqci.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ionqci.client.await.AwaitOutcome;
import io.github.ionqci.client.await.AwaitResult;
import io.github.ionqci.client.await.AwaitedJob;
import io.github.ionqci.client.await.JobTimeoutException;
import io.github.ionqci.client.await.PollInterval;
import io.github.ionqci.client.backend.Backend;
import io.github.ionqci.client.cost.CostEstimate;
import io.github.ionqci.client.cost.EstimateRequest;
import io.github.ionqci.client.cost.JobCost;
import io.github.ionqci.client.session.Session;
import io.github.ionqci.client.session.SessionLimits;
import io.github.ionqci.client.job.AggregationMethod;
import io.github.ionqci.client.job.DebiasingVariant;
import io.github.ionqci.client.job.Job;
import io.github.ionqci.client.job.JobPage;
import io.github.ionqci.client.job.JobQuery;
import io.github.ionqci.client.job.JobStatus;
import io.github.ionqci.client.job.NativeCircuit;
import io.github.ionqci.client.job.SymmetryVerification;
import io.github.ionqci.client.request.Circuit;
import io.github.ionqci.client.request.JobRequest;
import io.github.ionqci.client.result.Bitstrings;
import io.github.ionqci.client.result.Histogram;
import io.github.ionqci.client.result.Probabilities;
import io.github.ionqci.emulator.EmulatedJob;
import io.github.ionqci.emulator.IonQEmulator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The snippets of docs/client.md, run against the emulator; {@link #everySnippetIsShownInTheGuide} keeps the two in step. */
class ClientGuideExamplesTest {

    private static IonQEmulator emulator;

    @BeforeAll
    static void start() {
        emulator = TestSupport.emulator();
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    /** Each {@code // --- snippet: name} block of this class is in docs/client.md as it is here, line by line. */
    @Test
    void everySnippetIsShownInTheGuide() throws IOException {
        String source = Files.readString(Path.of(
                "src/test/java/io/github/ionqci/client/ClientGuideExamplesTest.java"));
        String guide = stripped(Files.readString(Path.of("../docs/client.md")));
        Matcher snippet = Pattern.compile("// --- snippet: (\\S+)\\n(.*?)// --- end",
                Pattern.DOTALL).matcher(source);
        int checked = 0;
        while (snippet.find()) {
            assertThat(guide).as("docs/client.md shows the snippet %s", snippet.group(1))
                    .contains(stripped(snippet.group(2)));
            checked++;
        }
        assertThat(checked).as("snippets checked").isGreaterThanOrEqualTo(10);
    }

    /** The lines without their indentation, so a snippet matches however deep it is nested. */
    private static String stripped(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty())
                .collect(Collectors.joining("\n", "\n", "\n"));
    }

    @Test
    void fetchAwaitAndReadResults() {
        String id = emulator.jobs().add(EmulatedJob.completed().qubits(2).shots(1000).backend("qpu.aria-1")
                .histogram(Map.of(0L, 498L, 3L, 502L)).lifecycle(Duration.ofMillis(30), Duration.ofMillis(30)));
        // --- snippet: quick-start
        IonQClient client = IonQClient.builder()
                .baseUrl(emulator.baseUrl())          // default https://api.ionq.co/v0.4
                .apiKey(emulator.apiKey())            // default: ionq.api-key / IONQ_API_KEY
                .build();
        Job job = client.awaiter().awaitOne(id);      // polls until completed, failed or canceled
        if (job.isCompleted()) {
            Probabilities p = client.getProbabilities(job);
            double bell = p.probability("00") + p.probability("11");   // qubit 0 is the rightmost bit
            Histogram counts = client.getHistogram(job);
            long both = counts.count(0b11);                          // or by IonQ's decimal state: 3
            // --- end
            assertThat(bell).isEqualTo(1.0);
            assertThat(both).isEqualTo(502);
        }
    }

    @Test
    void awaitManyJobs() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(emulator.jobs().add(EmulatedJob.completed().lifecycle(Duration.ofMillis(20), Duration.ofMillis(20))));
        }
        ids.add(emulator.jobs().add(EmulatedJob.failed("NotEnoughQubits", "The circuit needs 40 qubits.")));
        IonQClient client = IonQClient.builder().baseUrl(emulator.baseUrl()).apiKey(emulator.apiKey()).build();
        List<String> lines = new ArrayList<>();
        // --- snippet: await-many
        AwaitResult result = client.awaiter()
                .timeout(Duration.ofMinutes(10))
                .pollInterval(PollInterval.growing(Duration.ofMillis(50), 1.5, Duration.ofSeconds(30)))
                .onProgress(progress -> lines.add(progress.summary()))
                .await(ids);                                  // one GET /jobs?ids=… per page and round
        for (AwaitedJob j : result.jobs(AwaitOutcome.FAILED)) {
            lines.add(j.id() + " failed: " + j.job().failure());   // code and IonQ's message
        }
        boolean green = result.allCompleted();
        // --- end
        assertThat(green).isFalse();
        assertThat(result.jobs()).hasSize(6);
        assertThat(lines).last().asString().endsWith(" failed: NotEnoughQubits: The circuit needs 40 qubits.");
        assertThat(lines.get(0)).startsWith("round 1, ");
    }

    @Test
    void configuration() {
        System.setProperty("ionq.await.timeout", "30s");
        try {
            // --- snippet: configuration
            IonQConfig config = IonQConfig.builder()
                    .baseUrl(emulator.baseUrl())          // explicit values win over everything
                    .apiKey(emulator.apiKey())
                    .fromEnvironment()                    // then -Dionq.… system properties, then IONQ_… variables
                    .build();                             // then the defaults
            IonQClient client = IonQClient.create(config);
            // --- end
            assertThat(client.config().awaitTimeout()).isEqualTo(Duration.ofSeconds(30));
            assertThat(client.toString()).doesNotContain(emulator.apiKey());
        } finally {
            System.clearProperty("ionq.await.timeout");
        }
    }

    @Test
    void errors() {
        IonQClient client = IonQClient.builder().baseUrl(emulator.baseUrl()).apiKey(emulator.apiKey()).build();
        String slow = emulator.jobs().add(EmulatedJob.completed().lifecycle(Duration.ofMinutes(5), Duration.ofMinutes(1)));
        List<String> messages = new ArrayList<>();
        // --- snippet: errors
        try {
            client.awaiter().timeout(Duration.ofMillis(200)).awaitOne(slow);
        } catch (JobTimeoutException e) {
            messages.add(e.jobId() + " still " + e.lastStatus() + ", predicted wait " + e.predictedWait());
        } catch (IonQNotFoundException e) {
            messages.add("wrong id or project: " + e.getMessage());
        } catch (IonQException e) {
            messages.add("HTTP " + e.statusCode() + ", request " + e.requestId() + ": " + e.getMessage());
        }
        // --- end
        assertThat(messages).singleElement().asString().startsWith(slow + " still ");
    }

    @Test
    void bitOrder() {
        // --- snippet: bit-order
        String bits = Bitstrings.of(1, 3);          // "001": state 1 = qubit 0 set, written rightmost
        long state = Bitstrings.parse("110");       // 6: qubits 1 and 2 set
        // --- end
        assertThat(bits).isEqualTo("001");
        assertThat(state).isEqualTo(6);
    }

    @Test
    void typedRequestsAndTheRestOfTheApi() {
        IonQClient client = IonQClient.builder().baseUrl(emulator.baseUrl()).apiKey(emulator.apiKey()).build();
        // --- snippet: typed-requests
        SubmittedJob bell = client.submit(JobRequest.circuit(Circuit.qis(2).h(0).cnot(0, 1))
                .backend("simulator").shots(1000).noise("aria-1", 7)
                .name("bell").metadata(Map.of("suite", "ci")));
        SubmittedJob copy = client.cloneJob(bell.id(), JobRequest.changes().backend("qpu.aria-1").shots(500));
        List<Backend> backends = client.getBackends();
        double twoQubitFidelity = client.getCharacterizations("qpu.aria-1").get(0).fidelity().twoQubit().median();
        String keyName = client.whoami().keyName();
        List<String> canceled = client.cancel(List.of(bell.id(), copy.id()));
        try {
            client.submit(JobRequest.circuit(Circuit.qis(1).h(0)).backend("qpu.nowhere"));
        } catch (IonQRequestException e) {
            List<String> wrong = e.validation().map(IonQRequestException.Validation::keys).orElse(List.of());
            // --- end
            assertThat(wrong).containsExactly("backend");
        }
        assertThat(backends).isNotEmpty();
        assertThat(twoQubitFidelity).isEqualTo(0.9867);
        assertThat(keyName).isNotBlank();
        assertThat(canceled).hasSize(2);
    }

    @Test
    void listingJobsWithFilters() {
        IonQClient client = IonQClient.builder().baseUrl(emulator.baseUrl()).apiKey(emulator.apiKey()).build();
        emulator.jobs().add(EmulatedJob.failed("QuotaExhaustedError", "Out of credits.").backend("qpu.aria-1"));
        List<String> lines = new ArrayList<>();
        // --- snippet: list-jobs
        JobPage failed = client.listJobs(JobQuery.all().status(JobStatus.FAILED).backends("qpu.aria-1").limit(50));
        for (Job job : failed.jobs()) {
            lines.add(job.summary());                      // id, status, backend and failure
        }
        String nextPage = failed.next();                   // null on the last page; else JobQuery.next(nextPage)
        List<Job> everyJob = client.listAllJobs(JobQuery.all().limit(100)).jobs();   // follows next, bounded
        // --- end
        // the emulator filters by status but not by target (it ignores that parameter)
        assertThat(lines).allSatisfy(l -> assertThat(l).contains("[failed]"))
                .anySatisfy(l -> assertThat(l).contains("[failed] on qpu.aria-1 failure QuotaExhaustedError: Out of credits."));
        assertThat(nextPage).isNull();
        assertThat(everyJob).hasSizeGreaterThanOrEqualTo(lines.size());
    }

    @Test
    void resultsOfJobTypesTheClientDoesNotModel() {
        IonQClient client = IonQClient.builder().baseUrl(emulator.baseUrl()).apiKey(emulator.apiKey()).build();
        String id = emulator.jobs().add(EmulatedJob.completed().type("quantum-function").id("0e000000-0000-4000-8000-"
                + "0000000000f2").rawJson("{\"id\":\"0e000000-0000-4000-8000-0000000000f2\",\"status\":\"completed\","
                + "\"type\":\"quantum-function\",\"output\":{},\"results\":{\"value\":-1.12,\"variance\":31.2}}"));
        // --- snippet: raw-results
        Job job = client.getJob(id);                                       // a quantum-function or QAOA job
        Map<String, Object> results = job.results().raw();                // {"value": -1.12, "variance": 31.2}
        double value = ((Number) results.get("value")).doubleValue();
        String asJson = job.results().json();                              // or the JSON text
        // --- end
        assertThat(value).isEqualTo(-1.12);
        assertThat(asJson).contains("\"variance\":31.2");
    }

    @Test
    void compiledCircuitsAggregationsAndRegisters() {
        IonQClient client = IonQClient.builder().baseUrl(emulator.baseUrl()).apiKey(emulator.apiKey()).build();
        // --- snippet: compiled-and-aggregations
        SubmittedJob bell = client.submit(JobRequest.circuit(Circuit.qis(2).h(0).cnot(0, 1))
                .backend("qpu.aria-1").shots(1000)              // debiased: IonQ's default from 500 shots on a QPU
                .symmetryVerification(true));
        Job job = client.awaiter().awaitOne(bell.id());
        NativeCircuit compiled = client.getCompiledCircuit(job);          // output.compilation.compiled_circuits
        long msGates = compiled.gateCounts().getOrDefault("ms", 0L);      // "ionq.native.v1": gpi, gpi2, ms, zz
        List<DebiasingVariant> variants = job.debiasingVariants();        // qubit_map, shots, results of each
        Histogram variantCounts = client.getHistogram(job, variants.get(0));
        Histogram average = client.getAggregation(job, AggregationMethod.AVERAGE);  // output.error_mitigation.aggregations
        Histogram voted = client.getAggregation(job, AggregationMethod.VOTING);     // one vote per variant
        Probabilities sharpened = client.getProbabilities(job, true);     // the vote, normalised
        SymmetryVerification sv = job.output().errorMitigation().symmetryVerification();
        Map<String, Probabilities> registers = client.getProbabilityRegisters(job);  // v2 registers; v1: "output_all"
        // --- end
        assertThat(msGates).isEqualTo(1);
        assertThat(variantCounts.total()).isEqualTo(variants.get(0).shots().longValue());
        assertThat(average.total()).isEqualTo(1000);
        assertThat(voted.total()).isEqualTo(1000);
        assertThat(sharpened.probability(voted.mostLikelyState())).isCloseTo(   // counts: the vote in whole shots
                voted.count(voted.mostLikelyState()) / 1000.0, org.assertj.core.data.Offset.offset(1e-3));
        assertThat(sv.numAllowedStates()).isEqualTo(2.0);
        assertThat(registers.get("output_all").asStateMap()).isEqualTo(client.getProbabilities(job).asStateMap());
    }

    @Test
    void costsEstimatesAndSessions() {
        IonQClient client = IonQClient.builder().baseUrl(emulator.baseUrl()).apiKey(emulator.apiKey()).build();
        // --- snippet: costs-and-sessions
        CostEstimate estimate = client.estimate(EstimateRequest.of("qpu.forte-1", 2, 1000, 1, 1));  // qubits, shots, 1q, 2q gates
        Session session = client.createSession("qpu.forte-1", new SessionLimits(2, 30, null));     // jobs, minutes, cost
        SubmittedJob job = client.submit(JobRequest.circuit(Circuit.qis(2).h(0).cnot(0, 1))
                .backend("qpu.forte-1").shots(1000).sessionId(session.id()));
        List<Job> inSession = client.getSessionJobs(session.id());
        JobCost cost = client.getCost(job.id());                       // estimated now, stated once it ran
        client.endSession(session.id());
        // --- end
        assertThat(estimate.total().value()).isPositive();
        assertThat(inSession).extracting(Job::id).containsExactly(job.id());
        assertThat(cost.estimated()).isNotNull();
        assertThat(client.getSession(session.id()).active()).isFalse();
    }
}
