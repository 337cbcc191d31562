package io.github.ionqci.junit.internal;

import io.github.ionqci.junit.IonQTest;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/** Reads {@link IonQTest @IonQTest} of a test class, or of an enclosing class for {@code @Nested} ones. */
public final class AnnotationSettings {

    private AnnotationSettings() {
    }

    /**
     * @param context a context inside a test class
     * @return the settings the class's {@code @IonQTest} gives, or {@link ExtensionSettings#NONE}
     */
    public static ExtensionSettings of(ExtensionContext context) {
        Optional<Class<?>> testClass = context.getTestClass();
        if (testClass.isEmpty()) {
            return ExtensionSettings.NONE;
        }
        for (Class<?> type = testClass.get(); type != null; type = type.getEnclosingClass()) {
            Optional<IonQTest> annotation = AnnotationSupport.findAnnotation(type, IonQTest.class);
            if (annotation.isPresent()) {
                return of(annotation.get(), type);
            }
        }
        return ExtensionSettings.NONE;
    }

    private static ExtensionSettings of(IonQTest annotation, Class<?> where) {
        AwaitSettings durations = AwaitSettings.resolve(annotation.timeout(), annotation.pollInterval(),
                ExtensionSettings.NONE, RunConfiguration.NONE, "@IonQTest on " + where.getSimpleName());
        Duration timeout = annotation.timeout().isBlank() ? null : durations.timeout();
        return new ExtensionSettings(null, null, annotation.emulator() ? Boolean.TRUE : null, timeout,
                durations.pollInterval(), null);
    }
}
