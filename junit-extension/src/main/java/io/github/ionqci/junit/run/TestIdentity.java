package io.github.ionqci.junit.run;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Which test an assertion belongs to: its class, method, invocation and the project's base directory.
 * The extension makes one for each test it runs ({@link IonQRun#enter(TestIdentity)}); baselines and the
 * report read it.
 *
 * <pre>{@code
 * TestIdentity test = new TestIdentity(BellStateTest.class, "entangles", null, TestIdentity.defaultProjectDir());
 * test.displayName();   // "BellStateTest.entangles"
 * }</pre>
 *
 * @param testClass  the test class
 * @param methodName the test method's name
 * @param invocation what tells repeated invocations of the method apart (a parameterized test's
 *                   invocation index, say), or null for a plain test
 * @param projectDir the project's base directory, where {@code src/test/resources} is
 */
public record TestIdentity(Class<?> testClass, String methodName, String invocation, Path projectDir) {

    /**
     * Checks the required parts.
     *
     * @param testClass  the test class
     * @param methodName the test method's name
     * @param invocation what tells repeated invocations apart, or null (a blank one becomes null)
     * @param projectDir the project's base directory
     */
    public TestIdentity {
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

    /**
     * @return the directory Maven's Surefire runs in ({@code basedir}), else the working directory
     */
    public static Path defaultProjectDir() {
        String basedir = System.getProperty("basedir");
        return Path.of(basedir != null && !basedir.isBlank() ? basedir : System.getProperty("user.dir"));
    }
}
