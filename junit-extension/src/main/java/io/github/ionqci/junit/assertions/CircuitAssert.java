package io.github.ionqci.junit.assertions;

import io.github.ionqci.client.result.Bitstrings;
import io.github.ionqci.client.result.Probabilities;
import io.github.ionqci.emulator.circuit.BackendRules;
import io.github.ionqci.emulator.circuit.Circuit;
import io.github.ionqci.emulator.circuit.CircuitException;
import io.github.ionqci.emulator.circuit.CircuitOracle;
import io.github.ionqci.emulator.circuit.ExpectedDistribution;
import io.github.ionqci.emulator.circuit.UnitaryComparison;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a circuit file itself, answered by the emulator's simulator with no job and no sampling.
 * Get one with {@link CircuitAssertions#assertThatCircuit(String)}.
 *
 * <pre>{@code
 * assertThatCircuit("circuits/swap.json").isEquivalentTo("circuits/three-cnots.json");
 * assertThatCircuit("circuits/bell.json").preparesDistribution(Map.of("00", 0.5, "11", 0.5))
 *                                        .fitsBackend("qpu.aria-1");
 * }</pre>
 */
public final class CircuitAssert extends AbstractAssert<CircuitAssert, CircuitFile> {

    /** Matrix elements and probabilities agree within this (rounding of the simulation is ~1e-15). */
    public static final double TOLERANCE = 1e-9;

    private final Class<?> anchor;

    CircuitAssert(CircuitFile actual, Class<?> anchor) {
        super(actual, CircuitAssert.class);
        this.anchor = anchor;
    }

    /**
     * Verifies that this circuit and {@code otherResource} implement the same unitary up to a global phase
     * (every matrix element within {@value #TOLERANCE}), on the wider circuit's qubits, up to 12 qubits.
     * The failure names the matrix element that differs most, as a pair of basis states.
     *
     * @param otherResource another circuit file, resolved the same way
     * @return this
     */
    public CircuitAssert isEquivalentTo(String otherResource) {
        CircuitFile other = CircuitFile.load(otherResource, anchor);
        Circuit mine = actual.circuit();
        Circuit theirs = other.circuit();
        int wider = Math.max(mine.qubits(), theirs.qubits());
        if (wider > CircuitOracle.MAX_COMPARED_QUBITS) {
            throw failure("Cannot compare the unitaries of %s and %s: they use %d qubits and unitaries are compared"
                    + " up to %d (4^n matrix elements). Compare what they prepare with preparesDistribution instead.",
                    actual, other, wider, CircuitOracle.MAX_COMPARED_QUBITS);
        }
        UnitaryComparison c = CircuitOracle.compare(mine, theirs);
        if (!c.equivalent(TOLERANCE)) {
            String in = Bitstrings.of(c.column(), c.qubits());
            String out = Bitstrings.of(c.row(), c.qubits());
            throw failure("Expecting circuit %s to implement the same unitary as %s up to a global phase, but they"
                    + " differ by %s at ⟨%s|U|%s⟩ (input |%s⟩, output |%s⟩, qubit 0 rightmost): %s gives %s, %s gives %s"
                    + " (after aligning the global phase by %s rad)."
                    + " Fix the gate that acts on those basis states, or use preparesDistribution if only the"
                    + " measured distribution from |0…0⟩ must agree.",
                    actual, other, format(c.maxDeviation()), out, in, in, out, actual,
                    complex(c.actualRe(), c.actualIm()), other, complex(c.otherRe(), c.otherIm()),
                    format(c.globalPhase()));
        }
        return this;
    }

    /**
     * Verifies that the circuit, run ideally from |0…0⟩, measures each outcome with the given probability
     * (within {@value #TOLERANCE}); outcomes not listed must have probability 0.
     *
     * @param expected bitstrings (qubit 0 rightmost) to probabilities summing to 1
     * @return this
     */
    public CircuitAssert preparesDistribution(Map<String, ? extends Number> expected) {
        Probabilities wanted = Probabilities.ofBitstrings(expected);
        Circuit circuit = actual.circuit();
        ExpectedDistribution simulated = CircuitOracle.distribution(circuit, "ideal");
        TreeSet<Long> states = new TreeSet<>();
        for (int i = 0; i < wanted.size(); i++) {
            states.add(wanted.state(i));
        }
        for (long s : simulated.states()) {
            states.add(s);
        }
        List<long[]> wrong = new ArrayList<>();
        for (long s : states) {
            if (Math.abs(wanted.probability(s) - simulated.probability(s)) > TOLERANCE) {
                wrong.add(new long[] {s});
            }
        }
        if (!wrong.isEmpty()) {
            wrong.sort(Comparator.comparingDouble(
                    (long[] s) -> -Math.abs(wanted.probability(s[0]) - simulated.probability(s[0]))));
            StringBuilder rows = new StringBuilder();
            for (long[] s : wrong.subList(0, Math.min(8, wrong.size()))) {
                rows.append(String.format(Locale.ROOT, "%n  %s: expected %s, simulated %s",
                        Bitstrings.of(s[0], circuit.qubits()), format(wanted.probability(s[0])),
                        format(simulated.probability(s[0]))));
            }
            throw failure("Expecting circuit %s to prepare the given distribution from |0…0⟩ (exact ideal"
                    + " simulation, within %s), but %d outcome(s) differ (qubit 0 rightmost, largest first):%s%s",
                    actual, format(TOLERANCE), wrong.size(), rows,
                    wrong.size() > 8 ? String.format(Locale.ROOT, "%n  … and %d more", wrong.size() - 8) : "");
        }
        return this;
    }

    /**
     * Verifies that IonQ would accept the circuit on {@code backend}: its gates parse in its gate set, and it
     * respects the backend's width, the gate limit per job and (when the file sets shots) the shot limit,
     * checked by the emulator's own rules ({@link BackendRules}).
     *
     * @param backend {@code simulator}, {@code qpu.aria-1}, {@code qpu.forte-1}, …
     * @return this
     */
    public CircuitAssert fitsBackend(String backend) {
        if (!BackendRules.known(backend)) {
            throw failure("Unknown backend \"%s\"; use one of %s.", backend, String.join(", ", BackendRules.backends()));
        }
        try {
            BackendRules.check(backend, actual.circuits(), actual.shots());
        } catch (CircuitException e) {
            throw failure("Expecting circuit %s to fit %s, but IonQ would fail the job with %s: %s", actual, backend,
                    e.failureCode(), e.getMessage());
        }
        return this;
    }

    private static String complex(double re, double im) {
        return format(re) + (im < 0 ? " − " : " + ") + format(Math.abs(im)) + "i";
    }

    private static String format(double x) {
        double r = Math.abs(x) < 5e-16 ? 0.0 : x;
        return String.format(Locale.ROOT, "%.6g", r).replaceAll("\\.?0+(e|$)", "$1");
    }
}
