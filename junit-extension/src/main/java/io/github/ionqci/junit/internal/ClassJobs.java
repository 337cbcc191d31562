package io.github.ionqci.junit.internal;

import io.github.ionqci.junit.IonQJob;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;

/**
 * Starts awaiting every job a test class names, together, the first time one of them is needed: fields (static
 * and instance), constructor and method parameters, and the {@code @ValueSource} strings of
 * parameterized tests that take their job from the argument. Jobs of enclosing classes are included for
 * {@code @Nested} classes. One batch per distinct timeout/poll setting (usually one). Circuits for a
 * simulator backend are submitted here too; circuits for a QPU only when a test that needs them runs,
 * because a QPU job costs money and the test may be filtered out.
 *
 * <p>The batch runs in the background and hands over each job as soon as it has finished, so a test
 * waits for its own jobs only. Best effort: a job whose id cannot be resolved here is skipped, and its error is reported by the
 * injection that needs it, to the test that needs it.
 */
final class ClassJobs {

    private ClassJobs() {
    }

    /**
     * @param context  any context inside a test class
     * @param injector the injector for that class
     */
    static void prefetchOnce(ExtensionContext context, JobInjector injector) {
        ExtensionContext classContext = classContext(context);
        if (classContext == null) {
            return;
        }
        Class<?> testClass = classContext.getRequiredTestClass();
        Stores.getOrCompute(classContext.getStore(Stores.NAMESPACE), new Key(testClass), key -> {
            prefetch(testClass, injector);
            return Boolean.TRUE;
        }, Boolean.class);
    }

    private static void prefetch(Class<?> testClass, JobInjector injector) {
        Map<AwaitSettings, Set<String>> batches = new LinkedHashMap<>();
        Connection connection;
        try {
            connection = injector.run().connection(injector.settings());
        } catch (RuntimeException e) {
            return;   // reported where a job is injected
        }
        for (Class<?> type = testClass; type != null; type = enclosingInstanceClass(type)) {
            for (Named point : points(type)) {
                try {
                    if (!JobInjector.INJECTABLE.contains(point.point().type())) {
                        continue;
                    }
                    AwaitSettings await = injector.awaitSettings(point.point());
                    String origin = point.source() + " on " + point.point();
                    if (point.source() instanceof JobSource.Circuit circuit && !injector.isFreeToSubmit(circuit)) {
                        continue;   // a QPU job costs money: submit it only for a test that runs
                    }
                    String id = injector.resolveId(point.source(), origin, connection);
                    batches.computeIfAbsent(await, k -> new LinkedHashSet<>()).add(id);
                } catch (RuntimeException e) {
                    // reported where the job is injected
                }
            }
        }
        for (Map.Entry<AwaitSettings, Set<String>> batch : batches.entrySet()) {
            connection.jobs().prefetch(batch.getValue(), batch.getKey());   // in the background
        }
    }

    /** Every {@code @IonQJob} a class declares, with its source; points whose annotation is invalid are left out. */
    private static List<Named> points(Class<?> type) {
        List<Named> points = new ArrayList<>();
        for (Field field : AnnotationSupport.findAnnotatedFields(type, IonQJob.class)) {
            add(points, InjectionPoint.of(field), null);
        }
        List<Executable> executables = new ArrayList<>(List.of(type.getDeclaredConstructors()));
        executables.addAll(ReflectionSupport.findMethods(type, method -> !method.isSynthetic(),
                HierarchyTraversalMode.TOP_DOWN));
        for (Executable executable : executables) {
            Parameter[] parameters = executable.getParameters();
            for (int i = 0; i < parameters.length; i++) {
                IonQJob annotation = parameters[i].getAnnotation(IonQJob.class);
                if (annotation == null) {
                    continue;
                }
                InjectionPoint point = InjectionPoint.of(parameters[i], i, annotation);
                if (point.takesArgument()) {
                    if (executable instanceof Method method) {
                        for (String argument : ParameterizedSupport.valueSourceStrings(method)) {
                            points.add(new Named(point, new JobSource.Argument(argument)));
                        }
                    }
                } else {
                    add(points, point, null);
                }
            }
        }
        return points;
    }

    private static void add(List<Named> points, InjectionPoint point, JobSource source) {
        try {
            points.add(new Named(point, source != null ? source : JobSource.of(point)));
        } catch (RuntimeException e) {
            // an invalid annotation is reported where it is injected
        }
    }

    private static Class<?> enclosingInstanceClass(Class<?> type) {
        return type.isMemberClass() && !Modifier.isStatic(type.getModifiers()) ? type.getEnclosingClass() : null;
    }

    /**
     * @param context a context
     * @return the nearest enclosing class-level context, or null
     */
    static ExtensionContext classContext(ExtensionContext context) {
        ExtensionContext current = context;
        while (current != null && current.getTestMethod().isPresent()) {
            current = current.getParent().orElse(null);
        }
        return current != null && current.getTestClass().isPresent() ? current : null;
    }

    private record Named(InjectionPoint point, JobSource source) {
    }

    private record Key(Class<?> testClass) {
    }
}
