package io.github.ionqci.client.await;

import io.github.ionqci.client.Durations;
import io.github.ionqci.client.IonQException;
import io.github.ionqci.client.job.JobStatus;
import java.time.Duration;

/**
 * A job was not finished when the await timeout ran out. The message names the job, its last
 * status, IonQ's predicted wait and how long it was awaited.
 */
public class JobTimeoutException extends IonQException {

    private static final long serialVersionUID = 1L;

    private final transient JobStatus lastStatus;
    /** IonQ's last predicted wait, or null. */
    private final Duration predictedWait;
    /** How long the job was awaited. */
    private final Duration elapsed;
    /** The await timeout that ran out. */
    private final Duration timeout;

    /**
     * @param jobId         the job
     * @param lastStatus    its last status seen, or null when it could never be fetched
     * @param predictedWait IonQ's last predicted wait, or null
     * @param elapsed       how long it was awaited
     * @param timeout       the timeout that ran out
     * @param lastError     the last error fetching it, or null
     */
    public JobTimeoutException(String jobId, JobStatus lastStatus, Duration predictedWait, Duration elapsed,
                               Duration timeout, IonQException lastError) {
        super(message(jobId, lastStatus, predictedWait, elapsed, timeout, lastError), jobId, 0, null, null, lastError);
        this.lastStatus = lastStatus;
        this.predictedWait = predictedWait;
        this.elapsed = elapsed;
        this.timeout = timeout;
    }

    /** @return the last status seen, or null when the job could never be fetched */
    public JobStatus lastStatus() {
        return lastStatus;
    }

    /** @return IonQ's last predicted wait, or null */
    public Duration predictedWait() {
        return predictedWait;
    }

    /** @return how long the job was awaited */
    public Duration elapsed() {
        return elapsed;
    }

    /** @return the timeout that ran out */
    public Duration timeout() {
        return timeout;
    }

    private static String message(String jobId, JobStatus lastStatus, Duration predictedWait, Duration elapsed,
                                  Duration timeout, IonQException lastError) {
        StringBuilder m = new StringBuilder("Job ").append(jobId).append(" did not finish within ")
                .append(Durations.format(timeout)).append(" (awaited ")
                .append(Durations.format(Duration.ofMillis(elapsed.toMillis()))).append("): ");
        if (lastStatus == null) {
            m.append("it could not be fetched");
            if (lastError != null) {
                m.append(" (last error: ").append(lastError.getMessage()).append(')');
            }
        } else {
            m.append("last status ").append(lastStatus);
            if (!lastStatus.isKnown()) {
                m.append(" (a status this client does not know, so not treated as finished)");
            }
        }
        if (predictedWait != null) {
            m.append(", IonQ predicted a wait of ").append(Durations.format(Duration.ofMillis(predictedWait.toMillis())));
        }
        m.append(". Raise the timeout (ionq.await.timeout, such as 30m) or check the job's queue at"
                + " https://cloud.ionq.com");
        return m.toString();
    }
}
