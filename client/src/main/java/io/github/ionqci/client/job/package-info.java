/**
 * The typed IonQ v0.4 job model: {@link io.github.ionqci.client.job.Job} and the records it holds.
 *
 * <p>Every field of v0.4's {@code GetCircuitJobResponse} is present, nulls included. Statuses and
 * failure codes keep values the API adds later as raw strings. Unknown JSON fields are ignored.
 */
package io.github.ionqci.client.job;
