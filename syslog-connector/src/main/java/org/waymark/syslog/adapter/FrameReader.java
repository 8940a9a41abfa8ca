package org.waymark.syslog.adapter;

import java.io.IOException;
import java.io.InputStream;

/**
 * Splits a syslog TCP stream into messages (RFC 6587), deciding per frame: a frame that starts
 * with a digit run and a space is octet-counted ({@code LEN SP MSG}), anything else ends at LF.
 * Written by hand because the rule is a few lines and must keep reading after malformed input,
 * which the general-purpose frame decoders of network libraries do not do.
 */
final class FrameReader {

    /**
     * A message without its framing; {@code truncated} when it exceeded the maximum size,
     * {@code incomplete} when the stream ended inside it (before its count or its LF).
     */
    record Frame(byte[] bytes, boolean truncated, boolean incomplete) {
    }

    private static final int MAX_COUNT_DIGITS = 9;

    private final ByteInput in;
    private final int maxMessageSize;

    /**
     * @param beforeWaiting runs when everything that has arrived is read and the reader is about to
     *                      wait for more, also in the middle of a frame: the moment to deliver
     */
    FrameReader(InputStream in, int maxMessageSize, ByteInput.BeforeWaiting beforeWaiting) {
        this.in = new ByteInput(in, beforeWaiting);
        this.maxMessageSize = maxMessageSize;
    }

    /** @return the next frame, or {@code null} at the end of the stream */
    Frame next() throws IOException {
        int first = in.read();
        while (first == '\n' || first == '\r') {
            first = in.read();
        }
        if (first < 0) {
            return null;
        }
        BoundedBytes message = new BoundedBytes(maxMessageSize, 256);
        if (isDigit(first)) {
            int count = first - '0';
            message.add(first);
            int digits = 1;
            int b = in.read();
            while (isDigit(b) && digits < MAX_COUNT_DIGITS) {
                count = count * 10 + (b - '0');
                message.add(b);
                digits++;
                b = in.read();
            }
            if (b == ' ') {
                return readCounted(count);
            }
            // Not an octet count after all: the digits were the start of an LF-terminated line.
            if (b < 0 || b == '\n') {
                return frame(message, b < 0);
            }
            message.add(b);
        } else {
            message.add(first);
        }
        boolean ended = in.copyLine(message);
        message.stripTrailing('\r');
        return frame(message, !ended);
    }

    private Frame readCounted(int count) throws IOException {
        BoundedBytes message = new BoundedBytes(maxMessageSize, count);
        int arrived = in.copy(count, message); // a short count keeps what arrived
        // rsyslog counts its trailing newline inside the length.
        message.stripTrailing('\n');
        message.stripTrailing('\r');
        return frame(message, arrived < count);
    }

    private static Frame frame(BoundedBytes message, boolean incomplete) {
        return new Frame(message.toArray(), message.truncated(), incomplete);
    }

    private static boolean isDigit(int b) {
        return b >= '0' && b <= '9';
    }
}
