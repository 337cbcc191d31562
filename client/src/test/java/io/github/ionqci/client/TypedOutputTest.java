package io.github.ionqci.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.within;

import io.github.ionqci.client.job.AggregationMethod;
import io.github.ionqci.client.job.CircuitJobStats;
import io.github.ionqci.client.job.DebiasingVariant;
import io.github.ionqci.client.job.ErrorMitigationOutput;
import io.github.ionqci.client.job.Job;
import io.github.ionqci.client.job.JobStatus;
import io.github.ionqci.client.job.NativeCircuit;
import io.github.ionqci.client.job.NativeGate;
import io.github.ionqci.client.job.SymmetryVerification;
import io.github.ionqci.client.request.Circuit;
import io.github.ionqci.client.request.JobRequest;
import io.github.ionqci.client.result.Histogram;
import io.github.ionqci.client.result.Probabilities;
import io.github.ionqci.client.result.Shots;
import io.github.ionqci.emulator.EmulatedJob;
import io.github.ionqci.emulator.RecordedRequest;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The September 2026 job output read from jobs the emulator really ran, over HTTP: compiled circuits
 * ({@code ionq.native.v1}), debiasing variants and aggregations of QPU-backend jobs, symmetry verification,
 * {@code sharpen}, and the v2 register results beside v1. IonQ's own v2-only example job is read in
 * {@link SpecExampleJobTest}.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class TypedOutputTest extends EmulatorTestBase {

    @BeforeEach
    void reset() {
        emulator.control().reset();
        emulator.requests().reset();
    }

    /** @return a new Bell-pair circuit (a circuit is a builder: each job gets its own) */
    private static Circuit bell() {
        return Circuit.qis(2).h(0).cnot(0, 1);
    }

    private static Job run(JobRequest request) {
        return client.awaiter().timeout(Duration.ofSeconds(60)).awaitOne(client.submit(request).id());
    }

    @Test
    void aDebiasedQpuJobReportsItsVariantsAndAggregations() {
        Job job = run(JobRequest.circuit(bell()).backend("qpu.aria-1").shots(1000));
        assertThat(job.status()).isEqualTo(JobStatus.COMPLETED);
        assertThat(job.settings().errorMitigation().debiasing().enabled()).isTrue();   // IonQ's default at 1000 shots
        ErrorMitigationOutput mitigation = job.output().errorMitigation();
        assertThat(mitigation.debiasing().aggregationMethod()).isEqualTo("average");
        assertThat(mitigation.symmetryVerification()).isNull();                      // not asked for

        List<DebiasingVariant> variants = job.debiasingVariants();
        assertThat(variants).hasSizeGreaterThan(1);
        assertThat(variants.stream().mapToInt(DebiasingVariant::shots).sum()).isEqualTo(1000);
        assertThat(variants).allSatisfy(v -> assertThat(v.qubitMap()).hasSize(2).doesNotHaveDuplicates());
        assertThat(variants).extracting(DebiasingVariant::qubitMap).doesNotHaveDuplicates();

        assertThat(mitigation.aggregations().available()).containsOnlyKeys(AggregationMethod.AVERAGE,
                AggregationMethod.VOTING);
        Map<Long, Long> summed = new HashMap<>();
        Map<Long, Double> votes = new HashMap<>();
        for (DebiasingVariant variant : variants) {
            Histogram counts = client.getHistogram(job, variant);
            assertThat(counts.total()).isEqualTo(variant.shots().longValue());
            counts.asStateMap().keySet().forEach(s -> summed.merge(s, counts.count(s), Long::sum));
            Set<Long> modes = modes(counts);                       // a tie splits the variant's vote
            modes.forEach(s -> votes.merge(s, 1.0 / modes.size(), Double::sum));
        }
        Histogram average = client.getAggregation(job, AggregationMethod.AVERAGE);
        assertThat(counts(average)).isEqualTo(summed).isEqualTo(counts(client.getHistogram(job)));

        Histogram voting = client.getAggregation(job, AggregationMethod.VOTING);
        assertThat(voting.total()).isEqualTo(1000);
        assertThat(voting.asStateMap().keySet()).isSubsetOf(votes.keySet());
        votes.forEach((state, vote) -> assertThat((double) voting.count(state))
                .as("votes for state %d scaled to the shots", state).isCloseTo(vote * 1000 / variants.size(), within(1.0)));

        // sharpened: each state's share of the votes, which the voting counts round to whole shots
        Probabilities sharpened = client.getProbabilities(job, true);
        assertThat(sharpened.asStateMap().keySet()).isEqualTo(votes.keySet()).isEqualTo(voting.asStateMap().keySet());
        votes.forEach((state, vote) -> assertThat(sharpened.probability(state))
                .isCloseTo(vote / variants.size(), within(1e-12))
                .isCloseTo(voting.count(state) / 1000.0, within(1 / 1000.0)));
        Probabilities unsharpened = client.getProbabilities(job, false);
        summed.forEach((s, n) -> assertThat(unsharpened.probability(s)).isCloseTo(n / 1000.0, within(1e-12)));
        assertThat(TestSupport.settledRequests(emulator)).filteredOn(r -> r.query() != null && r.query().contains("sharpen"))
                .extracting(r -> r.path() + "?" + r.query()).containsExactly(
                        "/v0.4/jobs/" + job.id() + "/results/probabilities?sharpen=true",
                        "/v0.4/jobs/" + job.id() + "/results/probabilities?sharpen=false");

        Throwable none = catchThrowable(() -> client.getAggregation(job, AggregationMethod.MAJORITY));
        assertThat(none).isInstanceOf(IonQResponseException.class)
                .hasMessageContaining("the job lists no majority aggregation in output.error_mitigation.aggregations"
                        + " (listed: average, voting)");
    }

    @Test
    void symmetryVerificationCountsTheStatesTheCircuitAllows() {
        Job job = run(JobRequest.circuit(bell()).backend("qpu.aria-1").shots(1000).symmetryVerification(true));
        assertThat(job.settings().errorMitigation().symmetryVerification()).isTrue();
        // the emulator counts the allowed states (00 and 11) and does not discard the others
        assertThat(job.output().errorMitigation().symmetryVerification()).isEqualTo(new SymmetryVerification(2.0, false));
        assertThat(job.debiasingVariants()).isNotEmpty();
    }

    @Test
    void theCompiledCircuitIsTheBackendsNativeGatesAsCountedInStats() {
        Job job = run(JobRequest.circuit(bell()).backend("qpu.aria-1").shots(1000));
        NativeCircuit compiled = client.getCompiledCircuit(job);
        assertThat(compiled.qubits()).isEqualTo(2);
        assertThat(compiled.gateCounts()).containsEntry("ms", 1L).doesNotContainKey("zz");   // one CNOT: one MS
        assertThat(compiled.circuit()).filteredOn(g -> g.gate().equals("ms"))
                .singleElement().extracting(NativeGate::targets).isEqualTo(List.of(0, 1));
        assertGateCountsMatchStats(compiled, job.stats());

        Job forte = run(JobRequest.circuit(bell()).backend("qpu.forte-1").shots(100));   // under 500 shots: not debiased
        NativeCircuit zz = client.getCompiledCircuit(forte);
        assertThat(zz.gateCounts()).containsEntry("zz", 1L).doesNotContainKey("ms");
        assertGateCountsMatchStats(zz, forte.stats());
        assertThat(forte.debiasingVariants()).isEmpty();
    }

    @Test
    void aDryRunListsItsCompiledCircuitAndIsNotDebiased() {
        emulator.control().queueing(Duration.ofHours(1));             // the circuit is listed before the job runs
        SubmittedJob submitted = client.submit(JobRequest.circuit(bell()).backend("qpu.aria-1").shots(1000)
                .dryRun(true));
        Job job = client.getJob(submitted.id());
        assertThat(job.dryRun()).isTrue();
        assertThat(job.isCompleted()).isFalse();
        NativeCircuit compiled = client.getCompiledCircuit(job);
        assertThat(compiled.gateCounts()).containsEntry("ms", 1L);
        assertGateCountsMatchStats(compiled, job.stats());
        assertThat(job.debiasingVariants()).isEmpty();
    }

    @Test
    void eachCircuitOfAMultiCircuitJobIsCompiledAndDebiasedAsItsOwnChild() {
        Job awaited = run(JobRequest.circuits(bell().named("bell"), Circuit.qis(1).named("flip").x(0))
                .backend("qpu.aria-1").shots(1000));                 // awaited from a listing: no child ids
        Job parent = client.getJob(awaited.id());
        assertThat(parent.childJobIds()).hasSize(2);
        for (Job listedOrFetched : List.of(awaited, parent)) {
            assertThat(catchThrowable(() -> client.getCompiledCircuit(listedOrFetched)))
                    .isInstanceOf(IonQResponseException.class)
                    .hasMessageContaining("lists no ionq.native.v1 circuit in output.compilation.compiled_circuits"
                            + " (listed: none)")
                    .hasMessageContaining("compiled one per child job: read the compiled circuit of each of its children");
        }
        Map<Integer, Integer> twoQubitGatesByWidth = new HashMap<>();
        for (String id : parent.childJobIds()) {
            Job child = client.getJob(id);
            NativeCircuit compiled = client.getCompiledCircuit(child);
            assertGateCountsMatchStats(compiled, child.stats());
            twoQubitGatesByWidth.put(compiled.qubits(), compiled.gateCounts().getOrDefault("ms", 0L).intValue());
            assertThat(child.debiasingVariants()).isNotEmpty();
            assertThat(child.debiasingVariants().stream().mapToInt(DebiasingVariant::shots).sum()).isEqualTo(1000);
            assertThat(counts(client.getAggregation(child, AggregationMethod.AVERAGE)))
                    .isEqualTo(counts(client.getHistogram(child)));
        }
        assertThat(twoQubitGatesByWidth).containsOnly(Map.entry(2, 1), Map.entry(1, 0));

        // sharpened, each child's distribution is its vote (in the artifact form, read from each child's results
        // endpoint: that form has no sharpened aggregate)
        emulator.requests().reset();
        Map<String, io.github.ionqci.client.result.Probabilities> voted = client.getAggregateProbabilities(parent, true);
        assertThat(voted.keySet()).containsExactlyElementsOf(parent.childJobIds());
        for (String id : parent.childJobIds()) {
            assertThat(voted.get(id).asStateMap()).isEqualTo(client.getProbabilities(client.getJob(id), true).asStateMap());
        }
        assertThat(TestSupport.settledRequests(emulator)).extracting(r -> r.path() + "?" + r.query())
                .filteredOn(path -> path.endsWith("/results/probabilities?sharpen=true"))
                .hasSize((parent.results().artifacts().isEmpty() ? 1 : 2) * parent.childJobIds().size());
        Map<String, io.github.ionqci.client.result.Probabilities> averaged = client.getAggregateProbabilities(parent, false);
        assertThat(averaged.keySet()).containsExactlyElementsOf(parent.childJobIds());
    }

    /**
     * The v2 register results equal v1 state by state (bitstrings with qubit 0 rightmost, bit arrays with element
     * {@code i} = qubit {@code i}): on states that differ when reversed. The plain readers take v1, the register
     * readers v2.
     */
    @Test
    void aSimulatorJobIsCompiledAndItsV2RegistersEqualV1() {
        Job job = run(JobRequest.circuit(Circuit.qis(3).h(0).x(2)).backend("simulator").shots(200)
                .noise("aria-1", 11));                           // a noisy simulation has histograms and shots
        assertThat(job.debiasingVariants()).isEmpty();
        assertThat(catchThrowable(() -> client.getAggregation(job, AggregationMethod.VOTING)))
                .hasMessageContaining("(listed: none)");
        assertGateCountsMatchStats(client.getCompiledCircuit(job), job.stats());

        Probabilities v1 = client.getProbabilities(job);
        assertThat(v1.probability("100") + v1.probability("101")).isGreaterThan(0.8);   // states 4 and 5, noise aside
        Map<String, Probabilities> probabilities = client.getProbabilityRegisters(job);
        assertThat(probabilities).containsOnlyKeys("output_all");
        assertThat(probabilities.get("output_all").asStateMap()).isEqualTo(v1.asStateMap());
        Map<String, Histogram> histograms = client.getHistogramRegisters(job);
        assertThat(counts(histograms.get("output_all"))).isEqualTo(counts(client.getHistogram(job)));
        Map<String, Shots> shots = client.getShotRegisters(job);
        Shots v1Shots = client.getShots(job);
        assertThat(shots.get("output_all").toArray()).containsExactly(v1Shots.toArray());

        Map<String, String> formats = new HashMap<>();
        job.results().artifacts().values().forEach(a -> formats.put(a.id(), a.format()));
        job.output().compilation().compiledCircuits().values().forEach(a -> formats.put(a.id(), a.format()));
        // the URL form (-Dionq.emulator.results-form=url) lists no v2: there the register readers read v1 as output_all
        List<String> downloaded = job.results().artifacts().isEmpty() ? List.of("ionq.native.v1")
                : List.of("ionq.native.v1", "ionq.result.probabilities.json.v1", "ionq.result.probabilities.json.v2",
                        "ionq.result.histogram.json.v2", "ionq.result.histogram.json.v1",
                        "ionq.result.shots.json.v2", "ionq.result.shots.json.v1");
        assertThat(TestSupport.settledRequests(emulator)).extracting(RecordedRequest::path)
                .filteredOn(p -> p.startsWith("/v0.4/jobs/" + job.id() + "/artifacts/"))
                .extracting(p -> formats.get(p.substring(p.lastIndexOf('/') + 1))).isEqualTo(downloaded);
    }

    @Test
    void aJobNotCompiledYetSaysWhenItsCircuitWillBeListed() {
        Job job = client.getJob(emulator.jobs().add(EmulatedJob.withStatus("submitted")));
        assertThat(catchThrowable(() -> client.getCompiledCircuit(job))).isInstanceOf(IonQResponseException.class)
                .hasMessageContaining("the job (status submitted) lists no ionq.native.v1 circuit in"
                        + " output.compilation.compiled_circuits (listed: none)")
                .hasMessageContaining("await the job (or submit it with dryRun(true))");
    }

    /** A malformed {@code output} leaves the job readable; the client's own bookkeeping cannot be forged. */
    @Test
    void aMalformedOutputIsUnreadableAloneAndBookkeepingIsNotTheServers() {
        String id = "0c000000-0000-4000-8000-000000000004";
        emulator.jobs().add(EmulatedJob.completed().id(id).rawJson("{\"id\":\"" + id + "\",\"status\":\"completed\","
                + "\"name\":\"n\",\"output\":{\"compilation\":{\"compiled_circuits\":{\"ionq.native.v1\":"
                + "\"not a descriptor\"}}},\"fields_quoting_api_key\":[\"name\"]}"));
        Job job = client.getJob(id);
        assertThat(job.isCompleted()).isTrue();
        assertThat(job.isReadable("output")).isFalse();
        assertThat(job.fieldsQuotingApiKey()).isEmpty();
        assertThat(job.summary()).isEqualTo(id + " [completed]");
        assertThat(catchThrowable(() -> client.getCompiledCircuit(job))).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Job " + id + ": the field \"output\" could not be read; the server sent"
                        + " {\"compilation\":{\"compiled_circuits\":{\"ionq.native.v1\":\"not a descriptor\"}}}");
    }

    /** {@code stats.gate_counts} counts the compiled circuit: GPI and GPI2 as "1q", MS and ZZ as "2q". */
    private static void assertGateCountsMatchStats(NativeCircuit compiled, CircuitJobStats stats) {
        Map<String, Long> byGate = compiled.gateCounts();
        long oneQubit = byGate.getOrDefault("gpi", 0L) + byGate.getOrDefault("gpi2", 0L);
        long twoQubit = byGate.getOrDefault("ms", 0L) + byGate.getOrDefault("zz", 0L);
        assertThat(byGate.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(oneQubit + twoQubit);
        assertThat(stats.gateCounts()).containsOnly(Map.entry("1q", (double) oneQubit), Map.entry("2q", (double) twoQubit));
    }

    private static Map<Long, Long> counts(Histogram histogram) {
        Map<Long, Long> counts = new HashMap<>();
        histogram.asStateMap().keySet().forEach(s -> counts.put(s, histogram.count(s)));
        return counts;
    }

    private static Set<Long> modes(Histogram histogram) {
        long max = histogram.asStateMap().keySet().stream().mapToLong(histogram::count).max().orElse(0);
        Set<Long> modes = new HashSet<>();
        histogram.asStateMap().keySet().stream().filter(s -> histogram.count(s) == max).forEach(modes::add);
        return modes;
    }
}
