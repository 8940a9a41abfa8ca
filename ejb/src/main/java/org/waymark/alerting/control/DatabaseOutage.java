package org.waymark.alerting.control;

import jakarta.resource.ResourceException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a failure because the database cannot be reached (down, restarting, the network, no
 * connection in the pool) from one of the statement itself: the first is worth waiting out, the
 * second would fail again.
 */
final class DatabaseOutage {

    private DatabaseOutage() {
    }

    /** Causes looked at: a chain that loops back on itself must not hold the caller for ever. */
    private static final int DEPTH = 32;

    static boolean causes(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < DEPTH; depth++, cause = cause.getCause()) {
            if (cause instanceof SQLRecoverableException || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException || cause instanceof ResourceException) {
                return true;
            }
        }
        return false;
    }
}
