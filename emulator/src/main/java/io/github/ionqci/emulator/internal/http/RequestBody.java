package io.github.ionqci.emulator.internal.http;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/**
 * A request body as framed by {@code Content-Length} or {@code Transfer-Encoding: chunked}: reads stop at its
 * end, so the next pipelined request stays on the connection. The first read answers
 * {@code Expect: 100-continue}. A malformed chunk throws {@link HttpProtocolException}; a stall past the
 * request's deadline throws {@link java.net.SocketTimeoutException}.
 */
final class RequestBody extends InputStream {

    /** The longest chunk-size line (with extensions) accepted. */
    private static final int MAX_CHUNK_LINE = 4096;
    /** Hex digits of a chunk size that still fit a long with room to spare. */
    private static final int MAX_CHUNK_DIGITS = 15;

    /** Sends the interim 100 (Continue) before the body is read. */
    interface Continuation {
        void send() throws IOException;
    }

    private final ConnectionInput in;
    private final boolean chunked;
    private Continuation continuation;
    /** Bytes left in the body (fixed length) or in the current chunk (chunked). */
    private long remaining;
    private boolean finished;
    private boolean started;
    private boolean broken;

    private RequestBody(ConnectionInput in, boolean chunked, long length, Continuation continuation) {
        this.in = in;
        this.chunked = chunked;
        this.remaining = length;
        this.finished = !chunked && length == 0;
        this.continuation = continuation;
    }

    static RequestBody fixed(ConnectionInput in, long length, Continuation continuation) {
        return new RequestBody(in, false, length, continuation);
    }

    static RequestBody chunked(ConnectionInput in, Continuation continuation) {
        return new RequestBody(in, true, 0, continuation);
    }

    /** @return whether the whole body has been read (the connection can carry the next request) */
    boolean finished() {
        return finished;
    }

    /** @return whether reading began (after a 100-continue the client sends the body) */
    boolean started() {
        return started;
    }

    /** @return whether the body's framing broke: a bad chunk, an early end, a stall */
    boolean broken() {
        return broken;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] into, int offset, int length) throws IOException {
        if (finished) {
            return -1;
        }
        if (length == 0) {
            return 0;
        }
        try {
            begin();
            if (chunked && remaining == 0) {
                nextChunk();
                if (finished) {
                    return -1;
                }
            }
            int n = in.read(into, offset, (int) Math.min(length, remaining));
            if (n < 0) {
                throw new EOFException("the connection closed with " + remaining + " body bytes still to come");
            }
            remaining -= n;
            if (remaining == 0 && !chunked) {
                finished = true;
            } else if (remaining == 0) {
                endOfChunk();
            }
            return n;
        } catch (IOException e) {
            broken = true;
            throw e;
        }
    }

    /**
     * Reads and drops what is left of the body, when little enough is.
     *
     * @param max the most bytes to drop
     * @return whether the body ended within them
     */
    boolean skipRest(long max) {
        byte[] scratch = new byte[8192];
        long dropped = 0;
        try {
            while (!finished && dropped <= max) {
                int n = read(scratch, 0, scratch.length);
                if (n < 0) {
                    break;
                }
                dropped += n;
            }
        } catch (IOException e) {
            return false;
        }
        return finished;
    }

    private void begin() throws IOException {
        started = true;
        if (continuation != null) {
            Continuation send = continuation;
            continuation = null;
            send.send();
        }
    }

    private void nextChunk() throws IOException {
        String line = in.readLine(MAX_CHUNK_LINE, new HttpProtocolException(400, "A chunk-size line of the"
                + " request body is longer than " + MAX_CHUNK_LINE + " bytes; send 'SIZE-IN-HEX' lines without"
                + " long extensions."));
        if (line == null) {
            throw new EOFException("the connection closed before the next chunk");
        }
        int semicolon = line.indexOf(';');
        String size = (semicolon < 0 ? line : line.substring(0, semicolon)).strip();
        long value = 0;
        if (size.isEmpty() || size.length() > MAX_CHUNK_DIGITS) {
            throw badChunk(line);
        }
        for (int i = 0; i < size.length(); i++) {
            int digit = Character.digit(size.charAt(i), 16);
            if (digit < 0) {
                throw badChunk(line);
            }
            value = value * 16 + digit;
        }
        if (value > 0) {
            remaining = value;
            return;
        }
        // the last chunk: trailers (dropped) up to an empty line
        int bytes = 0;
        for (int count = 0; ; count++) {
            String trailer = in.readLine(RequestHead.MAX_HEADER_BYTES - bytes, new HttpProtocolException(431,
                    "The request body's trailers are larger than " + RequestHead.MAX_HEADER_BYTES / 1024
                    + " KiB."));
            if (trailer == null) {
                throw new EOFException("the connection closed in the trailers");
            }
            if (trailer.isEmpty()) {
                break;
            }
            bytes += trailer.length() + 2;
            if (count >= RequestHead.MAX_HEADERS) {
                throw new HttpProtocolException(431, "The request body has more than " + RequestHead.MAX_HEADERS
                        + " trailers.");
            }
        }
        finished = true;
    }

    private void endOfChunk() throws IOException {
        String end = in.readLine(0, new HttpProtocolException(400, "A chunk of the request body is longer"
                + " than its size line says (no CRLF after its data); send the size of each chunk in hex."));
        if (end == null) {
            throw new EOFException("the connection closed after a chunk");
        }
    }

    private static HttpProtocolException badChunk(String line) {
        return new HttpProtocolException(400, "The chunked request body has a bad chunk-size line "
                + RequestHead.quote(line) + "; each chunk starts with its size in hexadecimal (such as '1a'),"
                + " and the body ends with a '0' line.");
    }
}
