/**
 * The run's record of distribution checks and its HTML report.
 *
 * <p>Every distribution assertion records a {@link io.github.ionqci.junit.report.CheckRecord} in
 * {@link io.github.ionqci.junit.report.IonQReport}; at the end of the run the extension calls
 * {@link io.github.ionqci.junit.report.IonQReport#writeTo(java.nio.file.Path)}, which writes one
 * self-contained {@code index.html} (inline SVG and CSS, no scripts, no network).
 */
package io.github.ionqci.junit.report;
