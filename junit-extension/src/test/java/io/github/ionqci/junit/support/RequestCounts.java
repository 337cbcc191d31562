package io.github.ionqci.junit.support;

import io.github.ionqci.emulator.IonQEmulator;
import io.github.ionqci.emulator.RecordedRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an emulator's request log: how often each job was fetched, by a job listing
 * ({@code GET /jobs?ids=…}) or by itself ({@code GET /jobs/{id}}), and how often its results were.
 */
public final class RequestCounts {

    private static final Pattern ONE_JOB = Pattern.compile("/v0\\.4/jobs/([0-9a-fA-F-]{36})");
    /** A result download in either form: the seed's {@code /results/…} or September's {@code /artifacts/{id}}. */
    private static final Pattern RESULTS = Pattern.compile("/v0\\.4/jobs/([0-9a-fA-F-]{36})/(results|artifacts)/.*");

    private RequestCounts() {
    }

    /**
     * @param emulator an emulator
     * @return the job listings it answered ({@code GET /jobs?ids=…})
     */
    public static List<RecordedRequest> listings(IonQEmulator emulator) {
        return emulator.requests().list("GET", "/jobs").stream()
                .filter(r -> r.path().equals("/v0.4/jobs") || r.path().equals("/jobs")).toList();
    }

    /**
     * @param emulator an emulator
     * @return for each job id, how many requests fetched its status (a listing naming it, or a GET of it)
     */
    public static Map<String, Integer> jobFetches(IonQEmulator emulator) {
        Map<String, Integer> counts = new TreeMap<>();
        for (RecordedRequest request : listings(emulator)) {
            for (String id : ids(request)) {
                counts.merge(id, 1, Integer::sum);
            }
        }
        for (RecordedRequest request : emulator.requests().list("GET", "/jobs/")) {
            Matcher matcher = ONE_JOB.matcher(request.path());
            if (matcher.matches()) {
                counts.merge(matcher.group(1), 1, Integer::sum);
            }
        }
        return counts;
    }

    /**
     * @param emulator an emulator
     * @return for each job id, how many requests fetched its results
     */
    public static Map<String, Integer> resultFetches(IonQEmulator emulator) {
        Map<String, Integer> counts = new TreeMap<>();
        for (RecordedRequest request : emulator.requests().list("GET", "/jobs/")) {
            Matcher matcher = RESULTS.matcher(request.path());
            if (matcher.matches()) {
                counts.merge(matcher.group(1), 1, Integer::sum);
            }
        }
        return counts;
    }

    /**
     * @param request a job listing
     * @return the ids it asked for
     */
    public static List<String> ids(RecordedRequest request) {
        if (request.query() == null) {
            return List.of();
        }
        return java.util.Arrays.stream(request.query().split("&"))
                .map(part -> URLDecoder.decode(part, StandardCharsets.UTF_8))
                .filter(part -> part.startsWith("ids=") || part.startsWith("ids[]="))
                .map(part -> part.substring(part.indexOf('=') + 1))
                .toList();
    }
}
