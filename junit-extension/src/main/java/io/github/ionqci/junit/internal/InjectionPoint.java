package io.github.ionqci.junit.internal;

import io.github.ionqci.junit.IonQJob;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;

/**
 * Where an {@link IonQJob} is used: a parameter or a field, with a description for error messages.
 *
 * @param annotation  the annotation
 * @param type        the declared type to inject
 * @param description where it is, such as {@code parameter 'job' of BellTest.entangles(Job)}
 * @param inParameterizedTest whether it is a parameter of a {@code @ParameterizedTest} method
 */
public record InjectionPoint(IonQJob annotation, Class<?> type, String description, boolean inParameterizedTest) {

    static InjectionPoint of(Field field) {
        String kind = Modifier.isStatic(field.getModifiers()) ? "static field " : "field ";
        return new InjectionPoint(field.getAnnotation(IonQJob.class), field.getType(),
                kind + field.getDeclaringClass().getSimpleName() + "." + field.getName(), false);
    }

    static InjectionPoint of(Parameter parameter, int index, IonQJob annotation) {
        Executable executable = parameter.getDeclaringExecutable();
        String name = parameter.isNamePresent() ? "'" + parameter.getName() + "'" : "#" + index;
        String owner = executable instanceof Constructor<?>
                ? "constructor " + executable.getDeclaringClass().getSimpleName()
                : executable.getDeclaringClass().getSimpleName() + "." + executable.getName();
        StringBuilder signature = new StringBuilder(owner).append('(');
        Class<?>[] types = executable.getParameterTypes();
        for (int i = 0; i < types.length; i++) {
            signature.append(i == 0 ? "" : ", ").append(types[i].getSimpleName());
        }
        signature.append(')');
        return new InjectionPoint(annotation, parameter.getType(), "parameter " + name + " of " + signature,
                ParameterizedSupport.isParameterizedTest(executable));
    }

    /**
     * @return whether the annotation names no job itself, so the job comes from the parameterized
     *         test's argument
     */
    boolean takesArgument() {
        return inParameterizedTest && annotation.value().isEmpty() && annotation.name().isEmpty()
                && annotation.circuit().isEmpty();
    }

    /**
     * @param parameter an {@code @IonQJob} parameter
     * @return whether a parameterized test's argument supplies its job (so the extension must leave
     *         the parameter to JUnit's parameterized-test resolver, which converts the argument)
     */
    public static boolean takesArgument(org.junit.jupiter.api.extension.ParameterContext parameter) {
        return parameter.findAnnotation(IonQJob.class)
                .map(annotation -> of(parameter.getParameter(), parameter.getIndex(), annotation).takesArgument())
                .orElse(false);
    }

    @Override
    public String toString() {
        return description;
    }
}
