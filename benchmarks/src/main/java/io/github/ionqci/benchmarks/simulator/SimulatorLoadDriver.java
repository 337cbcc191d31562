package io.github.ionqci.benchmarks.simulator;

import io.github.ionqci.emulator.circuit.Circuit;
import io.github.ionqci.emulator.simulator.Gates;
import io.github.ionqci.emulator.simulator.Operation;
import io.github.ionqci.emulator.simulator.StateVector;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;

/**
 * Load driver for the state-vector simulator: a seeded random circuit of 1,000 gates at 20, 22 and 24
 * qubits. Prints, for each width, seconds per gate, the memory bandwidth achieved (bytes of state read
 * and written per second) beside a plain {@link System#arraycopy} of the same state measured in this
 * run, and whether the targets are met:
 * <ul>
 *   <li>one gate pass (a single one-qubit gate over the whole state) at ≥ 50 % of the copy bandwidth;</li>
 *   <li>24 qubits × 1,000 gates in under 30 s.</li>
 * </ul>
 * The machine is shared, so beside wall time it prints the process CPU time and the system load
 * average of the circuit run: a wall time far above CPU time / threads means other processes held the
 * cores.
 *
 * <pre>
 * ./mvnw -B -q -Pbenchmarks -pl benchmarks -am package -DskipTests
 * java -Xmx4g -cp benchmarks/target/benchmarks.jar io.github.ionqci.benchmarks.simulator.SimulatorLoadDriver [20 22 24]
 * </pre>
 */
public final class SimulatorLoadDriver {

    static final int GATES = 1000;
    static final double GATE_PASS_TARGET = 0.5;
    static final double SECONDS_24_TARGET = 30.0;

    private SimulatorLoadDriver() {
    }

    /**
     * Runs the driver and prints its figures with the targets.
     *
     * @param args the widths to run, in qubits (default 20 22 24)
     */
    public static void main(String[] args) {
        int[] widths = args.length == 0 ? new int[] {20, 22, 24} : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        System.out.printf(Locale.ROOT, "simulator load driver: %d-gate random circuits, %d processors, max heap %.1f GiB%n",
                GATES, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / (double) (1L << 30));
        warmUp();
        boolean allMet = true;
        for (int n : widths) {
            allMet &= measure(n);
        }
        System.out.println(allMet ? "ALL TARGETS MET" : "SOME TARGETS MISSED");
    }

    private static void warmUp() {
        Circuit c = RandomCircuits.circuit(16, GATES, 1);
        for (int i = 0; i < 5; i++) {
            StateVector psi = StateVector.zero(16);
            psi.run(c.operations());
            psi.apply(Operation.of(Gates.H, 3));
            psi.apply(Operation.of(Gates.H, 0));
        }
    }

