package io.github.ionqci.junit.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Test failures found while resolving a parameter (a job that timed out, a job without results),
 * thrown when the method or constructor is about to run, so the test fails with the
 * {@link AssertionError} itself rather than with JUnit's wrapping {@code ParameterResolutionException}.
 */
public final class PendingFailures {

    private PendingFailures() {
    }

    /**
     * @param context the context the parameter was resolved in
     * @param failure the failure to throw before the invocation
     */
    public static void record(ExtensionContext context, AssertionError failure) {
        failures(context).add(failure);
    }

    /**
     * Throws the first failure recorded for this context (with the others suppressed), and forgets them.
     *
     * @param context the context the invocation runs in
     */
    public static void throwIfAny(ExtensionContext context) {
        List<AssertionError> failures = failures(context);
        AssertionError first;
        synchronized (failures) {
            if (failures.isEmpty()) {
                return;
            }
            first = failures.get(0);
            failures.subList(1, failures.size()).forEach(first::addSuppressed);
            failures.clear();
        }
        throw first;
    }

    @SuppressWarnings("unchecked")
    private static List<AssertionError> failures(ExtensionContext context) {
        return Stores.getOrCompute(context.getStore(Stores.NAMESPACE), new Key(context.getUniqueId()),
                key -> Collections.synchronizedList(new ArrayList<AssertionError>()), List.class);
    }

    private record Key(String uniqueId) {
    }
}
