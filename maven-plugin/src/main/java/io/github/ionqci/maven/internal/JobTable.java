package io.github.ionqci.maven.internal;

import io.github.ionqci.client.Durations;
import java.util.ArrayList;
import java.util.List;

/**
 * The table {@code ionq:await-jobs} prints at the end: one row per job with name, id, status, backend,
 * duration, and failure code and message.
 *
 * <pre>{@code
 * for (String line : JobTable.render(rows)) {
 *     getLog().info(line);
 * }
 * }</pre>
 */
public final class JobTable {

    static final int MAX_NAME = 40;
    static final int MAX_FAILURE = 120;

    private static final String[] HEADER = {"NAME", "ID", "STATUS", "BACKEND", "DURATION", "FAILURE"};

    private JobTable() {
    }

    /**
     * @param rows the jobs, in the order to show them
     * @return the lines of the table, header first, columns padded to line up
     */
    public static List<String> render(List<JobRow> rows) {
        List<String[]> cells = new ArrayList<>();
        cells.add(HEADER);
        for (JobRow row : rows) {
            cells.add(new String[] {
                truncate(row.name(), MAX_NAME),
                row.id(),
                row.outcomeText(),
                row.backend() == null ? "-" : row.backend(),
                row.duration() == null ? "-" : Durations.format(row.duration()),
                truncate(oneLine(row.problem()), MAX_FAILURE)
            });
        }
        int[] widths = new int[HEADER.length];
        for (String[] line : cells) {
            for (int c = 0; c < line.length; c++) {
                widths[c] = Math.max(widths[c], line[c].length());
            }
        }
        List<String> lines = new ArrayList<>(cells.size());
        for (String[] line : cells) {
            StringBuilder text = new StringBuilder();
            for (int c = 0; c < line.length; c++) {
                text.append(line[c]);
                if (c < line.length - 1) {
                    text.append(" ".repeat(widths[c] - line[c].length() + 2));
                }
            }
            lines.add(text.toString().stripTrailing());
        }
        return lines;
    }

    static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s*\\R\\s*", " ").strip();
    }

    static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
