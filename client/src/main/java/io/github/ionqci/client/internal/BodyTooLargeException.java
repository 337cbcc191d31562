package io.github.ionqci.client.internal;

import java.io.IOException;

/** A response body grew past the limit for its kind; reading stopped there. */
final class BodyTooLargeException extends IOException {

    private static final long serialVersionUID = 1L;

    private final long limit;

    /**
     * @param limit    the limit in bytes
     * @param received how many bytes had arrived when reading stopped
     */
    BodyTooLargeException(long limit, long received) {
        super("the body grew past " + ByteSizes.format(limit) + " (" + received + " bytes received)");
        this.limit = limit;
    }

    /** @return the limit in bytes */
    long limit() {
        return limit;
    }
}
