package io.github.ionqci.testcontainers;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testcontainers.DockerClientFactory;

/** The condition behind {@link EnabledIfDockerAvailable}; Docker is looked up once per JVM. */
final class DockerAvailableCondition implements ExecutionCondition {

    private static final Object LOCK = new Object();
    private static String lookupResult;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String missing = whyDockerIsMissing();
        if (missing == null) {
            return ConditionEvaluationResult.enabled("a Docker engine was found");
        }
        String reason = "SKIPPED " + context.getDisplayName() + ": no Docker engine was found (" + missing
                + "). These tests run the emulator in a Docker container; start a Docker engine (or set DOCKER_HOST)"
                + " to run them.";
        System.err.println("[WARNING] [ionq-testcontainers] " + reason);
        return ConditionEvaluationResult.disabled(reason);
    }

    /** @return null when Docker is there, else why not */
    private static String whyDockerIsMissing() {
        synchronized (LOCK) {
            if (lookupResult == null) {
                try {
                    DockerClientFactory.instance().client();
                    lookupResult = "";
                } catch (Throwable notFound) {
                    lookupResult = notFound.getClass().getSimpleName() + ": " + notFound.getMessage();
                }
            }
            return lookupResult.isEmpty() ? null : lookupResult;
        }
    }
}
