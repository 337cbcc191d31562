/**
 * Test classes that the module's tests run through EngineTestKit. Their names do not end in
 * {@code Test}, so Surefire does not run them on their own; each records what it saw in static
 * fields for the outer test to check.
 */
package io.github.ionqci.testcontainers.scenarios;
