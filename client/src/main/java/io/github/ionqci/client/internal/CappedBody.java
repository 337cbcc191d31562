package io.github.ionqci.client.internal;

import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Collects a response body into memory up to a limit, one buffer list at a time. Past the limit it
 * stops reading (which closes the connection): a successful response then fails with
 * {@link BodyTooLargeException}, an error response keeps its first {@code limit} bytes (enough to
 * say what it was) and is marked {@linkplain #wasCut() cut}. {@link #abort()} stops reading at any
 * time, so a body that trickles or never ends cannot hold a thread past its deadline.
 */
final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {

    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    /** The buffers received, each copied once; joined when the body is complete (no doubling growth). */
    private final List<byte[]> chunks = new ArrayList<>();
    private long kept;
    private final AtomicLong received = new AtomicLong();
    private final long limit;
    private final boolean keepPrefix;
    private volatile Flow.Subscription subscription;
    private volatile boolean aborted;
    private volatile boolean cut;

    /**
     * @param limit      the most bytes kept (never more than a Java array holds, about 2 GiB)
     * @param keepPrefix true to keep the first {@code limit} bytes of a longer body instead of failing
     */
    CappedBody(long limit, boolean keepPrefix) {
        this.limit = Math.min(limit, Integer.MAX_VALUE - 8);   // the most one byte[] holds
        this.keepPrefix = keepPrefix;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (aborted) {
            s.cancel();
        } else {
            s.request(1);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer buffer : items) {
            int remaining = buffer.remaining();
            long total = received.addAndGet(remaining);
            if (total > limit) {
                subscription.cancel();
                if (keepPrefix) {
                    copy(buffer, (int) (limit - kept));
                    cut = true;
                    result.complete(joined());
                } else {
                    chunks.clear();
                    result.completeExceptionally(new BodyTooLargeException(limit, total));
                }
                return;
            }
            copy(buffer, remaining);
        }
        subscription.request(1);
    }

    private void copy(ByteBuffer buffer, int count) {
        byte[] chunk = new byte[count];
        buffer.get(chunk);
        chunks.add(chunk);
        kept += count;
    }

    private byte[] joined() {
        byte[] body = new byte[(int) kept];
        int at = 0;
        for (byte[] chunk : chunks) {
            System.arraycopy(chunk, 0, body, at, chunk.length);
            at += chunk.length;
        }
        chunks.clear();
        return body;
    }

    @Override
    public void onError(Throwable throwable) {
        result.completeExceptionally(throwable);
    }

    @Override
    public void onComplete() {
        result.complete(joined());
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    /** Stops reading: the connection is closed and the body future never completes normally. */
    void abort() {
        aborted = true;
        Flow.Subscription s = subscription;
        if (s != null) {
            s.cancel();
        }
    }

    /** @return how many body bytes arrived so far */
    long received() {
        return received.get();
    }

    /** @return whether an error body was longer than the limit and only its beginning was kept */
    boolean wasCut() {
        return cut;
    }
}
