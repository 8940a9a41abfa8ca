package org.waymark.alerting.control;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * What a rule remembers about one key (a user, an address): the times of its latest events,
 * oldest first, optionally each with a label (the user an address failed for). Immutable and small; the data
 * grid holds it {@link #toBytes() as bytes}.
 *
 * <p>A threshold rule needs no more than its threshold of marks: "N events within W seconds of the
 * newest" holds exactly when the N-th newest mark lies within W of the newest, so a window is exact
 * and bounded at once. A distinct-label window keeps one mark per label, the latest, and no more
 * labels than the rule counts.
 */
public final class Window {

    static final Window EMPTY = new Window(new long[0], new String[0]);

    /** Epoch milliseconds, ascending. */
    private final long[] times;
    /** Parallel to {@link #times}; null entries in a plain count. */
    private final String[] labels;

    private Window(long[] times, String[] labels) {
        this.times = times;
        this.labels = labels;
    }

    /** The newest mark's time; on an empty window, {@link Long#MIN_VALUE}. */
    public long newest() {
        return times.length == 0 ? Long.MIN_VALUE : times[times.length - 1];
    }

    /** Whether an event at {@code time} comes more than {@code allowedMillis} behind the newest mark. */
    public boolean tooLate(long time, long allowedMillis) {
        return times.length > 0 && time < newest() - allowedMillis;
    }

    /** How many marks lie at or after {@code from}. */
    public int countSince(long from) {
        int count = 0;
        for (int i = times.length - 1; i >= 0 && times[i] >= from; i--) {
            count++;
        }
        return count;
    }

    /** Adds an event at {@code time} (in order even when it came late), keeping the {@code keep} newest. */
    public Window mark(long time, int keep) {
        return insert(time, null, keep);
    }

    /** Sets the label's time to {@code time} if later, keeping the {@code keep} labels with the newest times. */
    public Window markLabel(long time, String label, int keep) {
        for (int i = 0; i < labels.length; i++) {
            if (label.equals(labels[i])) {
                if (times[i] >= time) {
                    return this;
                }
                return without(i).insert(time, label, keep);
            }
        }
        return insert(time, label, keep);
    }

    private Window without(int index) {
        long[] fewerTimes = new long[times.length - 1];
        String[] fewerLabels = new String[labels.length - 1];
        System.arraycopy(times, 0, fewerTimes, 0, index);
        System.arraycopy(times, index + 1, fewerTimes, index, times.length - index - 1);
        System.arraycopy(labels, 0, fewerLabels, 0, index);
        System.arraycopy(labels, index + 1, fewerLabels, index, labels.length - index - 1);
        return new Window(fewerTimes, fewerLabels);
    }

    private Window insert(long time, String label, int keep) {
        int at = times.length;
        while (at > 0 && times[at - 1] > time) {
            at--;
        }
        long[] moreTimes = new long[times.length + 1];
        String[] moreLabels = new String[labels.length + 1];
        System.arraycopy(times, 0, moreTimes, 0, at);
        System.arraycopy(labels, 0, moreLabels, 0, at);
        moreTimes[at] = time;
        moreLabels[at] = label;
        System.arraycopy(times, at, moreTimes, at + 1, times.length - at);
        System.arraycopy(labels, at, moreLabels, at + 1, labels.length - at);
        int drop = Math.max(0, moreTimes.length - Math.max(1, keep));
        return new Window(Arrays.copyOfRange(moreTimes, drop, moreTimes.length), Arrays.copyOfRange(moreLabels, drop, moreLabels.length));
    }

    /**
     * The window as bytes, for the data grid: a byte array travels and is stored as it is, where a
     * serializable object costs a Java serialization stream each time (most of the grid's work).
     */
    byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4 + times.length * 12);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(times.length);
            for (int i = 0; i < times.length; i++) {
                out.writeLong(times[i]);
                out.writeBoolean(labels[i] != null);
                if (labels[i] != null) {
                    out.writeUTF(labels[i]);
                }
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible); // an in-memory stream does not fail
        }
        return bytes.toByteArray();
    }

    /** The window {@link #toBytes()} wrote; null: empty. */
    static Window fromBytes(byte[] bytes) {
        if (bytes == null) {
            return EMPTY;
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            int length = in.readInt();
            long[] times = new long[length];
            String[] labels = new String[length];
            for (int i = 0; i < length; i++) {
                times[i] = in.readLong();
                labels[i] = in.readBoolean() ? in.readUTF() : null;
            }
            return new Window(times, labels);
        } catch (IOException e) {
            throw new UncheckedIOException("a window in the data grid is not one this version wrote", e);
        }
    }

    // equality by content: the data grid's compare-and-set and the tests rely on it
    @Override
    public boolean equals(Object other) {
        return other instanceof Window window && Arrays.equals(times, window.times) && Arrays.equals(labels, window.labels);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(times) + Arrays.hashCode(labels);
    }

    @Override
    public String toString() {
        return "Window" + Arrays.toString(times);
    }
}
