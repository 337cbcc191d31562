package io.github.ionqci.client.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Validates job ids (and other ids that go into a URL path) before they are used. */
public final class JobIds {

    /** The longest id accepted. IonQ's ids are 36-character UUIDs. */
    public static final int MAX_LENGTH = 100;

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9-]{1," + MAX_LENGTH + "}");

    private JobIds() {
    }

    /**
     * @param id   an id
     * @param what what it is, such as {@code "Job id"}
     * @return the id
     * @throws IllegalArgumentException if it is null, blank, too long or has a character other than letters, digits and '-'
     */
    public static String require(String id, String what) {
        if (id == null) {
            throw new IllegalArgumentException(what + " is null: give the job's UUID, such as"
                    + " e1a09d90-b2ba-4ea5-9fd7-4bfc14eac524");
        }
        if (!VALID.matcher(id).matches()) {
            throw new IllegalArgumentException(what + " \"" + printable(id) + "\" is not valid: an IonQ id has only"
                    + " letters, digits and '-' (at most " + MAX_LENGTH + " characters), such as"
                    + " e1a09d90-b2ba-4ea5-9fd7-4bfc14eac524");
        }
        return id;
    }

    /**
     * @param id a job id
     * @return the id
     * @throws IllegalArgumentException if it is not a valid job id
     */
    public static String require(String id) {
        return require(id, "Job id");
    }

    /**
     * Checks a list of ids to await or fetch: not empty, each valid, no duplicates.
     *
     * @param ids the ids
     * @return them as a list, in the given order
     * @throws IllegalArgumentException naming every invalid or duplicate id
     */
    public static List<String> requireDistinct(Collection<String> ids) {
        if (ids == null || ids.isEmpty()) {
            throw new IllegalArgumentException("No job ids were given: pass at least one job id");
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String id : ids) {
            require(id);
            counts.merge(id, 1, Integer::sum);
        }
        Set<String> duplicates = new LinkedHashSet<>();
        counts.forEach((id, n) -> {
            if (n > 1) {
                duplicates.add(id + " (" + n + " times)");
            }
        });
        if (!duplicates.isEmpty()) {
            throw new IllegalArgumentException("Job ids are listed more than once: " + String.join(", ", duplicates)
                    + "; list each job once");
        }
        return new ArrayList<>(ids);
    }

    private static String printable(String id) {
        String shown = id.length() > 60 ? id.substring(0, 60) + "…" : id;
        StringBuilder text = new StringBuilder();
        for (char c : shown.toCharArray()) {
            text.append(c < 0x20 || c == 0x7f ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return text.toString();
    }
}
