package io.github.ionqci.junit.internal;

import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Sets {@link CurrentTest} for the duration of a test (from the extension's {@code beforeEach} to its
 * {@code afterEach}), so assertions, baselines and the report know which test they belong to.
 */
public final class CurrentTestScope {

    private static final ThreadLocal<Optional<CurrentTest.Identity>> PREVIOUS = new ThreadLocal<>();

    private CurrentTestScope() {
    }

    /**
     * @param context the test method's context
     */
    public static void enter(ExtensionContext context) {
        PREVIOUS.set(CurrentTest.get());
        CurrentTest.set(new CurrentTest.Identity(context.getRequiredTestClass(),
                context.getRequiredTestMethod().getName(), invocation(context), CurrentTest.defaultProjectDir()));
    }

    /** Restores what was current before {@link #enter}. */
    public static void leave() {
        Optional<CurrentTest.Identity> previous = PREVIOUS.get();
        PREVIOUS.remove();
        if (previous != null && previous.isPresent()) {
            CurrentTest.set(previous.get());
        } else {
            CurrentTest.clear();
        }
    }

    /**
     * @param context a test's context
     * @return for one invocation of a test template (parameterized, repeated), its index; else null
     */
    static String invocation(ExtensionContext context) {
        boolean templateInvocation = context.getParent().flatMap(ExtensionContext::getTestMethod).isPresent();
        if (!templateInvocation) {
            return null;
        }
        String uniqueId = context.getUniqueId();
        int segment = uniqueId.lastIndexOf('[');
        int colon = uniqueId.indexOf(':', Math.max(segment, 0));
        if (segment < 0 || colon < 0 || !uniqueId.endsWith("]")) {
            return null;
        }
        String id = uniqueId.substring(colon + 1, uniqueId.length() - 1);
        return id.startsWith("#") ? id.substring(1) : id;
    }
}
