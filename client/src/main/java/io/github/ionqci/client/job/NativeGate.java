package io.github.ionqci.client.job;

import java.util.ArrayList;
import java.util.List;

/**
 * One operation of a circuit in IonQ's native gates ({@code Gate_NativeGate}): {@code gpi} and {@code gpi2} with a
 * {@code phase} on a {@code target}, {@code ms} with {@code phases} (and an {@code angle}) on two {@code targets},
 * {@code zz} with an {@code angle}. Phases and angles are in turns (1 = 2π).
 *
 * @param gate     the gate: {@code gpi}, {@code gpi2}, {@code ms}, {@code zz} or {@code nop} (a name IonQ adds is kept)
 * @param target   the qubit of a one-qubit gate, or null
 * @param targets  the qubits of a two-qubit gate; empty when not given
 * @param controls control qubits; empty when not given
 * @param phase    the phase of {@code gpi} / {@code gpi2}, in turns, or null
 * @param phases   the two phases of {@code ms}, in turns; empty when not given
 * @param angle    the interaction angle of {@code ms} / {@code zz}, in turns, or null (IonQ's default 0.25 for {@code ms})
 * @param rotation a rotation angle, or null
 */
public record NativeGate(String gate, Integer target, List<Integer> targets, List<Integer> controls, Double phase,
                         List<Double> phases, Double angle, Double rotation) {

    /**
     * Copies the lists so the record stays immutable.
     *
     * @param gate     the gate
     * @param target   the qubit of a one-qubit gate, or null
     * @param targets  the qubits of a two-qubit gate, or null
     * @param controls control qubits, or null
     * @param phase    the phase, or null
     * @param phases   the phases of {@code ms}, or null
     * @param angle    the interaction angle, or null
     * @param rotation a rotation angle, or null
     */
    public NativeGate {
        targets = targets == null ? List.of() : List.copyOf(targets);
        controls = controls == null ? List.of() : List.copyOf(controls);
        phases = phases == null ? List.of() : List.copyOf(phases);
    }

    /** @return every qubit the gate acts on: its target, targets and controls */
    public List<Integer> qubits() {
        List<Integer> all = new ArrayList<>();
        if (target != null) {
            all.add(target);
        }
        all.addAll(targets);
        all.addAll(controls);
        return List.copyOf(all);
    }
}
