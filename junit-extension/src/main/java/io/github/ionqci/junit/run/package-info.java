/**
 * One test run and what it owns: {@link io.github.ionqci.junit.run.IonQRun} (settings, statistical
 * family, report, result registry, the extension's parts) and the one lookup,
 * {@link io.github.ionqci.junit.run.IonQRun#current()}, by which assertions find the run of the test
 * running on their thread.
 *
 * <pre>{@code
 * IonQRun run = IonQRun.current().orElseThrow().run();
 * run.family().size();            // statistical checks decided so far in this run
 * run.report().checks();          // every check recorded so far
 * }</pre>
 */
package io.github.ionqci.junit.run;
