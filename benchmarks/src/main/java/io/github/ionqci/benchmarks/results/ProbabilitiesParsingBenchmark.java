package io.github.ionqci.benchmarks.results;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ionqci.client.internal.ResultFormatException;
import io.github.ionqci.client.internal.ResultParser;
import io.github.ionqci.client.result.Probabilities;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parsing a probabilities result with 2^20 outcomes (about 32 MB of JSON): the client's streaming
 * parser into {@link Probabilities} (primitive arrays) against Jackson binding the same bytes to a
 * {@code Map<String, Double>}, the baseline.
 *
 * <p>Targets: typed parse under 0.3 s, at least 3× faster than the map binding, and a result that
 * retains under 2× the JSON size in heap. {@link ProbabilitiesParsingReport} runs both and prints
 * the ratios; run alone, each trial prints its heap figures.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar ProbabilitiesParsing -f 1 -wi 3 -i 5
 * java -cp benchmarks/target/benchmarks.jar io.github.ionqci.benchmarks.results.ProbabilitiesParsingReport -f 1 -wi 3 -i 5
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class ProbabilitiesParsingBenchmark {

    /** Qubits of the generated result: 2^20 outcomes. */
    public static final int QUBITS = 20;

    static final ObjectMapper PLAIN = new ObjectMapper();
    static final TypeReference<Map<String, Double>> MAP_OF_DOUBLES = new TypeReference<>() {
    };

    byte[] json;

    /** Generates the JSON once per trial. */
    @Setup(Level.Trial)
    public void generate() {
        json = ProbabilitiesJson.generate(QUBITS, 42);
    }

    /** @return the typed result, parsed by the client's streaming parser */
    @Benchmark
    public Probabilities typed() {
        return parseTyped(json);
    }

    /** @return the baseline: the same JSON bound to a boxed map by Jackson */
    @Benchmark
    public Map<String, Double> boxedMap() {
        return parseMap(json);
    }

    /** Prints what each form retains in heap, against the JSON size and the target. */
    @TearDown(Level.Trial)
    public void printFootprint() {
        System.out.println();
        System.out.println(footprintReport(json));
        System.out.println("Targets: typed < 300 ms/op; typed at least 3x faster than boxedMap (the two scores of"
                + " this run); heap under 2x the JSON. ProbabilitiesParsingReport prints the ratios.");
    }

    static Probabilities parseTyped(byte[] json) {
        try {
            return ResultParser.probabilities(json, QUBITS);
        } catch (ResultFormatException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    static Map<String, Double> parseMap(byte[] json) {
        try {
            return PLAIN.readValue(json, MAP_OF_DOUBLES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String footprintReport(byte[] json) {
        HeapFootprint.Figures typed = HeapFootprint.measure(() -> parseTyped(json));
        HeapFootprint.Figures map = HeapFootprint.measure(() -> parseMap(json));
        int n = 1 << QUBITS;
        long exact = 2L * (16 + 8L * n);
        double ratio = (double) typed.retainedBytes() / json.length;
        return String.format("Heap, 2^%d outcomes, JSON %s:%n"
                        + "  Probabilities retains %s (%.2fx the JSON; its two arrays are %s, G1 rounds such large"
                        + " arrays up to whole regions); allocates %s while parsing -- target < 2x the JSON: %s%n"
                        + "  Map<String, Double> retains %s (%.2fx the JSON); allocates %s while parsing",
                QUBITS, HeapFootprint.mb(json.length),
                HeapFootprint.mb(typed.retainedBytes()), ratio, HeapFootprint.mb(exact),
                HeapFootprint.mb(typed.allocatedBytes()), ratio < 2.0 ? "MET" : "MISSED",
                HeapFootprint.mb(map.retainedBytes()), (double) map.retainedBytes() / json.length,
                HeapFootprint.mb(map.allocatedBytes()));
    }
}
