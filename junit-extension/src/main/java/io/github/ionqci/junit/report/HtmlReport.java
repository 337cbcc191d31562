package io.github.ionqci.junit.report;

import static io.github.ionqci.junit.report.Numbers.number;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeSet;

/**
 * Renders the checks as one self-contained HTML page: inline CSS and SVG, no scripts, no external
 * resources. Every piece of text from a check is escaped.
 */
final class HtmlReport {

    /** At most this many outcomes get a bar pair; the rest are summed up in a note. */
    static final int MAX_OUTCOMES_CHARTED = 32;

    /** Marks where a page's body starts, so an index can take it in whole. */
    static final String BODY_START = "<!-- ionq-run-body -->\n";
    /** Marks where a page's body ends. */
    static final String BODY_END = "<!-- /ionq-run-body -->\n";

    private static final String OBSERVED_COLOUR = "#2563eb";
    private static final String REFERENCE_COLOUR = "#f59e0b";
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final List<CheckRecord> checks;
    private final IonQReport.FamilyVerdicts family;
    private final Map<CheckRecord, Boolean> holm;
    private final Instant generated;
    private final StringBuilder out = new StringBuilder(16_384);

    HtmlReport(List<CheckRecord> checks, IonQReport.FamilyVerdicts family, Instant generated) {
        List<CheckRecord> ordered = new ArrayList<>(checks);
        ordered.sort(Comparator.comparing(CheckRecord::passed));   // failures first, otherwise in run order
        this.checks = ordered;
        this.family = family;
        this.holm = family.asMap();
        this.generated = generated;
    }

    String render() {
        long failed = checks.stream().filter(c -> !c.passed()).count();
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<title>IonQ distribution checks: ")
                .append(failed == 0 ? "all passed" : failed + " failed").append("</title>\n<style>\n")
                .append(CSS).append("</style>\n</head>\n<body>\n").append(BODY_START);
        header(failed);
        if (!checks.isEmpty()) {
            index();
        }
        for (int i = 0; i < checks.size(); i++) {
            check(i, checks.get(i));
        }
        out.append(BODY_END).append("</body>\n</html>\n");
        return out.toString();
    }

    private void header(long failed) {
        out.append("<header class=\"").append(failed == 0 ? "ok" : "bad").append("\">\n<h1>IonQ distribution checks</h1>\n")
                .append("<p class=\"totals\"><strong>").append(checks.size()).append(checks.size() == 1 ? " check" : " checks")
                .append("</strong>: <span class=\"n-fail\">").append(failed).append(" failed</span>, <span class=\"n-pass\">")
                .append(checks.size() - failed).append(" passed</span>. Generated ")
                .append(escape(TIME.format(generated))).append(".</p>\n");
        if (family.size() > 0) {
            out.append("<p>Statistical checks: <strong>").append(family.size()).append("</strong>, family-wise α = ")
                    .append(escape(number(family.alpha()))).append(". Each was decided when it ran at Holm's most "
                            + "conservative level for the family size known then (α divided by the number of checks so far, "
                            + "or by <code>ionq.stats.family-size</code> when that is larger). Holm's procedure over the whole "
                            + "run rejects <strong>").append(family.rejectedCount()).append("</strong> of them.");
            List<CheckRecord> differ = family.disagreements();
            if (!differ.isEmpty()) {
                out.append(" <span class=\"warn\">").append(differ.size())
                        .append(differ.size() == 1 ? " check has" : " checks have")
                        .append(" a different verdict under Holm over the whole run than when it ran; see “Holm over the run” below.</span>");
            }
            out.append("</p>\n");
        } else {
            out.append("<p>No statistical checks (goodness-of-fit, homogeneity, baseline) ran.</p>\n");
        }
        long underpowered = checks.stream().filter(CheckRecord::underpowered).count();
        if (underpowered > 0) {
            out.append("<p class=\"underpowered\">").append(underpowered)
                    .append(underpowered == 1 ? " check is" : " checks are").append(" <strong>underpowered</strong>: "
                            + "the tolerance declared is below the smallest shift their shots detect (power ")
                    .append(escape(number(CheckRecord.REPORTED_POWER))).append("). They are marked below; a warning, "
                            + "not a failure.</p>\n");
        }
        out.append("<p class=\"note\">Outcomes are bitstrings with <strong>qubit 0 rightmost</strong> "
                + "(IonQ's decimal state key written in binary: key 1 on three qubits is <code>001</code>).</p>\n</header>\n");
        if (checks.isEmpty()) {
            out.append("<p>No distribution checks ran.</p>\n");
        }
    }

