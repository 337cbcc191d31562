package io.github.ionqci.maven.internal;

import io.github.ionqci.client.JobId;
import io.github.ionqci.client.jobsfile.JobsFile;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The jobs a build is given besides the jobs file ({@code -Dionq.jobs=a,b}, a {@code <jobs>} list), and
 * the merge of every source into one list. Ids follow the client's {@link JobId} rule.
 *
 * <pre>{@code
 * List<JobsFile.Entry> all = JobList.merge(JobList.parse("id1,id2", "ionq.jobs"), JobsFile.read(file).entries());
 * }</pre>
 */
public final class JobList {

    private JobList() {
    }

    /**
     * Splits a comma- or space-separated list ({@code "id1, id2"}); blank entries are ignored.
     *
     * @param list   the property value; null gives an empty list
     * @param source where the list came from, for error messages (such as {@code "ionq.jobs"})
     * @return the ids in order, each named by itself
     * @throws ConfigurationProblem if an entry is not a job id
     */
    public static List<JobsFile.Entry> parse(String list, String source) {
        List<JobsFile.Entry> entries = new ArrayList<>();
        if (list == null) {
            return entries;
        }
        for (String part : list.split("[,\\s]+")) {
            if (!part.isBlank()) {
                entries.add(new JobsFile.Entry(null, check(part.strip(), source)));
            }
        }
        return entries;
    }

    /**
     * @param ids    the entries of a {@code <jobs>} list, each possibly a comma-separated list; null gives none
     * @param source where they came from, for error messages
     * @return the ids in order
     * @throws ConfigurationProblem if an entry is not a job id
     */
    public static List<JobsFile.Entry> parseEach(Collection<String> ids, String source) {
        List<JobsFile.Entry> entries = new ArrayList<>();
        if (ids != null) {
            ids.forEach(id -> entries.addAll(parse(id, source)));
        }
        return entries;
    }

    /**
     * Joins several lists into one without duplicate ids, in order of first occurrence. A job listed
     * twice keeps the first real name it was given (a jobs-file key rather than its bare id).
     *
     * @param lists the lists, in priority order
     * @return one list without duplicate ids
     */
    @SafeVarargs
    public static List<JobsFile.Entry> merge(List<JobsFile.Entry>... lists) {
        Map<String, JobsFile.Entry> byId = new LinkedHashMap<>();
        for (List<JobsFile.Entry> list : lists) {
            for (JobsFile.Entry entry : list) {
                byId.merge(entry.id(), entry, (first, later) -> first.name().equals(first.id())
                        && !later.name().equals(later.id()) ? new JobsFile.Entry(later.name(), first.id()) : first);
            }
        }
        return List.copyOf(byId.values());
    }

    private static String check(String id, String source) {
        try {
            return JobId.require(id, "The job id");
        } catch (IllegalArgumentException e) {
            throw new ConfigurationProblem(e.getMessage() + ". Fix the value in " + source + ".", e);
        }
    }
}
