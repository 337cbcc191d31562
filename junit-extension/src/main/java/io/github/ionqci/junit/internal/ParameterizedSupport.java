package io.github.ionqci.junit.internal;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.List;

/**
 * Recognises {@code @ParameterizedTest} and {@code @ValueSource} by name, so the extension works
 * whether or not {@code junit-jupiter-params} is on the test classpath.
 */
final class ParameterizedSupport {

    private static final String PARAMETERIZED_TEST = "org.junit.jupiter.params.ParameterizedTest";
    private static final String VALUE_SOURCE = "org.junit.jupiter.params.provider.ValueSource";

    private ParameterizedSupport() {
    }

    static boolean isParameterizedTest(AnnotatedElement element) {
        return find(element, PARAMETERIZED_TEST, 2) != null;
    }

    /**
     * The strings of a {@code @ValueSource(strings = ...)} on a method, known before any invocation,
     * so that a class's parameterized jobs can be awaited in the same batch as its other jobs.
     *
     * @param method a test method
     * @return its value-source strings, or an empty list
     */
    static List<String> valueSourceStrings(Method method) {
        Annotation source = find(method, VALUE_SOURCE, 1);
        if (source == null) {
            return List.of();
        }
        try {
            return List.of((String[]) source.annotationType().getMethod("strings").invoke(source));
        } catch (ReflectiveOperationException | ClassCastException e) {
            return List.of();
        }
    }

    private static Annotation find(AnnotatedElement element, String typeName, int depth) {
        for (Annotation annotation : element.getAnnotations()) {
            Class<? extends Annotation> type = annotation.annotationType();
            if (type.getName().equals(typeName)) {
                return annotation;
            }
            if (depth > 1 && !type.getName().startsWith("java.lang.annotation")
                    && find(type, typeName, depth - 1) != null) {
                return annotation;
            }
        }
        return null;
    }
}
