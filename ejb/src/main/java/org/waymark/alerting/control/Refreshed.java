package org.waymark.alerting.control;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * A value read from the database and read again when it is more than a few seconds old: what an
 * analyst changes on any node of a cluster reaches every node that quickly, and a stream of events
 * costs no query each. Shared by the rules and the extractors.
 */
final class Refreshed<T> {

    private static final long REFRESH_MILLIS = 5_000;

    private final Supplier<T> read;
    private volatile T value;
    private volatile long readAt;
    /** Counts changes: a read that a change overlapped is not trusted for the next few seconds. */
    private final AtomicLong changes = new AtomicLong();

    Refreshed(Supplier<T> read) {
        this.read = read;
    }

    /** A value that is never read again: for tests of what runs on top. */
    static <T> Refreshed<T> fixed(T value) {
        Refreshed<T> fixed = new Refreshed<>(() -> value);
        fixed.value = value;
        fixed.readAt = Long.MAX_VALUE;
        return fixed;
    }

    /**
     * While the database is away, the last value read serves on (tried again every few seconds),
     * so that settings read before keep the rules and extractors working; only a first read fails.
     */
    T get() {
        T snapshot = value;
        if (snapshot == null || System.currentTimeMillis() - readAt > REFRESH_MILLIS) {
            long changesBefore = changes.get();
            try {
                snapshot = read.get();
                value = snapshot;
            } catch (RuntimeException databaseAway) {
                if (snapshot == null) {
                    throw databaseAway;
                }
            } finally {
                readAt = changes.get() == changesBefore ? System.currentTimeMillis() : 0;
            }
        }
        return snapshot;
    }

    private void changed() {
        changes.incrementAndGet();
        readAt = 0;
    }

    /**
     * After a change on this node: the next use reads again, and again once the change's
     * transaction has ended, since a read between now and the commit still sees the old value and
     * would keep it for seconds.
     */
    void invalidate(TransactionSynchronizationRegistry transactions) {
        changed();
        if (transactions != null && transactions.getTransactionKey() != null
                && transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // nothing: the change is not visible yet
                }

                @Override
                public void afterCompletion(int status) {
                    changed();
                }
            });
        }
    }
}