    private void index() {
        out.append("<table class=\"index\">\n<thead><tr><th>Result</th><th>Test</th><th>Check</th><th>Statistic</th>"
                + "<th>Threshold</th><th>Job</th></tr></thead>\n<tbody>\n");
        for (int i = 0; i < checks.size(); i++) {
            CheckRecord c = checks.get(i);
            out.append("<tr class=\"").append(c.passed() ? "pass" : "fail").append("\"><td>").append(badge(c))
                    .append(c.underpowered() ? " " + UNDERPOWERED_BADGE : "")
                    .append("</td><td><a href=\"#check-").append(i + 1).append("\">").append(escape(c.test()))
                    .append("</a></td><td>").append(escape(c.title())).append("</td><td>").append(escape(statisticText(c)))
                    .append("</td><td>").append(escape(c.threshold() == null ? "" : c.threshold())).append("</td><td>")
                    .append(shortJobId(c.jobId())).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    /** How many characters of a job id tell it apart: its end (UUIDv7 ids of one run share their start). */
    static final int JOB_ID_END = 12;

    private static final String UNDERPOWERED_BADGE = "<span class=\"badge underpowered\">UNDERPOWERED</span>";

    /**
     * A job id by its distinguishing end, the whole id in the tooltip: UUIDv7 ids begin with their creation
     * time, so the jobs of one run share their first characters and differ at the end.
     */
    static String shortJobId(String jobId) {
        if (jobId == null) {
            return "";
        }
        String shown = jobId.length() > JOB_ID_END + 1 ? "…" + jobId.substring(jobId.length() - JOB_ID_END) : jobId;
        return "<code title=\"" + escape(jobId) + "\">" + escape(shown) + "</code>";
    }

    /** The whole job id, its distinguishing end in bold. */
    private static String fullJobId(String jobId) {
        if (jobId.length() <= JOB_ID_END + 1) {
            return "<code>" + escape(jobId) + "</code>";
        }
        int cut = jobId.length() - JOB_ID_END;
        return "<code title=\"" + escape(jobId) + "\">" + escape(jobId.substring(0, cut)) + "<strong>"
                + escape(jobId.substring(cut)) + "</strong></code>";
    }

    private void check(int index, CheckRecord c) {
        out.append("<section class=\"check ").append(c.passed() ? "pass" : "fail").append("\" id=\"check-")
                .append(index + 1).append("\">\n<h2>").append(badge(c)).append(c.underpowered() ? " " + UNDERPOWERED_BADGE : "")
                .append(' ').append(escape(c.test()))
                .append(" <span class=\"kind\">").append(escape(c.title())).append("</span></h2>\n<dl>\n");
        field("Job", c.jobId() == null ? null : fullJobId(c.jobId()));
        field("Backend", c.backend() == null ? null : escape(c.backend()));
        field("Shots", c.observedShots() == null ? null : Long.toString(c.observedShots()));
        if (c.reference() != null && c.referenceShots() != null) {
            field(capitalise(c.referenceLabel()) + " shots", Long.toString(c.referenceShots()));
        }
        field("Statistic", c.statisticName() == null ? null : escape(statisticText(c)));
        field("Found", c.found() == null ? null : escape(c.found()));
        field(c.found() == null ? "Threshold" : "Expected", c.threshold() == null ? null : escape(c.threshold()));
        if (c.detectableTvd() != null) {
            field("Detectable shift", escape("TVD ≥ " + number(c.detectableTvd()) + " at power "
                    + number(CheckRecord.REPORTED_POWER) + (c.observedShots() == null ? "" : " with " + c.observedShots()
                    + " shots")));
        }
        if (c.pValue() != null) {
            field("p-value", escape(number(c.pValue())));
            field("Decided at", escape("level " + number(c.level()) + " (statistical check #" + c.familyIndex()
                    + ", family-wise α " + number(c.familyAlpha()) + ")"));
            Boolean rejected = holm.get(c);
            if (rejected != null) {
                field("Holm over the run", escape((rejected ? "rejected" : "not rejected") + " among "
                        + family.size() + " statistical checks"
                        + (rejected == c.passed() ? " — differs from the verdict when it ran" : "")));
            }
        }
        out.append("</dl>\n");
        if (c.underpowered()) {
            out.append("<p class=\"underpowered\"><strong>Underpowered</strong> (a warning, not a failure): the declared"
                    + " tolerance ").append(escape(number(c.declaredTvd()))).append(" is below ")
                    .append(escape(number(c.detectableTvd()))).append(", the smallest TVD ")
                    .append(c.observedShots() == null ? "these shots" : escape(c.observedShots() + " shots"))
                    .append(" detect with power ").append(escape(number(CheckRecord.REPORTED_POWER)))
                    .append(". Shot noise hides deviations of the declared size: raise the shots (IonQStatistics"
                            + ".shotsToDetect plans them) or widen the tolerance.</p>\n");
        }
        if (!c.explanation().isEmpty()) {
            out.append("<p class=\"explain\">").append(escape(c.explanation())).append("</p>\n");
        }
        chart(c);
        contributions(c);
        if (c.message() != null) {
            out.append("<details open=\"open\"><summary>Failure message</summary><pre>").append(escape(c.message()))
                    .append("</pre></details>\n");
        }
        out.append("</section>\n");
    }

    private void field(String name, String html) {
        if (html != null) {
            out.append("<dt>").append(escape(name)).append("</dt><dd>").append(html).append("</dd>\n");
        }
    }

    private void chart(CheckRecord c) {
        SortedMap<String, Double> observed = c.observed();
        SortedMap<String, Double> reference = c.reference();
        TreeSet<String> outcomes = new TreeSet<>(observed.keySet());
        if (reference != null) {
            outcomes.addAll(reference.keySet());
        }
        if (outcomes.isEmpty()) {
            return;
        }
        List<String> shown = new ArrayList<>(outcomes);
        double hiddenObserved = 0;
        double hiddenReference = 0;
        if (shown.size() > MAX_OUTCOMES_CHARTED) {
            shown.sort(Comparator.comparingDouble((String o) -> -Math.max(observed.getOrDefault(o, 0.0),
                    reference == null ? 0.0 : reference.getOrDefault(o, 0.0))).thenComparing(o -> o));
            for (String o : shown.subList(MAX_OUTCOMES_CHARTED, shown.size())) {
                hiddenObserved += observed.getOrDefault(o, 0.0);
                hiddenReference += reference == null ? 0.0 : reference.getOrDefault(o, 0.0);
            }
            shown = new ArrayList<>(new TreeSet<>(shown.subList(0, MAX_OUTCOMES_CHARTED)));
        }
        double max = 0;
        for (String o : shown) {
            max = Math.max(max, observed.getOrDefault(o, 0.0));
            if (reference != null) {
                max = Math.max(max, reference.getOrDefault(o, 0.0));
            }
        }
        double[] scale = niceScale(max);
        double top = scale[0];
        int ticks = (int) Math.round(scale[0] / scale[1]);
        int bars = reference == null ? 1 : 2;
        boolean labelled = shown.size() <= 8;
        int barWidth = labelled ? 34 : shown.size() > 16 ? 10 : 18;
        int group = bars * barWidth + (labelled ? 18 : 14);
        int labelLength = shown.stream().mapToInt(String::length).max().orElse(1);
        boolean rotate = labelLength * 7.2 > group - 2;
        int left = 64;
        int plotHeight = 200;
        int topMargin = 16;
        int bottom = rotate ? (int) Math.min(170, 18 + labelLength * 5.4) : 34;
        int width = Math.max(300, left + shown.size() * group + 16);
        int height = topMargin + plotHeight + bottom;

        out.append("<figure>\n<div class=\"legend\"><span class=\"swatch\" style=\"background:").append(OBSERVED_COLOUR)
                .append("\"></span>observed");
        if (reference != null) {
            out.append(" <span class=\"swatch\" style=\"background:").append(REFERENCE_COLOUR).append("\"></span>")
                    .append(escape(c.referenceLabel()));
        }
        out.append("</div>\n<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" aria-label=\"").append(escape("Observed" + (reference == null ? "" : " vs " + c.referenceLabel())
                        + " probability per outcome")).append("\">\n");
        // axis and grid
        out.append("<text class=\"axis-label\" transform=\"rotate(-90 14 ").append(topMargin + plotHeight / 2)
                .append(")\" x=\"14\" y=\"").append(topMargin + plotHeight / 2).append("\">probability</text>\n");
        for (int t = 0; t <= ticks; t++) {
            double value = scale[1] * t;
            double y = topMargin + plotHeight - plotHeight * value / top;
            out.append("<line x1=\"").append(left).append("\" x2=\"").append(width - 8).append("\" y1=\"").append(fmt(y))
                    .append("\" y2=\"").append(fmt(y)).append("\" class=\"grid\"/><text x=\"").append(left - 6)
                    .append("\" y=\"").append(fmt(y + 4)).append("\" class=\"tick\">").append(escape(trim(value))).append("</text>\n");
        }
        for (int i = 0; i < shown.size(); i++) {
            String outcome = shown.get(i);
            int x = left + 8 + i * group;
            bar(x, barWidth, observed.getOrDefault(outcome, 0.0), top, plotHeight, topMargin, OBSERVED_COLOUR,
                    outcome + " observed", labelled);
            if (reference != null) {
                bar(x + barWidth, barWidth, reference.getOrDefault(outcome, 0.0), top, plotHeight, topMargin,
                        REFERENCE_COLOUR, outcome + " " + c.referenceLabel(), labelled);
            }
            double cx = x + bars * barWidth / 2.0;
            double ly = topMargin + plotHeight + 14;
            out.append("<text class=\"outcome\" x=\"").append(fmt(cx)).append("\" y=\"").append(fmt(ly)).append('"');
            if (rotate) {
                out.append(" text-anchor=\"end\" transform=\"rotate(-60 ").append(fmt(cx)).append(' ').append(fmt(ly)).append(")\"");
            } else {
                out.append(" text-anchor=\"middle\"");
            }
            out.append('>').append(escape(outcome)).append("</text>\n");
        }
        out.append("<line x1=\"").append(left).append("\" x2=\"").append(width - 8).append("\" y1=\"")
                .append(topMargin + plotHeight).append("\" y2=\"").append(topMargin + plotHeight).append("\" class=\"axis\"/>\n");
        out.append("</svg>\n<figcaption>Probability per outcome (qubit 0 rightmost)");
        int hidden = outcomes.size() - shown.size() + c.omittedOutcomes();
        if (hidden > 0) {
            out.append("; ").append(hidden).append(" less likely outcomes not drawn (observed ")
                    .append(escape(trim(hiddenObserved + c.omittedObserved())));
            if (reference != null) {
                out.append(", ").append(escape(c.referenceLabel())).append(' ')
                        .append(escape(trim(hiddenReference + c.omittedReference())));
            }
            out.append(" in total)");
        }
        out.append(".</figcaption>\n</figure>\n");
    }

    /** How many outcomes the "largest contributions" table lists. */
    static final int CONTRIBUTIONS_LISTED = 8;

    /**
     * The outcomes that differ most from the reference, largest first: the bins behind a failed check,
     * whatever their size (a chart on a linear scale hides a 0.5 % leak next to two 50 % bars).
     */
    private void contributions(CheckRecord c) {
        SortedMap<String, Double> observed = c.observed();
        SortedMap<String, Double> reference = c.reference();
        if (reference == null || observed.isEmpty() || c.kind() == CheckKind.PROBABILITY && reference.size() == 1) {
            return;
        }
        TreeSet<String> outcomes = new TreeSet<>(observed.keySet());
        outcomes.addAll(reference.keySet());
        // a Pearson goodness-of-fit check ranks outcomes by their term of X², the others by |observed − reference|
        boolean pearson = c.kind() == CheckKind.GOODNESS_OF_FIT && "X²".equals(c.statisticName()) && c.observedShots() != null;
        Map<String, Double> weight = new java.util.HashMap<>();
        double total = 0;
        double largestFinite = 0;
        for (String o : outcomes) {
            double p = observed.getOrDefault(o, 0.0);
            double q = reference.getOrDefault(o, 0.0);
            double w = pearson ? (q == 0 ? (p > 0 ? Double.POSITIVE_INFINITY : 0) : c.observedShots() * (p - q) * (p - q) / q)
                    : Math.abs(p - q);
            weight.put(o, w);
            if (Double.isFinite(w)) {
                total += w;
                largestFinite = Math.max(largestFinite, w);
            }
        }
        if (total <= 0 && weight.values().stream().noneMatch(w -> w > 0)) {
            return;
        }
        List<String> largest = new ArrayList<>(outcomes);
        largest.sort(Comparator.comparingDouble((String o) -> -weight.get(o))
                .thenComparingDouble(o -> -Math.abs(observed.getOrDefault(o, 0.0) - reference.getOrDefault(o, 0.0)))
                .thenComparing(o -> o));
        largest = largest.subList(0, Math.min(CONTRIBUTIONS_LISTED, largest.size()));
        String ref = escape(c.referenceLabel());
        out.append("<p class=\"contributions\">Largest contributions: the outcomes ")
                .append(pearson ? "that add most to X² = Σ n·(observed − expected)² / expected"
                        : "that differ most from " + ref + " (share of Σ|observed − " + ref + "|)")
                .append(outcomes.size() > largest.size() ? ", " + largest.size() + " of " + outcomes.size() : "")
                .append(".</p>\n<table class=\"contributions\">\n<thead><tr><th>Outcome</th><th>Observed</th><th>")
                .append(capitalise(ref)).append("</th><th>Difference</th><th>").append(pearson ? "X² term" : "Share")
                .append("</th><th></th></tr></thead>\n<tbody>\n");
        for (String o : largest) {
            double p = observed.getOrDefault(o, 0.0);
            double q = reference.getOrDefault(o, 0.0);
            double w = weight.get(o);
            boolean forbidden = q == 0 && p > 0 && c.referenceShots() == null;
            double bar = Double.isInfinite(w) ? 1 : pearson ? (largestFinite > 0 ? w / largestFinite : 0) : w / total;
            out.append("<tr").append(forbidden ? " class=\"forbidden\"" : "").append("><td><code>").append(escape(o))
                    .append("</code></td><td>").append(escape(trim(p))).append("</td><td>").append(escape(trim(q)))
                    .append("</td><td>").append(escape(signed(p - q))).append("</td><td>")
                    .append(escape(pearson ? number(w) : String.format(Locale.ROOT, "%.1f %%", 100 * w / total)))
                    .append("</td><td><span class=\"share\" style=\"width:").append(fmt(120 * bar)).append("px\"></span>")
                    .append(forbidden ? " <span class=\"warn\">expected 0</span>" : "").append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    private static String signed(double value) {
        String text = String.format(Locale.ROOT, "%+.4f", value);
        return "-0.0000".equals(text) || "+0.0000".equals(text) ? (value == 0 ? "0" : String.format(Locale.ROOT, "%+.2g", value))
                : text;
    }

    private void bar(int x, int width, double value, double top, int plotHeight, int topMargin, String colour, String label,
                     boolean showValue) {
        double h = top <= 0 ? 0 : plotHeight * value / top;
        if (value > 0 && h < 1) {
            h = 1;   // keep small non-zero probabilities visible
        }
        double y = topMargin + plotHeight - h;
        out.append("<rect x=\"").append(x).append("\" y=\"").append(fmt(y)).append("\" width=\"").append(width - 2)
                .append("\" height=\"").append(fmt(h)).append("\" fill=\"").append(colour).append("\"><title>")
                .append(escape(label + ": " + String.format(Locale.ROOT, "%.4f", value))).append("</title></rect>\n");
        if (showValue) {
            out.append("<text class=\"value\" x=\"").append(fmt(x + (width - 2) / 2.0)).append("\" y=\"").append(fmt(y - 3))
                    .append("\">").append(value == 0 ? "0" : String.format(Locale.ROOT, "%.3f", value)).append("</text>\n");
        }
    }

    private static String badge(CheckRecord c) {
        return c.passed() ? "<span class=\"badge pass\">PASS</span>" : "<span class=\"badge fail\">FAIL</span>";
    }

    private static String statisticText(CheckRecord c) {
        if (c.statisticName() == null) {
            return c.found() == null ? "" : c.found().replaceFirst(" \\(.*", "");   // the status; the section has the rest
        }
        return c.statisticName() + " = " + number(c.statistic());
    }

    private static String capitalise(String text) {
        return text == null || text.isEmpty() ? "Reference" : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** @return {top, tick step}: a round upper end for the axis at or above {@code max}, and its tick spacing */
    static double[] niceScale(double max) {
        double[][] scales = {{0.01, 0.002}, {0.02, 0.005}, {0.05, 0.01}, {0.1, 0.02}, {0.2, 0.05}, {0.3, 0.1},
                {0.4, 0.1}, {0.5, 0.1}, {0.6, 0.1}, {0.8, 0.2}, {1.0, 0.2}};
        for (double[] scale : scales) {
            if (max <= scale[0] + 1e-12) {
                return scale;
            }
        }
        return scales[scales.length - 1];
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String trim(double value) {
        String text = String.format(Locale.ROOT, "%.4f", value);
        text = text.replaceAll("0+$", "");
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }

    /**
     * @param text any text
     * @return the text with {@code & < > " '} escaped for HTML element content and attribute values
     */
    /** @return the page's style sheet, shared by the index of runs */
    static String css() {
        return CSS;
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(ch);
            }
        }
        return escaped.toString();
    }

    private static final String CSS = """
            :root { color-scheme: light; }
            body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2937;
                   margin: 0 auto; padding: 0 24px 48px; max-width: 1120px; background: #f8fafc; }
            header { margin: 0 -24px 20px; padding: 18px 24px 8px; border-bottom: 4px solid #16a34a; background: #fff; }
            header.bad { border-bottom-color: #dc2626; }
            h1 { margin: 0 0 6px; font-size: 24px; }
            h2 { font-size: 17px; margin: 0 0 8px; display: flex; gap: 8px; align-items: center; flex-wrap: wrap; }
            .totals { font-size: 16px; }
            .n-fail { color: #b91c1c; font-weight: 600; }
            .n-pass { color: #15803d; font-weight: 600; }
            .warn { color: #92400e; }
            .note { color: #4b5563; font-size: 14px; }
            code, pre { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 13px; }
            table.index { border-collapse: collapse; width: 100%; background: #fff; margin-bottom: 24px; font-size: 14px; }
            table.index th, table.index td { text-align: left; padding: 6px 8px; border-bottom: 1px solid #e5e7eb;
                   vertical-align: top; }
            table.index th { background: #f1f5f9; }
            table.index td:nth-child(5) { overflow-wrap: anywhere; }
            table.index td:nth-child(6) { white-space: nowrap; }
            .badge { display: inline-block; padding: 1px 8px; border-radius: 4px; font-size: 12px; font-weight: 700;
                   letter-spacing: .04em; color: #fff; }
            .badge.pass { background: #16a34a; }
            .badge.fail { background: #dc2626; }
            .badge.underpowered { background: #d97706; }
            p.underpowered { background: #fffbeb; border: 1px solid #fcd34d; border-radius: 4px; padding: 6px 10px;
                   color: #92400e; }
            .legend { font-size: 12px; color: #374151; margin: 4px 0 2px 64px; }
            .swatch { display: inline-block; width: 12px; height: 12px; margin: 0 5px 0 10px; vertical-align: -1px; }
            .swatch:first-child { margin-left: 0; }
            table.contributions { border-collapse: collapse; font-size: 13px; margin: 8px 0 4px; }
            p.contributions { color: #4b5563; font-size: 13px; margin: 10px 0 2px; }
            table.contributions th, table.contributions td { padding: 2px 10px 2px 0; text-align: right; }
            table.contributions th:first-child, table.contributions td:first-child,
                   table.contributions td:last-child { text-align: left; }
            table.contributions tr.forbidden td { color: #b91c1c; font-weight: 600; }
            .share { display: inline-block; height: 10px; background: #94a3b8; }
            .kind { font-weight: 400; color: #4b5563; }
            section.check { background: #fff; border: 1px solid #e5e7eb; border-left: 6px solid #16a34a;
                   border-radius: 6px; padding: 14px 18px; margin: 0 0 18px; }
            section.check.fail { border-left-color: #dc2626; }
            dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 14px; margin: 0 0 10px; font-size: 14px; }
            dt { color: #6b7280; }
            dd { margin: 0; word-break: break-word; }
            .explain { margin: 6px 0 10px; max-width: 820px; }
            figure { margin: 0; overflow-x: auto; }
            figcaption { color: #6b7280; font-size: 13px; }
            svg text { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; fill: #374151; }
            svg .tick { font-size: 11px; text-anchor: end; }
            svg .outcome { font-size: 12px; }
            svg .value { font-size: 10px; text-anchor: middle; fill: #4b5563; }
            svg .axis-label { font-size: 11px; text-anchor: middle; font-family: system-ui, sans-serif; fill: #6b7280; }
            svg .legend { font-size: 12px; font-family: system-ui, sans-serif; }
            svg .grid { stroke: #e5e7eb; stroke-width: 1; }
            svg .axis { stroke: #6b7280; stroke-width: 1; }
            details { margin-top: 10px; }
            summary { cursor: pointer; color: #b91c1c; font-weight: 600; }
            pre { background: #fef2f2; border: 1px solid #fecaca; padding: 10px; white-space: pre-wrap; overflow-x: auto; }
            """;

}
