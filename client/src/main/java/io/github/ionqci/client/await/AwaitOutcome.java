package io.github.ionqci.client.await;

/** How awaiting one job ended. */
public enum AwaitOutcome {
    /** The job completed. */
    COMPLETED,
    /** The job failed; its {@code failure} says why. */
    FAILED,
    /** The job was canceled. */
    CANCELED,
    /** The job was not terminal when the timeout ran out (or could not be fetched until then). */
    TIMED_OUT,
    /** IonQ does not know the job (for this API key). */
    NOT_FOUND;

    /** @return whether this is {@link #COMPLETED} */
    public boolean isSuccess() {
        return this == COMPLETED;
    }
}
