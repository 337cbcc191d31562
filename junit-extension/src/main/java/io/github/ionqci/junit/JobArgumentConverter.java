package io.github.ionqci.junit;

import io.github.ionqci.junit.run.IonQRun;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.params.converter.ArgumentConversionException;
import org.junit.jupiter.params.converter.ArgumentConverter;

/**
 * Converts a {@code @ParameterizedTest} argument (a job id, a {@code ${property}} or a name in the jobs
 * file) into the job for an {@code @IonQJob} parameter that names no job itself. {@code IonQJob} is
 * meta-annotated with {@code @ConvertWith(JobArgumentConverter.class)}, so users never name this class.
 *
 * <p>JUnit hands a converter no extension context; it finds the test's run through the one lookup,
 * {@link IonQRun#current()}, which the extension sets for each test it runs.
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
        IonQRun.ArgumentJobs jobs = IonQRun.current().flatMap(IonQRun.Scope::arguments)
                .orElseThrow(() -> new ArgumentConversionException("@IonQJob on parameter "
                        + parameterContext.getParameter() + " of " + parameterContext.getDeclaringExecutable()
                        + " needs the IonQ extension: annotate the test class with @IonQTest, or register"
                        + " IonQExtension.builder()...build() with @RegisterExtension."));
        return jobs.convert(source, parameterContext, ArgumentConversionException::new);
    }
}
