package io.github.ionqci.client.await;

import io.github.ionqci.client.job.Job;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Where an awaiter gets jobs from: one call per round for all ids still pending.
 * {@link io.github.ionqci.client.IonQClient#awaiter()} uses {@code GET /jobs?ids=…}.
 */
@FunctionalInterface
public interface JobSource {

    /**
     * @param ids      the ids to fetch, valid and distinct
     * @param deadline when retries of this fetch must stop at the latest
     * @return the jobs found, by id; an id that is absent was not found
     */
    Map<String, Job> fetch(List<String> ids, Instant deadline);
}
