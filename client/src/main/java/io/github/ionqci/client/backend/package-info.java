/**
 * The account and hardware side of IonQ's API: {@link io.github.ionqci.client.backend.Backend},
 * {@link io.github.ionqci.client.backend.Characterization}, {@link io.github.ionqci.client.backend.Whoami}.
 */
package io.github.ionqci.client.backend;
