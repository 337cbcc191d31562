package io.github.ionqci.client;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one rule for IonQ job ids, used by the client, the JUnit extension and the Maven plugin.
 *
 * <p>The rule: an id is 1 to {@value #MAX_LENGTH} letters, digits and {@code '-'}. IonQ's ids are
 * UUIDs in practice, but the rule does not require the UUID form, so the client never rejects an id
 * IonQ returns (a child job, a variant, an artifact), and an id never goes into a URL with a character
 * that would change the path. A UUID is case-insensitive (RFC 9562) and IonQ writes it in lower case,
 * so a UUID-shaped id is used in lower case ({@code E1A0…} and {@code e1a0…} are the same job); any
 * other id is used exactly as given.
 *
 * <p>Where a user may write either a job id or a job <em>name</em> (a parameterized test's argument),
 * the entry point decides by {@link #looksLikeUuid(String)}: a UUID is an id, anything else a name.
 *
 * <pre>{@code
 * String id = JobId.require(text, "The job id in -Dionq.jobs");    // IllegalArgumentException saying what to do
 * if (JobId.looksLikeUuid(argument)) { ... } else { jobsFile.idOf(argument); }
 * }</pre>
 */
public final class JobId {

    /** The longest id accepted. IonQ's ids are 36-character UUIDs. */
    public static final int MAX_LENGTH = 100;
    /** An example id, for messages. */
    public static final String EXAMPLE = "e1a09d90-b2ba-4ea5-9fd7-4bfc14eac524";

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9-]{1," + MAX_LENGTH + "}");
    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private JobId() {
    }

    /**
     * @param text a candidate id, or null
     * @return whether it follows the rule (letters, digits and '-', 1 to {@value #MAX_LENGTH} characters)
     */
    public static boolean isValid(String text) {
        return text != null && VALID.matcher(text).matches();
    }

    /**
     * @param text a candidate id, or null
     * @return whether it has the form IonQ gives its ids, a UUID (either case): where a name could be
     *         meant instead, only such text is taken as an id
     */
    public static boolean looksLikeUuid(String text) {
        return text != null && UUID.matcher(text).matches();
    }

    /**
     * @param id   an id
     * @param what what it is and where it came from, such as {@code "Job id"} or {@code "The id in -Dionq.jobs"}
     * @return the id as it is sent and compared: lower case when it is a UUID, else unchanged
     * @throws IllegalArgumentException if it is null, blank, too long or has a character other than letters, digits and '-'
     */
    public static String require(String id, String what) {
        if (id == null) {
            throw new IllegalArgumentException(what + " is null: give the job's UUID, such as " + EXAMPLE);
        }
        if (!isValid(id)) {
            throw new IllegalArgumentException(what + " \"" + printable(id) + "\" is not valid: an IonQ id has only"
                    + " letters, digits and '-' (at most " + MAX_LENGTH + " characters), such as " + EXAMPLE);
        }
        return looksLikeUuid(id) ? id.toLowerCase(Locale.ROOT) : id;
    }

    /**
     * @param id a job id
     * @return the id as it is sent and compared (see {@link #require(String, String)})
     * @throws IllegalArgumentException if it is not a valid job id
     */
    public static String require(String id) {
        return require(id, "Job id");
    }

    /**
     * Checks a list of ids to await or fetch: not empty, each valid, no duplicates.
     *
     * @param ids the ids
     * @return them as a list, in the given order, as {@link #require(String)} gives them
     * @throws IllegalArgumentException naming every invalid or duplicate id
     */
    public static List<String> requireDistinct(Collection<String> ids) {
        if (ids == null || ids.isEmpty()) {
            throw new IllegalArgumentException("No job ids were given: pass at least one job id");
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String id : ids) {
            counts.merge(require(id), 1, Integer::sum);
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
        return new ArrayList<>(counts.keySet());
    }

    /**
     * @param text any text that may be quoted in a message
     * @return at most 60 characters of it, control characters escaped
     */
    static String printable(String text) {
        String shown = text.length() > 60 ? text.substring(0, 60) + "…" : text;
        StringBuilder out = new StringBuilder();
        for (char c : shown.toCharArray()) {
            out.append(c < 0x20 || c == 0x7f ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return out.toString();
    }
}
