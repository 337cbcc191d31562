package io.github.ionqci.junit.internal;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The test running on this thread: its class, method, invocation and the project's base directory.
 * The extension sets it before each test and clears it after; baselines and the report read it.
 *
 * <pre>{@code
 * CurrentTest.set(new CurrentTest.Identity(BellStateTest.class, "entangles", null, Path.of(".")));
 * try {
 *     // assertions here know which test they belong to
 * } finally {
 *     CurrentTest.clear();
 * }
 * }</pre>
 *
 * <p>It is a plain {@link ThreadLocal}: an assertion made on a thread the test started itself does not
 * see it.
 */
public final class CurrentTest {

    private static final ThreadLocal<Identity> CURRENT = new ThreadLocal<>();

    private CurrentTest() {
    }

    /**
     * Who is running.
     *
     * @param testClass  the test class
     * @param methodName the test method's name
     * @param invocation what tells repeated invocations of the method apart (a parameterized test's
     *                   invocation index, say), or null for a plain test
     * @param projectDir the project's base directory, where {@code src/test/resources} is
     */
    public record Identity(Class<?> testClass, String methodName, String invocation, Path projectDir) {

        /** Checks the required parts. */
        public Identity {
            Objects.requireNonNull(testClass, "testClass");
            Objects.requireNonNull(methodName, "methodName");
            Objects.requireNonNull(projectDir, "projectDir");
            if (invocation != null && invocation.isBlank()) {
                invocation = null;
            }
        }

        /** @return {@code SimpleClassName.method} plus {@code [invocation]} when there is one */
        public String displayName() {
            String name = simpleName(testClass) + "." + methodName;
            return invocation == null ? name : name + "[" + invocation + "]";
        }

        private static String simpleName(Class<?> type) {
            Class<?> enclosing = type.getEnclosingClass();
            return enclosing == null ? type.getSimpleName() : simpleName(enclosing) + "." + type.getSimpleName();
        }
    }

    /**
     * @param identity the test now running on this thread
     */
    public static void set(Identity identity) {
        CURRENT.set(Objects.requireNonNull(identity, "identity"));
    }

    /** @return the test running on this thread, if the extension set one */
    public static Optional<Identity> get() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** Forgets the test running on this thread. */
    public static void clear() {
        CURRENT.remove();
    }

    /**
     * @return the directory Maven's Surefire runs in ({@code basedir}), else the working directory
     */
    public static Path defaultProjectDir() {
        String basedir = System.getProperty("basedir");
        return Path.of(basedir != null && !basedir.isBlank() ? basedir : System.getProperty("user.dir"));
    }
}
