package org.waymark.alerting.control;

import java.io.Serializable;

/**
 * The one change the rules make to a window: mark an event, unless it comes too late. Serializable
 * because the data grid applies it where the window lives ({@link GridStore}); free of the JCache
 * API because servers without it (GlassFish) must load it too.
 *
 * @param label      null to count the event; else its label (the user), kept once with its latest time
 * @param keep       how many marks (or labels) the window keeps
 * @param lateMillis how far behind the window's newest mark an event may be and still count
 */
record WindowChange(long time, String label, int keep, long lateMillis) implements Serializable {

    Window apply(Window before) {
        if (before.tooLate(time, lateMillis)) {
            return before;
        }
        return label == null ? before.mark(time, keep) : before.markLabel(time, label, keep);
    }
}