    private static boolean measure(int n) {
        Circuit circuit = RandomCircuits.circuit(n, GATES, 42L + n);
        List<Operation> ops = circuit.operations();
        long stateBytes = StateVector.bytes(n);
        int repeats = n >= 24 ? 1 : 2;

        // Baseline: plain array copy of a state of the same size (read + write = 2 x state bytes).
        double copySeconds = copySeconds(n, 5);
        double copyBandwidth = 2.0 * stateBytes / copySeconds;

        StateVector psi = StateVector.zero(n);
        int passes = psi.passesFor(ops);
        double circuitSeconds = Double.MAX_VALUE;
        double circuitCpuSeconds = 0;
        double loadAverage = 0;
        for (int r = 0; r < repeats; r++) {
            StateVector fresh = r == 0 ? psi : StateVector.zero(n);
            long c0 = processCpuNanos();
            long t0 = System.nanoTime();
            fresh.run(ops);
            double seconds = (System.nanoTime() - t0) / 1e9;
            if (seconds < circuitSeconds) {
                circuitSeconds = seconds;
                circuitCpuSeconds = (processCpuNanos() - c0) / 1e9;
                loadAverage = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            }
        }
        // One gate pass: a single non-diagonal one-qubit gate over the whole state.
        double passMid = gatePassSeconds(psi, n / 2, 5);
        double passLow = gatePassSeconds(psi, 0, 5);
        double passBandwidthMid = 2.0 * stateBytes / passMid;
        double passBandwidthLow = 2.0 * stateBytes / passLow;
        double circuitBandwidth = 2.0 * stateBytes * passes / circuitSeconds;
        double gateEquivalentBandwidth = 2.0 * stateBytes * GATES / circuitSeconds;

        boolean passMet = Math.min(passBandwidthMid, passBandwidthLow) >= GATE_PASS_TARGET * copyBandwidth;
        boolean timeMet = n != 24 || circuitSeconds < SECONDS_24_TARGET;
        System.out.printf(Locale.ROOT, "%n== %d qubits, state %.0f MiB, %d gates (%d 1q, %d 2q) -> %d memory passes ==%n",
                n, stateBytes / 1048576.0, GATES, circuit.gateCount1q(), circuit.gateCount2q(), passes);
        System.out.printf(Locale.ROOT, "array copy (System.arraycopy, 1 thread):   %8.1f ms  %6.2f GB/s (baseline)%n",
                copySeconds * 1e3, copyBandwidth / 1e9);
        System.out.printf(Locale.ROOT, "one gate pass, H on qubit %-2d:              %8.1f ms  %6.2f GB/s = %3.0f%% of copy%n",
                n / 2, passMid * 1e3, passBandwidthMid / 1e9, 100 * passBandwidthMid / copyBandwidth);
        System.out.printf(Locale.ROOT, "one gate pass, H on qubit 0:               %8.1f ms  %6.2f GB/s = %3.0f%% of copy%n",
                passLow * 1e3, passBandwidthLow / 1e9, 100 * passBandwidthLow / copyBandwidth);
        System.out.printf(Locale.ROOT, "circuit (%s):                     %8.3f s   %.2e s/gate%n",
                repeats == 1 ? "single shot" : "best of " + repeats, circuitSeconds, circuitSeconds / GATES);
        System.out.printf(Locale.ROOT, "  process CPU time %.3f s (%.2e CPU-s/gate); system load average %.1f on %d processors%n",
                circuitCpuSeconds, circuitCpuSeconds / GATES, loadAverage, Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "  memory traffic of its %d passes:         %6.2f GB/s = %3.0f%% of copy%n",
                passes, circuitBandwidth / 1e9, 100 * circuitBandwidth / copyBandwidth);
        System.out.printf(Locale.ROOT, "  gate-equivalent (1 pass per gate):       %6.2f GB/s = %.1fx copy%n",
                gateEquivalentBandwidth / 1e9, gateEquivalentBandwidth / copyBandwidth);
        System.out.printf(Locale.ROOT, "target: one gate pass >= %.0f%% of copy bandwidth: %s%n",
                GATE_PASS_TARGET * 100, passMet ? "MET" : "MISSED");
        if (n == 24) {
            System.out.printf(Locale.ROOT, "target: 24 qubits x 1,000 gates < %.0f s: %.2f s %s%n",
                    SECONDS_24_TARGET, circuitSeconds, timeMet ? "MET" : "MISSED");
        }
        return passMet && timeMet;
    }

    private static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return sun.getProcessCpuTime();
        }
        return 0;
    }

    private static double copySeconds(int n, int repeats) {
        int size = 1 << n;
        double[] re = new double[size];
        double[] im = new double[size];
        double[] re2 = new double[size];
        double[] im2 = new double[size];
        java.util.Arrays.fill(re, 0.5);
        java.util.Arrays.fill(im, 0.25);
        java.util.Arrays.fill(re2, 0.0);
        java.util.Arrays.fill(im2, 0.0);
        double best = Double.MAX_VALUE;
        for (int r = 0; r < repeats; r++) {
            long t0 = System.nanoTime();
            System.arraycopy(re, 0, re2, 0, size);
            System.arraycopy(im, 0, im2, 0, size);
            best = Math.min(best, (System.nanoTime() - t0) / 1e9);
        }
        if (re2[size - 1] != 0.5) {
            throw new IllegalStateException("copy failed");
        }
        return best;
    }

    private static double gatePassSeconds(StateVector psi, int qubit, int repeats) {
        Operation h = Operation.of(Gates.H, qubit);
        double best = Double.MAX_VALUE;
        for (int r = 0; r < repeats; r++) {
            long t0 = System.nanoTime();
            psi.apply(h);
            best = Math.min(best, (System.nanoTime() - t0) / 1e9);
        }
        return best;
    }
}
