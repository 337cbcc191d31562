package io.github.ionqci.junit.internal;

import io.github.ionqci.junit.run.RunConfiguration;
import java.time.Duration;

/**
 * Turns the attributes of a class's {@code @IonQTest} into {@link ExtensionSettings}. The extension
 * reads the annotation (of the class, or of an enclosing class for {@code @Nested} ones) and hands its
 * values here, so this package never names the annotation.
 */
public final class AnnotationSettings {

    private AnnotationSettings() {
    }

    /**
     * @param emulator     {@code @IonQTest(emulator = ...)}
     * @param timeout      {@code @IonQTest(timeout = ...)}, possibly empty
     * @param pollInterval {@code @IonQTest(pollInterval = ...)}, possibly empty
     * @param where        the annotated class, for messages
     * @return the settings the annotation gives
     */
    public static ExtensionSettings of(boolean emulator, String timeout, String pollInterval, Class<?> where) {
        AwaitSettings durations = AwaitSettings.resolve(timeout, pollInterval, ExtensionSettings.NONE,
                RunConfiguration.NONE, "@IonQTest on " + where.getSimpleName());
        Duration resolvedTimeout = timeout.isBlank() ? null : durations.timeout();
        return new ExtensionSettings(null, null, emulator ? Boolean.TRUE : null, resolvedTimeout,
                durations.pollInterval(), null);
    }
}
