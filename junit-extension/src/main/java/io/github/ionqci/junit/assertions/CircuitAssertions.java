package io.github.ionqci.junit.assertions;

/**
 * Entry point for assertions on circuit files: equivalence, prepared distribution, backend limits. The
 * emulator's simulator answers them exactly; no job is submitted.
 *
 * <pre>{@code
 * import static io.github.ionqci.junit.assertions.CircuitAssertions.assertThatCircuit;
 *
 * assertThatCircuit("circuits/cnot-native.json").isEquivalentTo("circuits/cnot.json")
 *                                               .fitsBackend("qpu.aria-1");
 * }</pre>
 *
 * <p>A circuit file is found as {@code @IonQJob(circuit = …)} finds it: a classpath resource from the root,
 * then relative to the calling class's package, then a file relative to the project directory. It holds a
 * v0.4 job payload or only its {@code input}.
 */
public final class CircuitAssertions {

    private static final StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

    private CircuitAssertions() {
    }

    /**
     * @param circuitResource the circuit file
     * @return assertions on it
     * @throws org.junit.jupiter.api.extension.ExtensionConfigurationException when the file is missing or not a circuit
     */
    public static CircuitAssert assertThatCircuit(String circuitResource) {
        Class<?> caller = WALKER.getCallerClass();
        return new CircuitAssert(CircuitFile.load(circuitResource, caller), caller);
    }
}
