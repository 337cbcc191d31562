/**
 * Typed job results: {@link io.github.ionqci.client.result.Probabilities},
 * {@link io.github.ionqci.client.result.Histogram} and {@link io.github.ionqci.client.result.Shots}.
 *
 * <p>Bit order: IonQ keys results by a decimal integer with qubit 0 as the least significant bit.
 * Every bitstring in this package puts qubit 0 <b>rightmost</b>.
 */
package io.github.ionqci.client.result;
