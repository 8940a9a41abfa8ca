package org.waymark.syslog.adapter;

import java.io.IOException;
import java.io.InputStream;

/**
 * A connection's bytes through a buffer of its own, for the syslog and RELP frame readers. A
 * byte-by-byte read through {@code BufferedInputStream} takes its lock for every byte, which cost
 * more than parsing the message. Before it waits for more bytes, also in the middle of a frame, it
 * runs a callback: the moment to hand on (and, for RELP, acknowledge) what has arrived, so that no
 * message waits for the next one or for the rest of a frame a slow sender has only begun.
 */
final class ByteInput {

    /** What to do before waiting for the sender. */
    interface BeforeWaiting {
        void run() throws IOException;
    }

    private static final int BUFFER_SIZE = 1 << 16;

    private final InputStream in;
    private final BeforeWaiting beforeWaiting;
    private final byte[] buffer = new byte[BUFFER_SIZE];
    private int position;
    private int limit;

    ByteInput(InputStream in, BeforeWaiting beforeWaiting) {
        this.in = in;
        this.beforeWaiting = beforeWaiting;
    }

    /** @return the next byte, or -1 at the end of the stream */
    int read() throws IOException {
        return fill() ? buffer[position++] & 0xff : -1;
    }

    /** @return how many of the {@code count} bytes arrived (fewer when the stream ended), kept in {@code into} */
    int copy(int count, BoundedBytes into) throws IOException {
        int remaining = count;
        while (remaining > 0 && fill()) {
            int chunk = Math.min(remaining, limit - position);
            into.add(buffer, position, chunk);
            position += chunk;
            remaining -= chunk;
        }
        return count - remaining;
    }

    /**
     * Keeps the bytes up to the next LF (read, not kept) or the end of the stream in {@code into}.
     *
     * @return false when the stream ended before an LF
     */
    boolean copyLine(BoundedBytes into) throws IOException {
        while (fill()) {
            int end = position;
            while (end < limit && buffer[end] != '\n') {
                end++;
            }
            into.add(buffer, position, end - position);
            if (end < limit) {
                position = end + 1;
                return true;
            }
            position = limit;
        }
        return false;
    }

    /** @return whether there is something to read, reading more when the buffer is used up */
    private boolean fill() throws IOException {
        if (position < limit) {
            return true;
        }
        if (in.available() == 0) {
            beforeWaiting.run();
        }
        int read = in.read(buffer, 0, buffer.length);
        position = 0;
        limit = Math.max(read, 0);
        return read > 0;
    }
}
