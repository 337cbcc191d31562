package io.github.ionqci.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Registers the {@link IonQExtension} on a test class, so that {@link IonQJob @IonQJob} fields and
 * parameters are fetched, awaited and injected.
 *
 * <pre>{@code
 * @IonQTest
 * class BellStateTest {
 *     @Test
 *     void entangles(@IonQJob("e1a09d90-b2ba-4ea5-9fd7-4bfc14eac524") Job job) {
 *         assertThat(job).isCompleted();
 *     }
 * }
 *
 * @IonQTest(emulator = true, timeout = "30s")   // against the embedded emulator
 * class GhzTest { ... }
 * }</pre>
 *
 * <p>For programmatic set-up (your own client, a config object) register the extension with
 * {@link IonQExtension#builder()} and {@code @RegisterExtension} instead; use one or the other on a
 * class, not both.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@ExtendWith(IonQExtension.class)
public @interface IonQTest {

    /**
     * Starts the embedded IonQ emulator (once per test run, shared by every class that asks for it)
     * and points the client at it. {@code false} leaves the choice to the {@code ionq.emulator}
     * configuration parameter, system property or {@code IONQ_EMULATOR} environment variable.
     *
     * @return whether to run against the embedded emulator
     */
    boolean emulator() default false;

    /**
     * How long to wait for a job before failing the test that needs it, for every {@link IonQJob} in
     * this class that does not set its own: {@code "30s"}, {@code "10m"}, {@code "PT10M"},
     * {@code "500ms"}. Empty: the {@code ionq.await.timeout} configuration, else 10 minutes.
     *
     * @return the await timeout, or empty
     */
    String timeout() default "";

    /**
     * The first poll interval while waiting, for every {@link IonQJob} in this class that does not set
     * its own. Empty: the {@code ionq.await.poll-interval} configuration, else the client's default
     * (1s growing ×1.5 to 30s).
     *
     * @return the poll interval, or empty
     */
    String pollInterval() default "";
}
