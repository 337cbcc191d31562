package io.github.ionqci.emulator.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;

/**
 * A connection's buffered input with a deadline: every read waits at most until the deadline set for what is
 * being read (the next request to start, or the current one to arrive whole). Bytes read past one request stay
 * buffered for the next (pipelining).
 */
final class ConnectionInput {

    private final Socket socket;
    private final InputStream in;
    private final byte[] buffer = new byte[16 * 1024];
    private int position;
    private int limit;
    private long deadline;

    ConnectionInput(Socket socket) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
    }

    /** @param nanoTime the {@link System#nanoTime()} after which a read fails with a timeout */
    void deadline(long nanoTime) {
        this.deadline = nanoTime;
    }

    /** @return whether a byte is buffered or arrived before the deadline; false at the end of the stream */
    boolean awaitData() throws IOException {
        return position < limit || fill();
    }

    /** @return the next byte, or -1 at the end of the stream */
    int read() throws IOException {
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position++] & 0xff;
    }

    /** @return up to {@code length} bytes into {@code into}, or -1 at the end of the stream */
    int read(byte[] into, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (position == limit && !fill()) {
            return -1;
        }
        int n = Math.min(length, limit - position);
        System.arraycopy(buffer, position, into, offset, n);
        position += n;
        return n;
    }

    /**
     * Reads one line ending in LF (a CR before it is dropped).
     *
     * @param max      the longest line accepted, in bytes without its end
     * @param tooLong  what to throw when it is longer
     * @return the line's bytes as ISO-8859-1 characters, or null at the end of the stream before any byte
     */
    String readLine(int max, HttpProtocolException tooLong) throws IOException {
        StringBuilder line = null;
        while (true) {
            if (position == limit && !fill()) {
                if (line == null) {
                    return null;
                }
                throw new java.io.EOFException("the connection closed in the middle of a line");
            }
            int start = position;
            int end = start;
            while (end < limit && buffer[end] != '\n') {
                end++;
            }
            if (line == null) {
                line = new StringBuilder(Math.min(max, 128));
            }
            int take = end - start;
            if (line.length() + take > max + 1) {   // + 1: the CR before the LF
                throw tooLong;
            }
            for (int i = start; i < end; i++) {
                line.append((char) (buffer[i] & 0xff));
            }
            if (end < limit) {
                position = end + 1;
                int length = line.length();
                if (length > 0 && line.charAt(length - 1) == '\r') {
                    line.setLength(length - 1);
                }
                if (line.length() > max) {
                    throw tooLong;
                }
                return line.toString();
            }
            position = limit;
        }
    }

    private boolean fill() throws IOException {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            throw new SocketTimeoutException("the deadline passed");
        }
        socket.setSoTimeout((int) Math.max(1, Math.min(Integer.MAX_VALUE, remaining / 1_000_000)));
        int n = in.read(buffer, 0, buffer.length);
        if (n < 0) {
            return false;
        }
        position = 0;
        limit = n;
        return true;
    }
}
