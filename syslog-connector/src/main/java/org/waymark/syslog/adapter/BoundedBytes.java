package org.waymark.syslog.adapter;

import java.util.Arrays;

/** A message's bytes, collected up to the maximum message size; whether more arrived is remembered. */
final class BoundedBytes {

    private final int max;
    private byte[] bytes;
    private int size;
    private boolean truncated;

    /** @param expected how many bytes to make room for at first */
    BoundedBytes(int max, int expected) {
        this.max = max;
        this.bytes = new byte[Math.max(Math.min(expected, max), 16)];
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

    /** Drops a last byte {@code b}, unless the message was cut (then its end is not the sender's). */
    void stripTrailing(int b) {
        if (!truncated && size > 0 && bytes[size - 1] == b) {
            size--;
        }
    }

    boolean truncated() {
        return truncated;
    }

    byte[] toArray() {
        return size == bytes.length ? bytes : Arrays.copyOf(bytes, size);
    }
}
