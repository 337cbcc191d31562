/**
 * Stored result distributions per test, for regression checks with
 * {@code assertThat(job).histogram().matchesBaseline()}.
 *
 * <p>A baseline lives at {@code src/test/resources/ionq/baselines/<fully.qualified.TestClass>/<method>.json}
 * (the directory is configurable with {@code ionq.baselines.dir}): sorted, readable JSON with the counts,
 * shots, backend, noise model, the job id and when it was recorded. {@link io.github.ionqci.junit.baseline.Baselines}
 * decides whether a check compares, records or rewrites, and names every written file on the console.
 */
package io.github.ionqci.junit.baseline;
