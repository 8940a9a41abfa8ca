package org.waymark.syslog.adapter;

import java.util.concurrent.atomic.AtomicLong;

/** What one listener saw: nothing received is lost without being counted here. */
final class ListenerCounters {

    final AtomicLong received = new AtomicLong();
    final AtomicLong truncated = new AtomicLong();
    final AtomicLong undelivered = new AtomicLong();
    final AtomicLong connections = new AtomicLong();
    final AtomicLong refusedConnections = new AtomicLong();

    @Override
    public String toString() {
        return "received=" + received + " truncated=" + truncated + " undelivered=" + undelivered
                + " connections=" + connections + " refusedConnections=" + refusedConnections;
    }
}
