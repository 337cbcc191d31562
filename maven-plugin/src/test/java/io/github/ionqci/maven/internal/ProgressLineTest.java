package io.github.ionqci.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ionqci.client.IonQServerException;
import io.github.ionqci.client.await.AwaitProgress;
import io.github.ionqci.client.internal.Json;
import io.github.ionqci.client.job.Job;
import io.github.ionqci.client.job.JobStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProgressLineTest {

    private static final String ID = "e1a09d90-b2ba-4ea5-9fd7-4bfc14eac524";

    @Test
    void countsFinishedAndPendingStatusesNamesTheSlowestJobAndThePredictedWait() throws Exception {
        Job slowest = Json.mapper().readValue("{\"id\":\"" + ID + "\",\"status\":\"ready\","
                + "\"submitted_at\":\"2026-11-24T10:00:00Z\"}", Job.class);
        Map<JobStatus, Integer> counts = new LinkedHashMap<>();
        counts.put(JobStatus.READY, 30);
        counts.put(JobStatus.STARTED, 9);
        counts.put(JobStatus.FAILED, 3);
        counts.put(JobStatus.COMPLETED, 58);
        AwaitProgress progress = new AwaitProgress(7, 100, 61, counts, 0, 0, slowest, Duration.ofSeconds(40),
                Duration.ofSeconds(80), null);

        String line = ProgressLine.of(progress, Map.of(ID, "ghz3"), Instant.parse("2026-11-24T10:02:10Z"));

        assertThat(line).isEqualTo("61/100 done (failed 3, completed 58); pending: ready 30, started 9;"
                + " slowest: ghz3 (" + ID + ") ready, submitted 2m10s ago; predicted wait up to 40s; 1m20s elapsed");
    }

    @Test
    void saysWhenNothingIsKnownYetAndWhenAPollFailed() {
        AwaitProgress progress = new AwaitProgress(1, 3, 1, Map.of(), 1, 2, null, null, Duration.ofMillis(300),
                new IonQServerException("HTTP 503 from GET /jobs", null, 503, null, null, null));
        String line = ProgressLine.of(progress, Map.of(), Instant.now());
        assertThat(line).startsWith("1/3 done, not found 1; not fetched yet 2; 300ms elapsed; last poll failed, retrying: ")
                .contains("503");
    }
}
