package io.github.ionqci.maven.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Parses and checks the job ids a build is given ({@code -Dionq.jobs=a,b}, a {@code <jobs>} list, a jobs
 * file), and merges them into one ordered list without duplicates.
 */
public final class JobIds {

    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private JobIds() {
    }

    /**
     * Splits a comma-separated list ({@code "id1, id2"}); blank entries are ignored.
     *
     * @param list   the property value; null gives an empty list
     * @param source where the list came from, for error messages (such as {@code "ionq.jobs"})
     * @return the ids in order
     * @throws ConfigurationProblem if an entry is not a job id
     */
    public static List<JobRef> parseList(String list, String source) {
        List<JobRef> refs = new ArrayList<>();
        if (list == null) {
            return refs;
        }
        for (String part : list.split("[,\\s]+")) {
            if (!part.isBlank()) {
                refs.add(JobRef.of(check(part.trim(), source)));
            }
        }
        return refs;
    }

    /**
     * Checks the entries of a {@code <jobs>} list.
     *
     * @param ids    the configured ids; null gives an empty list
     * @param source where they came from, for error messages
     * @return the ids in order
     * @throws ConfigurationProblem if an entry is not a job id
     */
    public static List<JobRef> parseEach(Collection<String> ids, String source) {
        List<JobRef> refs = new ArrayList<>();
        if (ids != null) {
            for (String id : ids) {
                refs.addAll(parseList(id, source));
            }
        }
        return refs;
    }

    /**
     * @param id     a candidate job id
     * @param source where it came from, for the error message
     * @return the id, unchanged
     * @throws ConfigurationProblem if it is not a UUID
     */
    public static String check(String id, String source) {
        if (id == null || !UUID.matcher(id).matches()) {
            throw new ConfigurationProblem("'" + id + "' in " + source + " is not an IonQ job id: expected a UUID"
                    + " such as e1a09d90-b2ba-4ea5-9fd7-4bfc14eac524. Fix the value in " + source + ".");
        }
        return id;
    }

    /**
     * @param id a candidate job id
     * @return whether it has the form of an IonQ job id (a UUID)
     */
    public static boolean isJobId(String id) {
        return id != null && UUID.matcher(id).matches();
    }

    /**
     * Joins several lists into one without duplicate ids, in order of first occurrence. A job listed
     * twice keeps the first real name it was given (a jobs-file key rather than its bare id).
     *
     * @param lists the lists, in priority order
     * @return one list without duplicate ids
     */
    @SafeVarargs
    public static List<JobRef> merge(List<JobRef>... lists) {
        Map<String, JobRef> byId = new LinkedHashMap<>();
        for (List<JobRef> list : lists) {
            for (JobRef ref : list) {
                byId.merge(ref.id().toLowerCase(java.util.Locale.ROOT), ref,
                        (first, later) -> first.name().equals(first.id()) && !later.name().equals(later.id())
                                ? new JobRef(later.name(), first.id()) : first);
            }
        }
        return List.copyOf(byId.values());
    }
}
