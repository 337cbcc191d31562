package io.github.ionqci.benchmarks.simulator;

import io.github.ionqci.emulator.circuit.Circuit;
import io.github.ionqci.emulator.simulator.Gates;
import io.github.ionqci.emulator.simulator.Operation;
import io.github.ionqci.emulator.simulator.StateVector;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH view of the simulator targets, single-shot: a seeded 1,000-gate random circuit at 20, 22 and 24
 * qubits ({@code circuit}), one one-qubit gate over the whole state ({@code gatePass}) and, as the
 * baseline, {@link System#arraycopy} of a state of the same size ({@code arrayCopy}). Targets: gate pass
 * time ≤ 2 × array copy time (≥ 50 % of copy bandwidth); {@code circuit} at 24 qubits &lt; 30 s.
 * {@link SimulatorLoadDriver} prints the same figures as ratios in one run.
 *
 * <pre>
 * java -Xmx4g -jar benchmarks/target/benchmarks.jar SimulatorBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class SimulatorBenchmark {

    /** The state's width. */
    @Param({"20", "22", "24"})
    public int qubits;

    private List<Operation> ops;
    private StateVector state;
    private double[] source;
    private double[] target;

    /** Builds the circuit and the arrays the copy baseline uses. */
    @Setup(Level.Trial)
    public void prepare() {
        Circuit circuit = RandomCircuits.circuit(qubits, SimulatorLoadDriver.GATES, 42L + qubits);
        ops = circuit.operations();
        source = new double[2 << qubits];
        target = new double[2 << qubits];
        java.util.Arrays.fill(source, 0.5);
    }

    /** Starts each iteration from |0…0⟩. */
    @Setup(Level.Iteration)
    public void freshState() {
        state = StateVector.zero(qubits);
    }

    /** @return the state after the whole random circuit */
    @Benchmark
    public StateVector circuit() {
        state.run(ops);
        return state;
    }

    /** @return the state after one H on the middle qubit: one pass over memory */
    @Benchmark
    public StateVector gatePass() {
        state.apply(Operation.of(Gates.H, qubits / 2));
        return state;
    }

    /** @return the copied array: the memory-bandwidth baseline a gate pass is compared with */
    @Benchmark
    public double[] arrayCopy() {
        System.arraycopy(source, 0, target, 0, source.length);
        return target;
    }
}
