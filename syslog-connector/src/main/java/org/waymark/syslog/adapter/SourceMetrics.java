package org.waymark.syslog.adapter;

/** What one sender address sent one listener, as a JMX composite (see {@link ListenerMetricsMXBean#getSources()}). */
public interface SourceMetrics {

    long getReceived();

    long getParsed();

    long getUnparsed();

    long getTruncated();

    /** UDP datagrams dropped because the queue to the endpoints was full. */
    long getDropped();

    /** Connections and datagrams refused: from outside the allowed networks, or past the connection limit. */
    long getRefused();

    long getConnections();
}
