package io.github.ionqci.maven.internal;

import io.github.ionqci.emulator.IonQEmulator;
import io.github.ionqci.emulator.JobSnapshot;
import io.github.ionqci.emulator.RecordedRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * What an emulator saw, logged when it stops: its requests by method and path (ids shown as
 * {@code {id}}), and each of its jobs with its status, so a build's log shows what reached it:
 * <pre>
 * IonQ emulator requests: GET /v0.4/jobs 4, POST /v0.4/jobs 1, PUT /v0.4/jobs/{id}/status/cancel 1
 * IonQ emulator job 0b1c…: canceled
 * </pre>
 */
public final class EmulatorReport {

    private static final Pattern ID = Pattern.compile("/[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
            + "[0-9a-fA-F]{12}(?=/|$)");
    private static final int MOST_JOBS = 50;

    private EmulatorReport() {
    }

    /**
     * @param emulator a running emulator
     * @return the lines to log
     */
    public static List<String> lines(IonQEmulator emulator) {
        Map<String, Integer> counts = new TreeMap<>();
        for (RecordedRequest request : emulator.requests().list()) {
            counts.merge(request.method() + " " + ID.matcher(request.path()).replaceAll("/{id}"), 1, Integer::sum);
        }
        List<String> lines = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        counts.forEach((request, n) -> parts.add(request + " " + n));
        lines.add("IonQ emulator requests: " + (parts.isEmpty() ? "none" : String.join(", ", parts)));
        List<String> ids = emulator.jobs().ids();
        for (String id : ids.subList(0, Math.min(ids.size(), MOST_JOBS))) {
            emulator.jobs().get(id).map(JobSnapshot::status)
                    .ifPresent(status -> lines.add("IonQ emulator job " + id + ": " + status));
        }
        if (ids.size() > MOST_JOBS) {
            lines.add("IonQ emulator jobs: " + (ids.size() - MOST_JOBS) + " more not listed");
        }
        return lines;
    }
}
