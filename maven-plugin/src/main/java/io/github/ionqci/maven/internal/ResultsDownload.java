package io.github.ionqci.maven.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ionqci.client.IonQClient;
import io.github.ionqci.client.IonQException;
import io.github.ionqci.client.await.AwaitedJob;
import io.github.ionqci.client.result.Probabilities;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Downloads the probabilities of each completed job to {@code results/<name>.json} under the reports
 * folder, in IonQ's own form: decimal basis states (qubit 0 the least significant bit) to probabilities,
 * {@code {"0": 0.5, "3": 0.5}}. A download that fails is reported as a warning; the job's status stands.
 */
public final class ResultsDownload {

    /** The folder, under the reports folder, that holds the results. */
    public static final String FOLDER = "results";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final IonQClient client;
    private final Path reports;
    private final Consumer<String> warn;

    /**
     * @param client  the client that awaited the jobs
     * @param reports the reports folder
     * @param warn    where to report a failed download
     */
    public ResultsDownload(IonQClient client, Path reports, Consumer<String> warn) {
        this.client = client;
        this.reports = reports;
        this.warn = warn;
    }

    /**
     * @param rows    the report rows
     * @param awaited the awaited jobs, for their job bodies
     * @return the rows, completed ones with their results file set where the download worked
     */
    public List<JobRow> download(List<JobRow> rows, List<AwaitedJob> awaited) {
        Map<String, AwaitedJob> byId = new HashMap<>();
        awaited.forEach(a -> byId.put(a.id(), a));
        Set<String> used = new HashSet<>();
        List<JobRow> out = new ArrayList<>(rows.size());
        for (JobRow row : rows) {
            AwaitedJob job = byId.get(row.id());
            if (!row.completed() || job == null || job.job() == null) {
                out.add(row);
                continue;
            }
            String file = FOLDER + "/" + fileName(row, used);
            try {
                Probabilities probabilities = client.getProbabilities(job.job());
                ObjectNode node = MAPPER.createObjectNode();
                probabilities.asStateMap().forEach((state, p) -> node.put(Long.toString(state), p));
                Path target = reports.resolve(file);
                Files.createDirectories(target.getParent());
                MAPPER.writeValue(target.toFile(), node);
                out.add(row.withResultsFile(file));
            } catch (IonQException | IOException e) {
                warn.accept("Could not download the results of " + row.label() + ": " + e.getMessage());
                out.add(row);
            }
        }
        return out;
    }

    /** A file name from the job's name: safe characters only, unique within one download. */
    static String fileName(JobRow row, Set<String> used) {
        String base = row.name().replaceAll("[^A-Za-z0-9._-]", "_");
        if (base.isEmpty() || base.startsWith(".")) {
            base = row.id();
        }
        String name = base + ".json";
        for (int i = 2; !used.add(name.toLowerCase(java.util.Locale.ROOT)); i++) {
            name = base + "-" + i + ".json";
        }
        return name;
    }
}
