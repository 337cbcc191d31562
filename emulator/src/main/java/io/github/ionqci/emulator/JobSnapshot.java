package io.github.ionqci.emulator;

import java.util.List;

/**
 * A stored job as seen at one moment, for assertions in tests.
 *
 * <pre>{@code
 * assertThat(emulator.jobs().get(id).orElseThrow().status()).isEqualTo("completed");
 * }</pre>
 *
 * @param id             the job id
 * @param status         the status now (raw string)
 * @param type           the job type
 * @param backend        the backend
 * @param name           the job name, or null
 * @param failureCode    the failure code when failed, else null
 * @param failureMessage the failure message when failed, else null
 * @param parentJobId    the multi-circuit parent, or null
 * @param childJobIds    the multi-circuit children, or null
 * @param json           the body {@code GET /jobs/{id}} would return now
 */
public record JobSnapshot(String id, String status, String type, String backend, String name, String failureCode,
                          String failureMessage, String parentJobId, List<String> childJobIds, String json) {
}
