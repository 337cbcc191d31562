package io.github.ionqci.junit.internal;

import io.github.ionqci.junit.IonQJob;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.params.converter.ArgumentConversionException;
import org.junit.jupiter.params.converter.ArgumentConverter;

/**
 * Converts a {@code @ParameterizedTest} argument (a job id, a {@code ${property}} or a name in the jobs
 * file) into the job for an {@code @IonQJob} parameter that names no job itself. {@link IonQJob} is
 * meta-annotated with {@code @ConvertWith(JobArgumentConverter.class)}, so users never name this class.
 *
 * <pre>{@code
 * @ParameterizedTest
 * @ValueSource(strings = {"bell", "ghz3"})
 * void completes(@IonQJob Job job) {
 *     assertThat(job).isCompleted();
 * }
 * }</pre>
 */
public final class JobArgumentConverter implements ArgumentConverter {

    /** Called by JUnit. */
    public JobArgumentConverter() {
    }

    @Override
    public Object convert(Object source, ParameterContext parameterContext) throws ArgumentConversionException {
        IonQJob annotation = parameterContext.findAnnotation(IonQJob.class).orElseThrow(() ->
                new ArgumentConversionException("JobArgumentConverter converts only @IonQJob parameters"));
        InjectionPoint point = InjectionPoint.of(parameterContext.getParameter(), parameterContext.getIndex(), annotation);
        ActiveTest test = ActiveTest.current().orElseThrow(() -> new ArgumentConversionException("@IonQJob on " + point
                + " needs the IonQ extension: annotate the test class with @IonQTest, or register"
                + " IonQExtension.builder()...build() with @RegisterExtension."));
        if (!point.takesArgument()) {
            throw new ArgumentConversionException("@IonQJob on " + point + " names its job itself, but the"
                    + " parameterized test also supplies an argument for it: remove the id from @IonQJob, or move"
                    + " the parameter after the ones the argument source fills.");
        }
        if (!(source instanceof CharSequence text)) {
            throw new ArgumentConversionException("@IonQJob on " + point + " takes the job id, ${property} or job"
                    + " name from the argument, which must be a String; got "
                    + (source == null ? "null" : source.getClass().getName() + " " + source) + ".");
        }
        try {
            return test.injector().inject(point, new JobSource.Argument(text.toString().trim()));
        } catch (AssertionError failure) {
            PendingFailures.record(test.context(), failure);
            return null;
        }
    }
}
