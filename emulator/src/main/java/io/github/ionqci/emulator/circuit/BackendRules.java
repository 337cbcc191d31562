package io.github.ionqci.emulator.circuit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The limits a job must respect to run on a backend, as the emulator's {@code POST /jobs} enforces them
 * (it calls this class): shots per job, circuits per job, gates per job (all circuits together), and the
 * backend's width. The gate set itself is checked when a circuit is parsed ({@link Circuits#parse}).
 *
 * <pre>{@code
 * List<Circuit> circuits = Circuits.parse("ionq.circuit.v1", input);
 * BackendRules.check("qpu.harmony", circuits, 1_000);   // CircuitException NotEnoughQubits for 12 qubits
 * }</pre>
 */
public final class BackendRules {

    /** Default gate limit of one job, all circuits together (IonQ's published multi-circuit limit). */
    public static final int DEFAULT_MAX_GATES = 150_000;
    /** Circuit limit of one multi-circuit job (IonQ's published limit). */
    public static final int MAX_CIRCUITS = 5_000;

    private static final Map<String, Integer> QUBITS = widths();
    private static final List<String> NATIVE_GATES = List.of("gpi", "gpi2", "ms", "zz");

    private BackendRules() {
    }

    private static Map<String, Integer> widths() {
        Map<String, Integer> map = new LinkedHashMap<>();
        map.put("simulator", 29);
        map.put("qpu.aria-1", 25);
        map.put("qpu.aria-2", 25);
        map.put("qpu.forte-1", 36);
        map.put("qpu.forte-enterprise-1", 36);
        map.put("qpu.harmony", 11);
        return java.util.Collections.unmodifiableMap(map);
    }

    /** @return the backend names, in a fixed order */
    public static List<String> backends() {
        return List.copyOf(QUBITS.keySet());
    }

    /**
     * @param backend a backend name
     * @return whether {@code backend} is one this emulator knows
     */
    public static boolean known(String backend) {
        return QUBITS.containsKey(backend);
    }

    /**
     * @param backend a backend name
     * @return its qubit count
     * @throws CircuitException {@code InvalidInput} naming the known backends when it is unknown
     */
    public static int qubits(String backend) {
        Integer width = QUBITS.get(backend);
        if (width == null) {
            throw new CircuitException(CircuitException.INVALID_INPUT, "unknown backend '" + backend + "'; use one of "
                    + String.join(", ", QUBITS.keySet()));
        }
        return width;
    }

    /**
     * @param backend a backend name
     * @return the noise model that emulates it ({@code qpu.aria-1} runs with {@code aria-1}; the simulator
     *         with {@code ideal} unless the job names a model)
     */
    public static String noiseModelOf(String backend) {
        return backend.startsWith("qpu.") ? backend.substring("qpu.".length()) : "ideal";
    }

    /**
     * The native gates a backend runs, as {@code GET /backends} lists them in {@code supported_native_gates}:
     * Forte has ZZ and no MS, Aria and Harmony MS and no ZZ, the simulator both.
     *
     * @param backend a backend name
     * @return the native gate names
     * @throws CircuitException {@code InvalidInput} naming the known backends when it is unknown
     */
    public static List<String> nativeGates(String backend) {
        qubits(backend);
        return NATIVE_GATES.stream().filter(g -> !(g.equals("ms") && backend.contains("forte"))
                && !(g.equals("zz") && (backend.contains("aria") || backend.contains("harmony")))).toList();
    }

    /**
     * @param shots the shots a job asks for
     * @throws CircuitException {@code TooManyShots} above {@link CircuitRunner#MAX_SHOTS}
     */
    public static void checkShots(long shots) {
        if (shots > CircuitRunner.MAX_SHOTS) {
            throw new CircuitException(CircuitException.TOO_MANY_SHOTS, "The job asks for " + shots
                    + " shots; the limit is " + CircuitRunner.MAX_SHOTS + " per job. Split it into several jobs.");
        }
    }

    /**
     * Checks parsed circuits against a backend with the default gate limit, and the shots.
     *
     * @param backend  a backend name
     * @param circuits the job's circuits
     * @param shots    the shots it asks for
     * @throws CircuitException with IonQ's failure code for the first rule broken
     */
    public static void check(String backend, List<Circuit> circuits, long shots) {
        checkShots(shots);
        check(backend, circuits, DEFAULT_MAX_GATES);
    }

    /**
     * Checks parsed circuits against a backend: circuit count, gates (all circuits together) and width.
     *
     * @param backend  a backend name
     * @param circuits the job's circuits
     * @param maxGates the gate limit of one job
     * @throws CircuitException {@code InvalidInput} (too many circuits, unknown backend), {@code TooManyGates},
     *                          {@code NotEnoughQubits}
     */
    public static void check(String backend, List<Circuit> circuits, int maxGates) {
        if (circuits.size() > MAX_CIRCUITS) {
            throw new CircuitException(CircuitException.INVALID_INPUT, "The job has " + circuits.size()
                    + " circuits; the limit is " + MAX_CIRCUITS + " per job.");
        }
        long gates = circuits.stream().mapToLong(c -> c.gates().size()).sum();
        if (gates > maxGates) {
            throw new CircuitException(CircuitException.TOO_MANY_GATES, "The job has " + gates + " gates; the limit is "
                    + maxGates + " per job (all circuits together). Split it into several jobs.");
        }
        int width = qubits(backend);
        for (Circuit circuit : circuits) {
            if (circuit.qubits() > width) {
                throw new CircuitException(CircuitException.NOT_ENOUGH_QUBITS, "The circuit"
                        + (circuit.name() == null ? "" : " '" + circuit.name() + "'") + " uses " + circuit.qubits()
                        + " qubits but " + backend + " has " + width
                        + ". Use a backend with enough qubits or a narrower circuit.");
            }
        }
    }
}
