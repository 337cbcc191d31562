package io.github.ionqci.emulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ionqci.emulator.circuit.BackendRules;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * A job's {@code settings.error_mitigation} as the emulator applies it, following IonQ's published rules
 * (docs.ionq.com, "Error mitigation: debiasing"): debiasing runs on QPU backends only; it needs at least
 * {@value #MIN_SHOTS} shots; it is on by default for QIS-gate jobs of {@value #MIN_SHOTS} shots or more and off by
 * default for native-gate jobs.
 *
 * <pre>{@code
 * ErrorMitigation em = ErrorMitigation.of(payload);          // 400 (PayloadException) for what IonQ refuses
 * List<Variant> variants = em.variants("qpu.aria-1", 2, 1000, new Random(7));
 * }</pre>
 *
 * @param debias               whether the job runs as debiasing variants
 * @param debiasingGiven       whether {@code debiasing} was sent (false: the default applies)
 * @param symmetryVerification whether {@code symmetry_verification} is requested
 */
public record ErrorMitigation(boolean debias, boolean debiasingGiven, boolean symmetryVerification) {

    /** IonQ's minimum for debiasing ("To turn on debiasing, you must request at least 500 shots"). */
    public static final int MIN_SHOTS = 500;
    /** The most variants the emulator runs a job as (IonQ does not publish its count). */
    public static final int MAX_VARIANTS = 8;
    /** The fewest shots the emulator gives one variant. */
    public static final int MIN_VARIANT_SHOTS = 100;

    private static final Set<String> KEYS = Set.of("debiasing", "symmetry_verification");

    /**
     * Reads and checks {@code settings.error_mitigation}.
     *
     * @param payload the job payload
     * @return what the job gets
     * @throws PayloadException IonQ's 400 for a malformed object, debiasing asked of the simulator, or debiasing
     *                          asked with fewer than {@value #MIN_SHOTS} shots
     */
    public static ErrorMitigation of(JobPayload payload) {
        JsonNode em = payload.settings() == null ? null : payload.settings().get("error_mitigation");
        Boolean debiasing = null;
        boolean symmetry = false;
        if (em != null && !em.isNull()) {
            if (!em.isObject()) {
                throw new PayloadException("\"settings.error_mitigation\" must be an object, such as"
                        + " {\"debiasing\": true}.", List.of("settings.error_mitigation"));
            }
            for (Iterator<String> it = em.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                if (!KEYS.contains(key)) {
                    throw new PayloadException("\"settings.error_mitigation." + key + "\" is not allowed; use"
                            + " \"debiasing\" and \"symmetry_verification\".", List.of("settings.error_mitigation." + key));
                }
            }
            debiasing = flag(em, "debiasing");
            symmetry = Boolean.TRUE.equals(flag(em, "symmetry_verification"));
        }
        boolean qpu = payload.backend().startsWith("qpu.");
        if (Boolean.TRUE.equals(debiasing) && !qpu) {
            throw new PayloadException("Debiasing runs on QPU backends only; IonQ does not offer it on the simulator,"
                    + " with or without a noise model. Submit to a qpu.* backend (the emulator simulates it with that"
                    + " QPU's noise) or drop settings.error_mitigation.debiasing.",
                    List.of("settings.error_mitigation.debiasing"));
        }
        if (Boolean.TRUE.equals(debiasing) && payload.shots() < MIN_SHOTS) {
            throw new PayloadException("To turn on debiasing, you must request at least " + MIN_SHOTS + " shots;"
                    + " this job asks for " + payload.shots() + ". Raise shots to " + MIN_SHOTS + " or more, or set"
                    + " settings.error_mitigation.debiasing to false.",
                    List.of("shots", "settings.error_mitigation.debiasing"));
        }
        boolean byDefault = qpu && payload.shots() >= MIN_SHOTS && !"native".equals(gateset(payload));
        boolean debias = debiasing == null ? byDefault : debiasing;
        return new ErrorMitigation(debias && !payload.dryRun(), debiasing != null, symmetry);
    }

    private static Boolean flag(JsonNode em, String key) {
        JsonNode value = em.get(key);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isBoolean()) {
            throw new PayloadException("\"settings.error_mitigation." + key + "\" must be true or false, got "
                    + value + ".", List.of("settings.error_mitigation." + key));
        }
        return value.booleanValue();
    }

    private static String gateset(JobPayload payload) {
        JsonNode gateset = payload.input().get("gateset");
        return gateset == null || !gateset.isTextual() ? "qis" : gateset.textValue();
    }

    /**
     * Plans the variants of one circuit: {@code min(}{@value #MAX_VARIANTS}{@code , shots / }{@value
     * #MIN_VARIANT_SHOTS}{@code )} of them, shots split as evenly as possible (summing to {@code shots}), each placed
     * on its own set of the backend's physical qubits (distinct qubit maps).
     *
     * @param backend the QPU backend
     * @param qubits  the circuit's width
     * @param shots   the job's shots
     * @param random  where placements are drawn from
     * @return the variants, empty when the job is not debiased
     */
    public List<Variant> variants(String backend, int qubits, int shots, Random random) {
        if (!debias) {
            return List.of();
        }
        int count = Math.max(1, Math.min(MAX_VARIANTS, shots / MIN_VARIANT_SHOTS));
        int physical = BackendRules.qubits(backend);
        int width = Math.max(1, qubits);
        List<Integer> all = new ArrayList<>();
        for (int q = 0; q < physical; q++) {
            all.add(q);
        }
        Set<List<Integer>> maps = new HashSet<>();
        List<Variant> variants = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<Integer> map;
            do {
                Collections.shuffle(all, random);
                map = List.copyOf(all.subList(0, width));
            } while (!maps.add(map) && maps.size() < placements(physical, width));
            int share = shots / count + (i < shots % count ? 1 : 0);
            variants.add(new Variant(UUID.randomUUID().toString(), map, share));
        }
        return variants;
    }

    /** How many distinct placements of {@code width} logical qubits on {@code physical} qubits exist (capped). */
    private static long placements(int physical, int width) {
        long n = 1;
        for (int i = 0; i < width && n < MAX_VARIANTS; i++) {
            n *= physical - i;
        }
        return n;
    }
}
