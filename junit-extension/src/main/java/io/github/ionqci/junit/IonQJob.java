package io.github.ionqci.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.converter.ConvertWith;

/**
 * Injects an IonQ job, fetched and awaited until it has finished (completed, failed or canceled),
 * into a test-method parameter, a constructor parameter, a lifecycle-method parameter, or a field
 * (static or instance) of a class that uses the {@link IonQExtension} ({@link IonQTest @IonQTest}).
 *
 * <p>The annotated element may be a {@code io.github.ionqci.client.job.Job} (any final status), or
 * a {@code io.github.ionqci.client.result.Probabilities} or {@code Histogram} (the job must have
 * completed).
 *
 * <p>Say which job in exactly one way:
 * <pre>{@code
 * @IonQJob("e1a09d90-b2ba-4ea5-9fd7-4bfc14eac524") Job literal;
 * @IonQJob("${bell.job}") Job fromProperty;          // system property, env BELL_JOB, or junit-platform.properties
 * @IonQJob(name = "bell") Job fromJobsFile;           // target/ionq/jobs.json: {"bell": "<uuid>"}
 * @IonQJob(circuit = "circuits/ghz3.json", shots = 2000, noise = "aria-1") Job submitted;
 * @IonQJob(circuit = "circuits/ghz3.json", noise = "aria-1", noiseSeed = 7) Job pinned;   // same counts every run
 *
 * @ParameterizedTest                                  // one job per argument: an id, ${placeholder} or name
 * @ValueSource(strings = {"bell", "ghz3"})
 * void completes(@IonQJob Job job) { ... }
 * }</pre>
 *
 * <p>A job is fetched once per test run however many tests and classes use it, and the jobs a class
 * names are awaited together. A job that does not finish within the timeout fails the test with its
 * id, last status, predicted wait and the time waited.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.FIELD})
@ConvertWith(JobArgumentConverter.class)
public @interface IonQJob {

    /**
     * The job id (a UUID), or a {@code ${property}} placeholder for one, looked up as a system
     * property, then an environment variable (the name as given, then upper-cased with
     * {@code .} and {@code -} as {@code _}), then a JUnit configuration parameter.
     *
     * <p>Leave empty in a {@code @ParameterizedTest} to take the job from the argument at this
     * parameter's position.
     *
     * @return the job id or placeholder, or empty
     */
    String value() default "";

    /**
     * The job's name in the jobs file ({@code target/ionq/jobs.json}, or the {@code ionq.jobs.file}
     * configuration parameter / system property), a JSON object {@code {"name": "uuid", ...}} as
     * written by {@code mvn ionq:submit}.
     *
     * @return the name, or empty
     */
    String name() default "";

    /**
     * A circuit file to submit and await: a classpath resource (from the root, then relative to the
     * test class), else a file path relative to the project directory. The file is a v0.4
     * {@code POST /jobs} payload (with {@code input}), or just the {@code input} object
     * ({@code {"qubits": 2, "gateset": "qis", "circuit": [...]}}). Each distinct circuit, with its
     * shots, backend and noise, is submitted once per test run.
     *
     * @return the circuit resource, or empty
     */
    String circuit() default "";

    /**
     * Shots for a {@link #circuit()}; {@code 0} keeps the file's value (or IonQ's default).
     *
     * @return the shot count, or 0
     */
    int shots() default 0;

    /**
     * Backend for a {@link #circuit()}, such as {@code simulator} or {@code qpu.forte-1}; empty keeps
     * the file's value, else {@code simulator}.
     *
     * @return the backend, or empty
     */
    String backend() default "";

    /**
     * Simulator noise model for a {@link #circuit()}, such as {@code ideal}, {@code aria-1},
     * {@code forte-1}; empty keeps the file's value.
     *
     * @return the noise model, or empty
     */
    String noise() default "";

    /**
     * Seed of the simulator's noise for a {@link #circuit()} (the payload's {@code noise.seed}), so a
     * noisy emulator job gives the same histogram every run; from 0 to {@code Integer.MAX_VALUE}.
     * {@code -1} (the default) keeps the file's seed, or none (a random one).
     *
     * <pre>{@code
     * @IonQJob(circuit = "circuits/ghz5.json", noise = "aria-1", noiseSeed = 7, shots = 10_000) Job pinned;
     * }</pre>
     *
     * @return the seed, or -1
     */
    long noiseSeed() default -1;

    /**
     * How long to wait for this job ({@code "30s"}, {@code "10m"}, {@code "PT10M"}, {@code "500ms"});
     * empty: {@link IonQTest#timeout()} or the extension builder, then {@code ionq.await.timeout},
     * then 10 minutes.
     *
     * @return the timeout, or empty
     */
    String timeout() default "";

    /**
     * The first poll interval while waiting for this job; empty: {@link IonQTest#pollInterval()} or
     * the builder, then {@code ionq.await.poll-interval}, then the client's default.
     *
     * @return the poll interval, or empty
     */
    String pollInterval() default "";
}
