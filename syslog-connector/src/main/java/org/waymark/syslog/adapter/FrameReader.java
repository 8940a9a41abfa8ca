package org.waymark.syslog.adapter;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a syslog TCP stream into messages (RFC 6587), deciding per frame: a frame that starts
 * with a digit run and a space is octet-counted ({@code LEN SP MSG}), anything else ends at LF.
 * Written by hand because the rule is a few lines and must keep reading after malformed input,
 * which the general-purpose frame decoders of network libraries do not do. It scans a buffer of
 * its own: a byte-by-byte read through {@code BufferedInputStream} takes its lock for every byte,
 * which cost more than parsing the message.
 */
final class FrameReader {

    /** A message without its framing; {@code truncated} when it exceeded the maximum size. */
    record Frame(byte[] bytes, boolean truncated) {
    }

    private static final int MAX_COUNT_DIGITS = 9;
    private static final int BUFFER_SIZE = 1 << 16;

    private final InputStream in;
    private final int maxMessageSize;
    private final Runnable beforeWaiting;
    private final byte[] buffer = new byte[BUFFER_SIZE];
    private int position;
    private int limit;

    /**
     * @param beforeWaiting runs when everything that has arrived is read and the reader is about to
     *                      wait for more, also in the middle of a frame: the moment to deliver
     */
    FrameReader(InputStream in, int maxMessageSize, Runnable beforeWaiting) {
        this.in = in;
        this.maxMessageSize = maxMessageSize;
        this.beforeWaiting = beforeWaiting;
    }

    /** @return the next frame, or {@code null} at the end of the stream */
    Frame next() throws IOException {
        int first = read();
        while (first == '\n' || first == '\r') {
            first = read();
        }
        if (first < 0) {
            return null;
        }
        Message message = new Message(maxMessageSize, 256);
        if (isDigit(first)) {
            int count = first - '0';
            message.add(first);
            int digits = 1;
            int b = read();
            while (isDigit(b) && digits < MAX_COUNT_DIGITS) {
                count = count * 10 + (b - '0');
                message.add(b);
                digits++;
                b = read();
            }
            if (b == ' ') {
                return readCounted(count);
            }
            // Not an octet count after all: the digits were the start of an LF-terminated line.
            if (b < 0 || b == '\n') {
                return message.frame();
            }
            message.add(b);
        } else {
            message.add(first);
        }
        return readLine(message);
    }

    private Frame readCounted(int count) throws IOException {
        Message message = new Message(maxMessageSize, Math.min(count, maxMessageSize));
        int remaining = count;
        while (remaining > 0 && fill()) {
            int chunk = Math.min(remaining, limit - position);
            message.add(buffer, position, chunk);
            position += chunk;
            remaining -= chunk;
        }
        // rsyslog counts its trailing newline inside the length; a short count keeps what arrived.
        message.stripTrailing('\n');
        message.stripTrailing('\r');
        return message.frame();
    }

    private Frame readLine(Message message) throws IOException {
        while (fill()) {
            int end = position;
            while (end < limit && buffer[end] != '\n') {
                end++;
            }
            message.add(buffer, position, end - position);
            if (end < limit) {
                position = end + 1; // past the LF
                break;
            }
            position = limit;
        }
        message.stripTrailing('\r');
        return message.frame();
    }

    private int read() throws IOException {
        return fill() ? buffer[position++] & 0xff : -1;
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

    private static boolean isDigit(int b) {
        return b >= '0' && b <= '9';
    }

    /** Collects up to the maximum size and remembers whether more arrived. */
    private static final class Message {
        private final int max;
        private byte[] bytes;
        private int size;
        private boolean truncated;

        Message(int max, int expected) {
            this.max = max;
            this.bytes = new byte[Math.max(expected, 16)];
        }

        void add(int b) {
            if (size < max) {
                ensure(size + 1);
                bytes[size++] = (byte) b;
            } else {
                truncated = true;
            }
        }

        void add(byte[] source, int offset, int length) {
            int kept = Math.min(length, max - size);
            if (kept < length) {
                truncated = true;
            }
            ensure(size + kept);
            System.arraycopy(source, offset, bytes, size, kept);
            size += kept;
        }

        private void ensure(int capacity) {
            if (capacity > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.min(max, Math.max(capacity, bytes.length * 2)));
            }
        }

        void stripTrailing(int b) {
            if (!truncated && size > 0 && bytes[size - 1] == b) {
                size--;
            }
        }

        Frame frame() {
            return new Frame(size == bytes.length ? bytes : Arrays.copyOf(bytes, size), truncated);
        }
    }
}
