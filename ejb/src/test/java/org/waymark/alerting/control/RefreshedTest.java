package org.waymark.alerting.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RefreshedTest {

    private final AtomicInteger reads = new AtomicInteger();
    private volatile boolean databaseAway;

    private final Refreshed<Integer> settings = new Refreshed<>(() -> {
        if (databaseAway) {
            throw new IllegalStateException("connection refused");
        }
        return reads.incrementAndGet();
    });

    @Test
    void whileTheDatabaseIsAwayTheLastValueServesOn() {
        assertEquals(1, settings.get());
        databaseAway = true;
        settings.invalidate();

        assertEquals(1, settings.get(), "the value read before");

        databaseAway = false;
        settings.invalidate();
        assertEquals(2, settings.get(), "read again once the database is back");
    }

    @Test
    void aFirstReadThatFailsFails() {
        databaseAway = true;

        assertThrows(IllegalStateException.class, settings::get);
    }
}
