/**
 * A run's record of distribution checks and its HTML report.
 *
 * <p>Every distribution assertion records a {@link io.github.ionqci.junit.report.CheckRecord} in its
 * run's {@link io.github.ionqci.junit.report.IonQReport}; at the end of the run the extension calls
 * {@link io.github.ionqci.junit.report.ReportDirectory#publish}, which writes the run's self-contained
 * page (inline SVG and CSS, no scripts, no network) under {@code runs/} and an {@code index.html} that
 * shows every run the directory keeps, such as a build's Surefire and Failsafe phases.
 */
package io.github.ionqci.junit.report;
