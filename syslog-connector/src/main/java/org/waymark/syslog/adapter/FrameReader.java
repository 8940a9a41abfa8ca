package org.waymark.syslog.adapter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Splits a syslog TCP stream into messages (RFC 6587), deciding per frame: a frame that starts
 * with a digit run and a space is octet-counted ({@code LEN SP MSG}), anything else ends at LF.
 * Written by hand because the rule is a few lines and must keep reading after malformed input,
 * which the general-purpose frame decoders of network libraries do not do.
 */
final class FrameReader {

    /** A message without its framing; {@code truncated} when it exceeded the maximum size. */
    record Frame(byte[] bytes, boolean truncated) {
    }

    private static final int MAX_COUNT_DIGITS = 9;

    private final InputStream in;
    private final int maxMessageSize;

    FrameReader(InputStream in, int maxMessageSize) {
        this.in = in;
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
        Message message = new Message(maxMessageSize);
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
                return message.frame();
            }
            message.add(b);
        } else {
            message.add(first);
        }
        return readLine(message);
    }

    private Frame readCounted(int count) throws IOException {
        Message message = new Message(maxMessageSize);
        for (int i = 0; i < count; i++) {
            int b = in.read();
            if (b < 0) {
                break; // the sender closed mid-message: keep what arrived
            }
            message.add(b);
        }
        // rsyslog counts its trailing newline inside the length.
        message.stripTrailing('\n');
        message.stripTrailing('\r');
        return message.frame();
    }

    private Frame readLine(Message message) throws IOException {
        int b = in.read();
        while (b >= 0 && b != '\n') {
            message.add(b);
            b = in.read();
        }
        message.stripTrailing('\r');
        return message.frame();
    }

    private static boolean isDigit(int b) {
        return b >= '0' && b <= '9';
    }

    /** Collects up to the maximum size and remembers whether more arrived. */
    private static final class Message {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        private final int max;
        private boolean truncated;

        Message(int max) {
            this.max = max;
        }

        void add(int b) {
            if (bytes.size() < max) {
                bytes.write(b);
            } else {
                truncated = true;
            }
        }

        void stripTrailing(int b) {
            byte[] current = bytes.toByteArray();
            if (!truncated && current.length > 0 && current[current.length - 1] == b) {
                bytes.reset();
                bytes.write(current, 0, current.length - 1);
            }
        }

        Frame frame() {
            return new Frame(bytes.toByteArray(), truncated);
        }
    }
}
