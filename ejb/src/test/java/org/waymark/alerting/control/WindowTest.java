package org.waymark.alerting.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WindowTest {

    @Test
    void aWindowComesBackFromItsBytesAsItWas() {
        Window counts = Window.EMPTY.mark(3_000, 5).mark(1_000, 5).mark(2_000, 5);
        Window labels = Window.EMPTY.markLabel(1_000, "alice", 3).markLabel(2_000, "bob", 3).markLabel(3_000, "ünïcödé", 3);

        assertEquals(counts, Window.fromBytes(counts.toBytes()));
        assertEquals(labels, Window.fromBytes(labels.toBytes()));
        assertEquals(Window.EMPTY, Window.fromBytes(Window.EMPTY.toBytes()));
        assertEquals(Window.EMPTY, Window.fromBytes(null), "a key the grid does not hold");
        assertEquals(3, Window.fromBytes(labels.toBytes()).countSince(1_000));
    }
}
