package io.github.ionqci.emulator.circuit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ionqci.emulator.simulator.ComplexMatrix;
import io.github.ionqci.emulator.simulator.Gates;

import org.junit.jupiter.api.Test;

/** Algebraic identities of the QIS gate matrices. */
class QisGatesTest {

    private static void assertSame(ComplexMatrix actual, ComplexMatrix expected) {
        assertThat(actual.maxDistance(expected)).as("%s vs %s", actual, expected).isLessThan(1e-12);
    }

    /** Equal up to a global phase. */
    private static void assertSameUpToPhase(ComplexMatrix actual, ComplexMatrix expected) {
        int r = 0;
        int c = 0;
        outer:
        for (r = 0; r < expected.dim(); r++) {
            for (c = 0; c < expected.dim(); c++) {
                if (Math.hypot(expected.re(r, c), expected.im(r, c)) > 0.1) {
                    break outer;
                }
            }
        }
        double er = expected.re(r, c);
        double ei = expected.im(r, c);
        double ar = actual.re(r, c);
        double ai = actual.im(r, c);
        double norm = ar * ar + ai * ai;
        // phase = expected / actual
        double pr = (er * ar + ei * ai) / norm;
        double pi = (ei * ar - er * ai) / norm;
        ComplexMatrix phase = ComplexMatrix.of(actual.dim(), diag(actual.dim(), pr), diag(actual.dim(), pi));
        assertSame(phase.times(actual), expected);
    }

    private static double[] diag(int dim, double v) {
        double[] out = new double[dim * dim];
        for (int i = 0; i < dim; i++) {
            out[i * dim + i] = v;
        }
        return out;
    }

    @Test
    void squareRoots() {
        assertSame(Gates.S.times(Gates.S), Gates.Z);
        assertSame(Gates.T.times(Gates.T), Gates.S);
        assertSame(Gates.V.times(Gates.V), Gates.X);
        assertSame(Gates.SI.times(Gates.S), Gates.I);
        assertSame(Gates.TI.times(Gates.T), Gates.I);
        assertSame(Gates.VI.times(Gates.V), Gates.I);
        assertSame(Gates.H.times(Gates.H), Gates.I);
    }

    @Test
    void rotationsByPiArePaulisUpToPhase() {
        assertSameUpToPhase(Gates.rx(Math.PI), Gates.X);
        assertSameUpToPhase(Gates.ry(Math.PI), Gates.Y);
        assertSameUpToPhase(Gates.rz(Math.PI), Gates.Z);
        assertSameUpToPhase(Gates.rz(Math.PI / 2), Gates.S);
        assertSameUpToPhase(Gates.rx(Math.PI / 2), Gates.V);
    }

    @Test
    void twoQubitRotationsByPiArePauliPairsUpToPhase() {
        assertSameUpToPhase(Gates.xx(Math.PI), Gates.X.kronBelow(Gates.X));
        assertSameUpToPhase(Gates.yy(Math.PI), Gates.Y.kronBelow(Gates.Y));
        assertSameUpToPhase(Gates.zz(Math.PI), Gates.Z.kronBelow(Gates.Z));
    }

    @Test
    void nativeGatesRelateToQisGates() {
        assertSameUpToPhase(Gates.gpi(0), Gates.X);
        assertSameUpToPhase(Gates.gpi(0.25), Gates.Y);
        assertSameUpToPhase(Gates.gpi2(0), Gates.rx(Math.PI / 2));
        assertSameUpToPhase(Gates.gpi2(0.25), Gates.ry(Math.PI / 2));
        assertSameUpToPhase(Gates.ms(0, 0, 0.25), Gates.xx(Math.PI / 2));
        assertSameUpToPhase(Gates.nativeZz(0.25), Gates.zz(Math.PI / 2));
    }
}
