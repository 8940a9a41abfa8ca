package org.waymark.alerting.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
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
        settings.invalidate(null);

        assertEquals(1, settings.get(), "the value read before");

        databaseAway = false;
        settings.invalidate(null);
        assertEquals(2, settings.get(), "read again once the database is back");
    }

    @Test
    void aChangeIsReadAgainOnceItsTransactionHasEnded() {
        List<Synchronization> registered = new ArrayList<>();
        TransactionSynchronizationRegistry transaction = (TransactionSynchronizationRegistry) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {TransactionSynchronizationRegistry.class}, (proxy, method, arguments) -> {
                    switch (method.getName()) {
                        case "getTransactionKey" -> {
                            return "tx-1";
                        }
                        case "getTransactionStatus" -> {
                            return Status.STATUS_ACTIVE;
                        }
                        case "registerInterposedSynchronization" -> {
                            registered.add((Synchronization) arguments[0]);
                            return null;
                        }
                        default -> throw new UnsupportedOperationException(method.getName());
                    }
                });
        assertEquals(1, settings.get());

        settings.invalidate(transaction);
        assertEquals(2, settings.get(), "a read before the commit, which may still see the old value");
        assertEquals(2, settings.get(), "and is kept");
        registered.forEach(synchronization -> synchronization.afterCompletion(Status.STATUS_COMMITTED));

        assertEquals(3, settings.get(), "read again after the commit");
    }

    @Test
    void aFirstReadThatFailsFails() {
        databaseAway = true;

        assertThrows(IllegalStateException.class, settings::get);
    }
}
