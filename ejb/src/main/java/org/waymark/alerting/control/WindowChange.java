package org.waymark.alerting.control;

import java.io.Serializable;
import javax.cache.processor.EntryProcessor;
import javax.cache.processor.MutableEntry;

/**
 * The one change the rules make to a window: mark an event, unless it comes too late. Sent to
 * where the window lives (an entry processor of the data grid), so that a change is one atomic
 * operation on the grid instead of a read and a conditional write.
 *
 * @param label      null to count the event; else its label (the user), kept once with its latest time
 * @param keep       how many marks (or labels) the window keeps
 * @param lateMillis how far behind the window's newest mark an event may be and still count
 */
record WindowChange(long time, String label, int keep, long lateMillis) implements EntryProcessor<String, Window, Window>, Serializable {

    Window apply(Window before) {
        if (before.tooLate(time, lateMillis)) {
            return before;
        }
        return label == null ? before.mark(time, keep) : before.markLabel(time, label, keep);
    }

    @Override
    public Window process(MutableEntry<String, Window> entry, Object... arguments) {
        Window before = entry.exists() ? entry.getValue() : Window.EMPTY;
        Window after = apply(before);
        if (!after.equals(before)) {
            entry.setValue(after);
        }
        return after;
    }
}
