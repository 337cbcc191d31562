package io.github.ionqci.junit.internal;

import io.github.ionqci.junit.run.TestIdentity;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Names the test a method context runs, for the run's scope: class, method, invocation, project directory. */
public final class TestIdentities {

    private TestIdentities() {
    }

    /**
     * @param context a test method's context
     * @return who it is
     */
    public static TestIdentity of(ExtensionContext context) {
        return new TestIdentity(context.getRequiredTestClass(), context.getRequiredTestMethod().getName(),
                invocation(context), TestIdentity.defaultProjectDir());
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
