package io.github.ionqci.emulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ionqci.emulator.internal.JobDefinition;
import io.github.ionqci.emulator.internal.JobEntry;
import io.github.ionqci.emulator.internal.Json;
import io.github.ionqci.emulator.internal.Lifecycle;
import io.github.ionqci.emulator.internal.ResultData;
import io.github.ionqci.emulator.internal.Variant;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A job to put into the emulator for a test: its final status, its results and how it gets there.
 * A fluent builder; {@link EmulatedJobs#add(EmulatedJob)} stores a copy and returns the id.
 *
 * <pre>{@code
 * String id = emulator.jobs().add(EmulatedJob.completed()
 *         .qubits(2).shots(1000).noise("aria-1", 7)
 *         .probabilities(Map.of(0L, 0.5, 3L, 0.5))
 *         .lifecycle(Duration.ofMillis(20), Duration.ofMillis(30)));
 * emulator.jobs().add(EmulatedJob.failed("NotEnoughQubits", "The job needs 40 qubits; qpu.aria-1 has 25."));
 * emulator.jobs().add(EmulatedJob.withStatus("paused"));           // an unknown status, kept as given
 * }</pre>
 *
 * <p>Defaults: a random UUID, type {@code ionq.circuit.v1}, backend {@code simulator} with noise model
 * {@code ideal}, one circuit, no shots, no name or metadata, the URL result form. A completed job given no
 * results has the results of an empty circuit (all probability on state 0). Results are taken as given, even
 * invalid ones (negative, NaN, not summing to 1). Missing kinds are derived: probabilities from a histogram or
 * shots; and, when {@code shots} is set and the job is not on the ideal simulator, a histogram from
 * the probabilities and a shot list from the histogram. The ideal simulator serves probabilities only, unless a
 * histogram or shot list is given explicitly.
 */
public final class EmulatedJob {

    private final String finalStatus;
    private final String failureCode;
    private final String failureMessage;
    private String id;
    private String name;
    private String type = "ionq.circuit.v1";
    private String backend = "simulator";
    private Integer qubits;
    private Integer shots;
    private String noiseModel;
    private Integer noiseSeed;
    private Map<String, String> metadata;
    private Map<Long, Double> probabilities;
    private Map<Long, Long> histogram;
    private long[] shotResults;
    private ResultForm resultForm;
    private int debiasingVariants;
    private Lifecycle lifecycle;
    private Duration predictedWait;
    private boolean noResults;
    private String rawJson;
    private String sessionId;
    private boolean dryRun;
    private long oneQubitGates;
    private long twoQubitGates;
    private final List<EmulatedJob> children = new ArrayList<>();

    private EmulatedJob(String finalStatus, String failureCode, String failureMessage) {
        this.finalStatus = finalStatus;
        this.failureCode = failureCode;
        this.failureMessage = failureMessage;
    }

    /** @return a job that ends {@code completed} */
    public static EmulatedJob completed() {
        return new EmulatedJob(JobEntry.COMPLETED, null, null);
    }

    /**
     * @param code    IonQ failure code, such as {@code NotEnoughQubits}; any string is kept as given
     * @param message the failure message
     * @return a job that ends {@code failed}
     */
    public static EmulatedJob failed(String code, String message) {
        return new EmulatedJob(JobEntry.FAILED, Objects.requireNonNull(code, "code"),
                Objects.requireNonNull(message, "message"));
    }

    /** @return a job that ends {@code canceled} */
    public static EmulatedJob canceled() {
        return new EmulatedJob(JobEntry.CANCELED, null, null);
    }

    /**
     * @param rawStatus any status string, also one the API does not define (to test unknown statuses)
     * @return a job that stays in (or ends in) that status
     */
    public static EmulatedJob withStatus(String rawStatus) {
        return new EmulatedJob(Objects.requireNonNull(rawStatus, "rawStatus"), null, null);
    }

    /**
     * @param id the job id (default: a random UUID)
     * @return this
     */
    public EmulatedJob id(String id) {
        this.id = Objects.requireNonNull(id, "id");
        return this;
    }

    /**
     * @param name the job name
     * @return this
     */
    public EmulatedJob name(String name) {
        this.name = name;
        return this;
    }

    /**
     * @param type the job type (default {@code ionq.circuit.v1})
     * @return this
     */
    public EmulatedJob type(String type) {
        this.type = Objects.requireNonNull(type, "type");
        return this;
    }

    /**
     * @param backend the backend, such as {@code simulator} or {@code qpu.aria-1}
     * @return this
     */
    public EmulatedJob backend(String backend) {
        this.backend = Objects.requireNonNull(backend, "backend");
        return this;
    }

    /**
     * @param qubits the circuit width ({@code stats.qubits}; default: from the highest result state)
     * @return this
     */
    public EmulatedJob qubits(int qubits) {
        this.qubits = qubits;
        return this;
    }

    /**
     * @param shots the shots
     * @return this
     */
    public EmulatedJob shots(int shots) {
        this.shots = shots;
        return this;
    }

    /**
     * @param model noise model, such as {@code ideal} or {@code aria-1} (served only on the simulator backend)
     * @param seed  the noise seed, or null
     * @return this
     */
    public EmulatedJob noise(String model, Integer seed) {
        this.noiseModel = Objects.requireNonNull(model, "model");
        this.noiseSeed = seed;
        return this;
    }

    /**
     * @param metadata string metadata
     * @return this
     */
    public EmulatedJob metadata(Map<String, String> metadata) {
        this.metadata = new LinkedHashMap<>(metadata);
        return this;
    }

    /**
     * @param sessionId the session id
     * @return this
     */
    public EmulatedJob sessionId(String sessionId) {
        this.sessionId = sessionId;
        return this;
    }

    /**
     * @param dryRun whether the job is a dry run (which has no results)
     * @return this
     */
    public EmulatedJob dryRun(boolean dryRun) {
        this.dryRun = dryRun;
        return this;
    }

    /**
     * @param oneQubit {@code stats.gate_counts["1q"]}
     * @param twoQubit {@code stats.gate_counts["2q"]}
     * @return this
     */
    public EmulatedJob gateCounts(long oneQubit, long twoQubit) {
        this.oneQubitGates = oneQubit;
        this.twoQubitGates = twoQubit;
        return this;
    }

    /**
     * @param probabilities probability by basis state (qubit 0 = least significant bit), taken as given
     * @return this
     */
    public EmulatedJob probabilities(Map<Long, Double> probabilities) {
        this.probabilities = new LinkedHashMap<>(probabilities);
        return this;
    }

    /**
     * @param histogram counts by basis state, taken as given
     * @return this
     */
    public EmulatedJob histogram(Map<Long, Long> histogram) {
        this.histogram = new LinkedHashMap<>(histogram);
        return this;
    }

    /**
     * @param states one basis state per shot
     * @return this
     */
    public EmulatedJob shotResults(long... states) {
        this.shotResults = states.clone();
        return this;
    }

    /**
     * @param form how {@code results} points at the results (default: the emulator's, see
     *             {@link IonQEmulator.Builder#resultForm(ResultForm)})
     * @return this
     */
    public EmulatedJob resultForm(ResultForm form) {
        this.resultForm = Objects.requireNonNull(form, "form");
        return this;
    }

    /**
     * Adds debiasing variants ({@code output.error_mitigation.debiasing.variants}), each with its own result
     * links, the job's probabilities and an equal share of the shots.
     *
     * @param count how many variants
     * @return this
     */
    public EmulatedJob debiasingVariants(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("variant count must be zero or positive, got " + count);
        }
        this.debiasingVariants = count;
        return this;
    }

    /**
     * The job passes {@code submitted} for the first half of {@code queued}, {@code ready} for the second half,
     * {@code started} for {@code running}, then reaches its final status, driven by the real clock from the
     * moment it is added.
     *
     * @param queued  time before it starts
     * @param running time it runs
     * @return this
     */
    public EmulatedJob lifecycle(Duration queued, Duration running) {
        Duration half = queued.dividedBy(2);
        return lifecycle(half, queued.minus(half), running);
    }

    /**
     * @param submitted time in {@code submitted}
     * @param ready     time in {@code ready}
     * @param running   time in {@code started}
     * @return this
     */
    public EmulatedJob lifecycle(Duration submitted, Duration ready, Duration running) {
        this.lifecycle = new Lifecycle(submitted, ready, running);
        return this;
    }

    /**
     * @param wait {@code predicted_wait_time_ms} while the job is {@code submitted} or {@code ready}
     *             (default: the time left in the queue when a lifecycle is set, else null)
     * @return this
     */
    public EmulatedJob predictedWait(Duration wait) {
        this.predictedWait = wait;
        return this;
    }

    /**
     * The job completes but its {@code results} is null.
     *
     * @return this
     */
    public EmulatedJob noResults() {
        this.noResults = true;
        return this;
    }

    /**
     * Serves this text verbatim as the {@code GET /jobs/{id}} body (and as this job's item in a listing), for
     * testing clients against malformed bodies: wrong JSON types, truncated JSON. The job keeps its status for
     * filters and result downloads.
     *
     * @param json any text
     * @return this
     */
    public EmulatedJob rawJson(String json) {
        this.rawJson = Objects.requireNonNull(json, "json");
        return this;
    }

    /**
     * Makes this a multi-circuit parent ({@code ionq.multi-circuit.v1}): the children are stored as jobs of their
     * own with {@code parent_job_id}, listed in {@code child_job_ids}, and their probabilities are served as the
     * parent's aggregate keyed by child id.
     *
     * @param jobs the child jobs
     * @return this
     */
    public EmulatedJob children(EmulatedJob... jobs) {
        children.addAll(Arrays.asList(jobs));
        this.type = "ionq.multi-circuit.v1";
        return this;
    }

    List<EmulatedJob> children() {
        return children;
    }

    String idOrNew() {
        if (id == null) {
            id = UUID.randomUUID().toString();
        }
        return id;
    }

    JobEntry toEntry(long seq, Instant now, String parentJobId, List<String> childIds, String submitterId,
                     String projectId, ResultForm defaultForm) {
        ResultForm form = resultForm == null ? defaultForm : resultForm;
        boolean ideal = "simulator".equals(backend) && (noiseModel == null || "ideal".equals(noiseModel));
        Map<Long, Double> probs = probabilities;
        if (probs == null && histogram == null && shotResults == null && JobEntry.COMPLETED.equals(finalStatus)
                && childIds == null) {
            probs = Map.of(0L, 1.0);
        }
        ResultData data = ResultData.of(probs, histogram, shotResults, shots, !ideal);
        int width = qubits != null ? qubits : widthOf(data);
        List<Variant> variants = new ArrayList<>();
        for (int i = 0; i < debiasingVariants; i++) {
            List<Integer> map = new ArrayList<>();
            for (int q = 0; q < width; q++) {
                map.add((q + i) % width);
            }
            variants.add(new Variant(UUID.randomUUID().toString(), map,
                    shots == null ? null : Math.max(1, shots / debiasingVariants)));
        }
        ObjectNode meta = null;
        if (metadata != null) {
            meta = Json.object();
            for (Map.Entry<String, String> e : metadata.entrySet()) {
                meta.put(e.getKey(), e.getValue());
            }
        }
        ObjectNode settings = Json.object();
        settings.putObject("compilation");
        if (debiasingVariants > 0) {
            settings.putObject("error_mitigation").put("debiasing", true);
        }
        Map<String, Long> gates = new LinkedHashMap<>();
        gates.put("1q", oneQubitGates);
        gates.put("2q", twoQubitGates);
        JobDefinition definition = new JobDefinition(idOrNew(), type, backend, dryRun, submitterId, projectId,
                sessionId, name, meta, width, childIds == null ? 1 : childIds.size(),
                shots, "simulator".equals(backend) ? (noiseModel == null ? "ideal" : noiseModel) : null, noiseSeed,
                predictedWait == null ? null : predictedWait.toMillis(), form == ResultForm.ARTIFACT,
                variants, parentJobId, childIds, rawJson, gates, settings, null, null, gates);
        return new JobEntry(seq, definition, now, finalStatus, failureCode, failureMessage, lifecycle, data,
                noResults);
    }

    private static int widthOf(ResultData data) {
        long max = 0;
        if (data != null && data.probabilities() != null && !data.probabilities().isEmpty()) {
            max = Math.max(max, data.probabilities().lastKey());
        }
        if (data != null && data.histogram() != null && !data.histogram().isEmpty()) {
            max = Math.max(max, data.histogram().lastKey());
        }
        return Math.max(1, 64 - Long.numberOfLeadingZeros(max));
    }

    @Override
    public String toString() {
        return "EmulatedJob[" + (id == null ? "(new)" : id) + ", " + finalStatus + "]";
    }
}
