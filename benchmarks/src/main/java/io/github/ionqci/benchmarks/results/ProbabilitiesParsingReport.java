package io.github.ionqci.benchmarks.results;

import java.util.Collection;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link ProbabilitiesParsingBenchmark} (both forms, same run) and prints the figures against
 * the targets: typed parse under 300 ms, at least 3× faster than {@code Map<String, Double>}, and
 * under 2× the JSON size in heap. Takes JMH's command-line options, such as {@code -f 1 -wi 3 -i 5}.
 */
public final class ProbabilitiesParsingReport {

    private ProbabilitiesParsingReport() {
    }

    /**
     * @param args JMH options
     * @throws RunnerException            if JMH fails
     * @throws CommandLineOptionException if the options cannot be read
     */
    public static void main(String[] args) throws RunnerException, CommandLineOptionException {
        Options options = new OptionsBuilder()
                .parent(new CommandLineOptions(args))
                .include(ProbabilitiesParsingBenchmark.class.getName() + "\\.")
                .build();
        Collection<RunResult> results = new Runner(options).run();
        double typed = score(results, "typed");
        double map = score(results, "boxedMap");
        byte[] json = ProbabilitiesJson.generate(ProbabilitiesParsingBenchmark.QUBITS, 42);
        System.out.println();
        System.out.println("=== Parsing a probabilities result with 2^" + ProbabilitiesParsingBenchmark.QUBITS
                + " outcomes (" + HeapFootprint.mb(json.length) + " of JSON) ===");
        System.out.printf("Probabilities (streaming, primitive arrays): %8.1f ms   -- target < 300 ms: %s%n",
                typed, typed < 300 ? "MET" : "MISSED");
        System.out.printf("Map<String, Double> (Jackson binding):       %8.1f ms%n", map);
        System.out.printf("Speed-up over the map binding:               %8.1fx     -- target >= 3x: %s%n",
                map / typed, map / typed >= 3 ? "MET" : "MISSED");
        System.out.println(ProbabilitiesParsingBenchmark.footprintReport(json));
        System.out.println("For scale (from the issue): Python json.loads ~1.0 s, jq ~0.9 s on this file.");
    }

    private static double score(Collection<RunResult> results, String method) {
        return results.stream()
                .filter(r -> r.getParams().getBenchmark().endsWith("." + method))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No result for " + method))
                .getPrimaryResult().getScore();
    }
}
