package io.github.ionqci.junit.internal;

import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The test running on this thread, from the extension's {@code beforeEach} to its {@code afterEach}.
 * Argument converters of parameterized tests receive no {@link ExtensionContext}; they find it here.
 *
 * @param context  the test's context
 * @param injector the injector for it
 */
public record ActiveTest(ExtensionContext context, JobInjector injector) {

    private static final ThreadLocal<ActiveTest> CURRENT = new ThreadLocal<>();

    /**
     * Makes a test current on this thread.
     *
     * @param test the test
     * @return the test that was current before, to {@link #restore} afterwards
     */
    public static ActiveTest enter(ActiveTest test) {
        ActiveTest previous = CURRENT.get();
        CURRENT.set(test);
        return previous;
    }

    /**
     * @param previous what {@link #enter} returned
     */
    public static void restore(ActiveTest previous) {
        if (previous == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(previous);
        }
    }

    static Optional<ActiveTest> current() {
        return Optional.ofNullable(CURRENT.get());
    }
}
