package org.waymark.syslog.adapter;

import java.util.Map;

/**
 * A listener's counters as JMX attributes, under {@code org.waymark.syslog:type=Listener,name=…}:
 * every server has JMX, so monitoring tools and the SOC statistics read them the same way on
 * Payara and on GlassFish.
 */
public interface ListenerMetricsMXBean {

    long getReceived();

    long getParsed();

    long getUnparsed();

    long getTruncated();

    long getDelivered();

    long getUndelivered();

    long getDropped();

    long getConnections();

    long getRefusedConnections();

    long getRefusedSources();

    long getFailedHandshakes();

    long getProtocolErrors();

    long getIncompleteFrames();

    long getIdleTimeouts();

    long getBrokenConnections();

    long getKernelDrops();

    /** The same per sender address (at most {@link ListenerCounters#MAX_SOURCES}; beyond, one entry for all others). */
    Map<String, SourceMetrics> getSources();
}
