package org.waymark.syslog.adapter;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/** What one listener saw: nothing received is lost without being counted here. */
final class ListenerCounters implements ListenerMetricsMXBean {

    final AtomicLong received = new AtomicLong();
    final AtomicLong parsed = new AtomicLong();
    /** Kept and delivered as raw text: neither RFC 5424 nor RFC 3164. */
    final AtomicLong unparsed = new AtomicLong();
    final AtomicLong truncated = new AtomicLong();
    final AtomicLong delivered = new AtomicLong();
    final AtomicLong undelivered = new AtomicLong();
    /** UDP datagrams dropped because the queue to the endpoints was full (UDP cannot push back). */
    final AtomicLong dropped = new AtomicLong();
    final AtomicLong connections = new AtomicLong();
    final AtomicLong refusedConnections = new AtomicLong();
    /** Datagrams and connections from outside the allowed networks, refused. */
    final AtomicLong refusedSources = new AtomicLong();
    /** TLS connections whose handshake failed (no common protocol, an untrusted client certificate). */
    final AtomicLong failedHandshakes = new AtomicLong();
    /** RELP sessions ended because the peer broke the protocol. */
    final AtomicLong protocolErrors = new AtomicLong();
    /** Messages the sender's stream ended in: short of their octet count, or without their LF (kept as they came). */
    final AtomicLong incompleteFrames = new AtomicLong();
    /** Connections closed because the sender sent nothing for the idle timeout. */
    final AtomicLong idleTimeouts = new AtomicLong();
    /** Connections that ended in an error rather than a close (reset by the peer, a broken network). */
    final AtomicLong brokenConnections = new AtomicLong();
    /** UDP: datagrams the kernel dropped because the socket's receive buffer was full (Linux); they never reached the listener. */
    volatile LongSupplier kernelDrops = () -> 0;

    @Override
    public long getReceived() {
        return received.get();
    }

    @Override
    public long getParsed() {
        return parsed.get();
    }

    @Override
    public long getUnparsed() {
        return unparsed.get();
    }

    @Override
    public long getTruncated() {
        return truncated.get();
    }

    @Override
    public long getDelivered() {
        return delivered.get();
    }

    @Override
    public long getUndelivered() {
        return undelivered.get();
    }

    @Override
    public long getDropped() {
        return dropped.get();
    }

    @Override
    public long getConnections() {
        return connections.get();
    }

    @Override
    public long getRefusedConnections() {
        return refusedConnections.get();
    }

    @Override
    public long getRefusedSources() {
        return refusedSources.get();
    }

    @Override
    public long getFailedHandshakes() {
        return failedHandshakes.get();
    }

    @Override
    public long getProtocolErrors() {
        return protocolErrors.get();
    }

    @Override
    public long getIncompleteFrames() {
        return incompleteFrames.get();
    }

    @Override
    public long getIdleTimeouts() {
        return idleTimeouts.get();
    }

    @Override
    public long getBrokenConnections() {
        return brokenConnections.get();
    }

    @Override
    public long getKernelDrops() {
        return kernelDrops.getAsLong();
    }

    @Override
    public String toString() {
        return "received=" + received + " parsed=" + parsed + " unparsed=" + unparsed + " truncated=" + truncated + " delivered=" + delivered + " undelivered=" + undelivered
                + " dropped=" + dropped
                + " connections=" + connections + " refusedConnections=" + refusedConnections + " refusedSources=" + refusedSources
                + " failedHandshakes=" + failedHandshakes + " protocolErrors=" + protocolErrors + " incompleteFrames=" + incompleteFrames
                + " idleTimeouts=" + idleTimeouts + " brokenConnections=" + brokenConnections + " kernelDrops=" + getKernelDrops();
    }
}
