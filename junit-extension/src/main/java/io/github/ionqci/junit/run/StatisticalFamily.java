package io.github.ionqci.junit.run;

import io.github.ionqci.junit.report.Numbers;
import io.github.ionqci.junit.statistics.Holm;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Family-wise error control for the statistical checks of one test run (goodness-of-fit, homogeneity,
 * baseline comparisons). Each {@link IonQRun} has its own family, so every launcher session (a Maven
 * phase, an IDE run, an {@code EngineTestKit} execution) starts again at j = 1.
 *
 * <p><b>What is decided when.</b> A test must pass or fail when it runs, before the run's other checks
 * exist. So the j-th statistical check of the run is decided at Holm's most conservative level for the
 * family known at that moment: {@code α / max(j, m)}, where {@code m} is the family size declared with
 * {@code ionq.stats.family-size} (0 when not declared). At the end of the run,
 * {@link io.github.ionqci.junit.report.IonQReport#holm()} of the run applies Holm's full step-down procedure to all
 * p-values, and the report shows both verdicts and flags any check where they differ.
 *
 * <p><b>What is guaranteed.</b>
 * <ul>
 *   <li>With {@code ionq.stats.family-size} at least the number of statistical checks the run makes,
 *       every check is decided at α/m (Bonferroni), so the chance that the run fails any true hypothesis
 *       is at most α, under any dependence between the checks. Holm's end-of-run verdicts reject
 *       everything the run failed, and possibly more (those are reported, not failed).</li>
 *   <li>Without a declared size, check j is decided at α/j, so the chance of any false failure is at most
 *       α·(1 + 1/2 + … + 1/N) for N checks (≈ α·(ln N + 0.58)); the end-of-run Holm verdicts in the report
 *       do control it at α. Verdicts depend on the order checks run in (parallel runs vary).</li>
 *   <li>Forbidden outcomes give p = 0 and fail at any level.</li>
 * </ul>
 *
 * <pre>{@code
 * StatisticalFamily family = run.family();
 * StatisticalFamily.Decision d = family.decide(0.0004);
 * d.rejected();   // true at α = 0.001 for the run's first check
 * }</pre>
 */
public final class StatisticalFamily {

    /** The family-wise α: {@value}. */
    public static final String ALPHA_PROPERTY = "ionq.stats.alpha";
    /** The declared number of statistical checks in the run: {@value}. */
    public static final String FAMILY_SIZE_PROPERTY = "ionq.stats.family-size";
    /** The default family-wise α, small so that unseeded CI runs do not flake. */
    public static final double DEFAULT_ALPHA = 0.001;

    private final AtomicInteger checks = new AtomicInteger();
    private final RunConfiguration settings;

    /**
     * @param settings where {@value #ALPHA_PROPERTY} and {@value #FAMILY_SIZE_PROPERTY} are read, at each decision
     */
    public StatisticalFamily(RunConfiguration settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * How one statistical check was decided.
     *
     * @param index        its position in the run's family, from 1
     * @param divisor      the family size used: {@code max(index, declared size)}
     * @param declaredSize the declared family size, or 0
     * @param alpha        the family-wise α
     * @param level        the level it was decided at, {@code alpha / divisor}
     * @param pValue       its p-value
     * @param rejected     whether it failed: {@code pValue <= level}
     */
    public record Decision(int index, int divisor, int declaredSize, double alpha, double level, double pValue,
                           boolean rejected) {

        /** @return whether more checks ran than the declared family size (the declared size no longer holds) */
        public boolean exceedsDeclaredSize() {
            return declaredSize > 0 && index > declaredSize;
        }

        /** @return a short phrase on where the level comes from, for messages */
        public String levelExplanation() {
            String alphaText = Numbers.number(alpha);
            if (declaredSize > 0 && !exceedsDeclaredSize()) {
                return "family-wise α " + alphaText + " / family size " + declaredSize + " from " + FAMILY_SIZE_PROPERTY;
            }
            String checks = index == 1 ? "1 statistical check" : index + " statistical checks";
            String text = "family-wise α " + alphaText + " / " + checks + " so far in this run";
            if (exceedsDeclaredSize()) {
                text += ", more than the declared family size " + declaredSize;
            }
            return text;
        }
    }

    /**
     * Decides one statistical check and counts it in the run's family.
     *
     * @param pValue the check's p-value
     * @return the decision
     */
    public Decision decide(double pValue) {
        if (!(pValue >= 0 && pValue <= 1)) {
            throw new IllegalArgumentException("A p-value must be from 0 to 1, but was " + pValue);
        }
        double alpha = alpha();
        int declared = declaredSize().orElse(0);
        int index = checks.incrementAndGet();
        int divisor = Math.max(index, declared);
        double level = Holm.mostConservativeLevel(divisor, alpha);
        return new Decision(index, divisor, declared, alpha, level, pValue, pValue <= level);
    }

    /**
     * @return the family-wise α from {@code ionq.stats.alpha}, default {@value #DEFAULT_ALPHA}
     * @throws IllegalArgumentException when the setting is not a number between 0 and 1
     */
    public double alpha() {
        return settings.setting(ALPHA_PROPERTY).map(text -> {
            double value;
            try {
                value = Double.parseDouble(text);
            } catch (NumberFormatException e) {
                value = Double.NaN;
            }
            if (!(value > 0 && value < 1)) {
                throw new IllegalArgumentException(ALPHA_PROPERTY + " must be a number between 0 and 1 (exclusive), "
                        + "such as 0.001, but was \"" + text + "\"");
            }
            return value;
        }).orElse(DEFAULT_ALPHA);
    }

    /**
     * @return the family size declared with {@code ionq.stats.family-size}, if any
     * @throws IllegalArgumentException when the setting is not a positive whole number
     */
    public OptionalInt declaredSize() {
        return settings.setting(FAMILY_SIZE_PROPERTY).map(text -> {
            try {
                int size = Integer.parseInt(text);
                if (size >= 1) {
                    return OptionalInt.of(size);
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException(FAMILY_SIZE_PROPERTY + " must be a whole number of at least 1, such as 40, "
                    + "but was \"" + text + "\"");
        }).orElse(OptionalInt.empty());
    }

    /** @return how many statistical checks the run has decided so far */
    public int size() {
        return checks.get();
    }
}
