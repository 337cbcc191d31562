package io.github.ionqci.junit.assertions;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A sorted bitstring → value map as assertion failures show it, one outcome per line, so an IDE's diff
 * of expected and actual lines up outcome by outcome.
 */
final class OutcomeTable {

    private final SortedMap<String, String> rows;

    private OutcomeTable(SortedMap<String, String> rows) {
        this.rows = rows;
    }

    static OutcomeTable of(Map<String, String> rows) {
        return new OutcomeTable(new TreeMap<>(rows));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OutcomeTable table && table.rows.equals(rows);
    }

    @Override
    public int hashCode() {
        return rows.hashCode();
    }

    /** @return {@code {} } when empty, else one {@code bitstring: value} per line inside braces */
    @Override
    public String toString() {
        if (rows.isEmpty()) {
            return "{}";
        }
        StringBuilder text = new StringBuilder("{\n");
        rows.forEach((outcome, value) -> text.append("  ").append(outcome).append(": ").append(value).append('\n'));
        return text.append('}').toString();
    }

    /** @return the table indented by two spaces, for the body of a message */
    String indented() {
        return "  " + toString().replace("\n", "\n  ");
    }
}
