package io.github.ionqci.emulator.circuit;

/**
 * Whether two circuits implement the same unitary up to a global phase, and where they differ most.
 * Matrix element (row, column) is ⟨row|U|column⟩, basis states with qubit 0 as the least significant
 * bit.
 *
 * <pre>{@code
 * UnitaryComparison c = CircuitOracle.compare(swap, threeCnots);
 * c.equivalent(1e-9);   // true
 * c.maxDeviation();     // |U[r][c] − e^{iφ}·V[r][c]| at its largest, e.g. 2.2e-16
 * }</pre>
 *
 * @param qubits       the width compared (the wider of the two circuits)
 * @param maxDeviation the largest |U[row][column] − e^{iφ}·V[row][column]| over all elements
 * @param row          the row of that element (the output basis state)
 * @param column       the column (the input basis state)
 * @param actualRe     real part of U[row][column] (the first circuit)
 * @param actualIm     imaginary part of U[row][column]
 * @param otherRe      real part of e^{iφ}·V[row][column] (the second circuit, phase-aligned)
 * @param otherIm      imaginary part of e^{iφ}·V[row][column]
 * @param globalPhase  φ in radians, the phase that best aligns V with U on the first column
 */
public record UnitaryComparison(int qubits, double maxDeviation, long row, long column, double actualRe,
                                double actualIm, double otherRe, double otherIm, double globalPhase) {

    /**
     * @param tolerance the largest deviation allowed per element
     * @return whether every element agrees within {@code tolerance} after the global phase
     */
    public boolean equivalent(double tolerance) {
        return maxDeviation <= tolerance;
    }
}
