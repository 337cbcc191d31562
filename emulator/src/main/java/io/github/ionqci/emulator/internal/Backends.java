package io.github.ionqci.emulator.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ionqci.emulator.circuit.BackendRules;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/** The backends the emulator accepts, their widths and the noise model that stands in for each QPU. */
public final class Backends {

    /** Backend name to qubit count. */
    public static final Map<String, Integer> QUBITS = BackendRules.backends().stream()
            .collect(java.util.stream.Collectors.toUnmodifiableMap(b -> b, BackendRules::qubits));

    private static final List<String> QIS_GATES = List.of("x", "y", "z", "rx", "ry", "rz", "h", "not", "cnot", "s",
            "si", "t", "ti", "v", "vi", "swap", "xx", "yy", "zz");

    private Backends() {
    }

    /** @return the backend names, in a fixed order */
    public static List<String> names() {
        return BackendRules.backends();
    }

    /**
     * @param name        a backend name
     * @param queueMillis the current queueing time
     * @param now         the time
     * @return its {@code Backend} object
     */
    public static ObjectNode describe(String name, long queueMillis, Instant now) {
        ObjectNode node = Json.object();
        node.put("backend", name);
        node.put("status", "available");
        node.put("qubits", QUBITS.get(name));
        node.put("average_queue_time", queueMillis);
        node.put("last_updated", now.truncatedTo(ChronoUnit.SECONDS).toString());
        Characterizations.idOf(name).ifPresent(id -> node.put("characterization_id", id));
        node.put("degraded", false);
        ArrayNode mitigations = node.putArray("supported_error_mitigations");
        if (name.startsWith("qpu.")) {
            mitigations.add("debiasing");
        }
        ArrayNode qis = node.putArray("supported_gates");
        QIS_GATES.forEach(qis::add);
        ArrayNode natives = node.putArray("supported_native_gates");
        BackendRules.nativeGates(name).forEach(natives::add);
        return node;
    }
}
