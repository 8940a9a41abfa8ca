package org.waymark.authoring.control;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * How far a long operation (an import) has come, for a screen that asks every second: it checks
 * every entry first and then writes them, so each entry counts twice.
 */
public class Progress {

    /** For callers that do not watch: counts nothing. */
    public static final Progress NONE = new Progress() {
        @Override
        public void expect(int entries) {
            // nobody asks
        }

        @Override
        public void step() {
            // nobody asks
        }
    };

    private final AtomicInteger done = new AtomicInteger();
    private volatile int total;

    /** @param entries how many entries the operation checks and then writes */
    public void expect(int entries) {
        total = 2 * entries;
    }

    /** One more entry checked, or written. */
    public void step() {
        done.incrementAndGet();
    }

    /** 0 to 100; 0 until the size is known. */
    public int percent() {
        int expected = total;
        return expected == 0 ? 0 : Math.min(100, done.get() * 100 / expected);
    }
}
