package io.github.ionqci.emulator.simulator;

/**
 * The heap cannot hold what a simulation needs; thrown before the allocation is attempted. The
 * message says how much is needed and which {@code -Xmx} would do.
 */
public final class SimulatorMemoryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message what is needed and what to do */
    public SimulatorMemoryException(String message) {
        super(message);
    }
}
