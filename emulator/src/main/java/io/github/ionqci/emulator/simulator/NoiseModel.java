package io.github.ionqci.emulator.simulator;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A depolarising noise model as IonQ's cloud simulator defines it: after every one-qubit gate a
 * one-qubit depolarising channel with parameter r1 (Kraus operators √(1−3r1/4)·I and √(r1/4)·σ),
 * after every two-qubit gate a two-qubit channel with parameter r2 (√(1−15r2/16)·I⊗I and
 * √(r2/16)·σi⊗σj for the 15 non-identity pairs). No SPAM or readout error is modelled, as in IonQ's
 * published description.
 *
 * <ul>
 *   <li>{@code ideal}: no noise; up to 29 qubits.</li>
 *   <li>{@code aria-1} (r1 0.0005, r2 0.0133), {@code aria-2} (0.000657, 0.01856), up to 25 qubits;
 *       {@code forte-1} (0.000267, 0.004949), up to 29 qubits: IonQ's published parameters.</li>
 *   <li>{@code forte-enterprise-1}: <b>approximation</b>, IonQ publishes no parameters; uses forte-1's.</li>
 *   <li>{@code harmony}, {@code harmony-1}, {@code harmony-2}: <b>approximation</b>. IonQ's harmony model
 *       uses an unpublished formula; this uses the Harmony-generation error rates Azure published
 *       (1q 0.65 %, 2q 3.98 %) as r1 and r2, up to 11 qubits.</li>
 * </ul>
 *
 * <p>Channels follow each operation they are given. The emulator gives either the gates as submitted (its
 * default) or the circuit compiled to native gates ({@code --noise-per=native}), where a CNOT becomes an MS or
 * ZZ gate plus several one-qubit gates, a swap three MS or ZZ, and an rz nothing. IonQ's rates come from a
 * gate-level characterization of the hardware, whose gates are the native ones. Operations on three or more
 * qubits (multi-controlled gates, as submitted) get a two-qubit channel on each consecutive pair of their
 * qubits (controls first), an approximation of their compiled cost.
 *
 * <p>What to expect: a Bell pair (H, CNOT) puts r2/2 of its mass outside {00, 11} (0.665 % for aria-1,
 * 0.247 % for forte-1): of the 15 Pauli pairs, the 8 that flip exactly one qubit leave the support, while
 * XX, XY, YX and YY flip both bits and keep it.
 *
 * <pre>{@code
 * NoiseModel aria = NoiseModel.named("aria-1").orElseThrow();
 * aria.twoQubitError();      // 0.0133
 * }</pre>
 *
 * @param name           the model's name as sent in {@code noise.model}
 * @param oneQubitError  r1
 * @param twoQubitError  r2
 * @param maxQubits      the widest circuit the model accepts
 * @param approximated   whether the parameters are this emulator's approximation, not IonQ's
 */
public record NoiseModel(String name, double oneQubitError, double twoQubitError, int maxQubits,
                         boolean approximated) {

    /** The noiseless model. */
    public static final NoiseModel IDEAL = new NoiseModel("ideal", 0, 0, 29, false);

    private static final Map<String, NoiseModel> MODELS = models(IDEAL,
            new NoiseModel("aria-1", 0.0005, 0.0133, 25, false),
            new NoiseModel("aria-2", 0.000657, 0.01856, 25, false),
            new NoiseModel("forte-1", 0.000267, 0.004949, 29, false),
            new NoiseModel("forte-enterprise-1", 0.000267, 0.004949, 29, true),
            new NoiseModel("harmony", 0.0065, 0.0398, 11, true),
            new NoiseModel("harmony-1", 0.0065, 0.0398, 11, true),
            new NoiseModel("harmony-2", 0.0065, 0.0398, 11, true));

    /** The known models by name, in a stable order; unmodifiable once built. */
    private static Map<String, NoiseModel> models(NoiseModel... models) {
        Map<String, NoiseModel> byName = new LinkedHashMap<>();
        for (NoiseModel model : models) {
            byName.put(model.name(), model);
        }
        return java.util.Collections.unmodifiableMap(byName);
    }

    /**
     * The model with this name (case-insensitive), if known.
     *
     * @param name the model's name as sent in {@code noise.model}, e.g. {@code aria-1}; may be null
     * @return the model, or empty if the name is null or unknown
     */
    public static Optional<NoiseModel> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(MODELS.get(name.trim().toLowerCase(Locale.ROOT)));
    }

    /**
     * The names of all known models, in a stable order.
     *
     * @return an unmodifiable set of lower-case names
     */
    public static Set<String> names() {
        return MODELS.keySet();
    }

    /**
     * Whether this model applies no noise.
     *
     * @return true if both r1 and r2 are zero
     */
    public boolean isIdeal() {
        return oneQubitError == 0 && twoQubitError == 0;
    }
}
