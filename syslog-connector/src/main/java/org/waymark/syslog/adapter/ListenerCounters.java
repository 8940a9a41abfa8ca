package org.waymark.syslog.adapter;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;

/**
 * What one listener saw, in all and per sender address: nothing received is lost without being
 * counted here. What every message counts goes to a {@link LongAdder}, which the listener's threads
 * add to without contending; the rest are rare enough for an {@link AtomicLong}.
 */
final class ListenerCounters implements ListenerMetricsMXBean {

    /** UDP senders can be spoofed at will: beyond this many addresses, the rest share one entry. */
    static final int MAX_SOURCES = 4096;
    static final String OTHER_SOURCES = "other sources";

    final LongAdder received = new LongAdder();
    final LongAdder parsed = new LongAdder();
    /** Kept and delivered as raw text: neither RFC 5424 nor RFC 3164. */
    final LongAdder unparsed = new LongAdder();
    final LongAdder truncated = new LongAdder();
    final LongAdder delivered = new LongAdder();
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
    private final Map<String, Source> sources = new ConcurrentHashMap<>();

    /** UDP: datagrams the kernel dropped because the socket's receive buffer was full (Linux); they never reached the listener. */
    volatile LongSupplier kernelDrops = () -> 0;

    /** One sender address's counters; a connection looks them up once. */
    static final class Source implements SourceMetrics {
        final LongAdder received = new LongAdder();
        final LongAdder parsed = new LongAdder();
        final LongAdder unparsed = new LongAdder();
        final LongAdder truncated = new LongAdder();
        final AtomicLong dropped = new AtomicLong();
        final AtomicLong refused = new AtomicLong();
        final AtomicLong connections = new AtomicLong();

        @Override
        public long getReceived() {
            return received.sum();
        }

        @Override
        public long getParsed() {
            return parsed.sum();
        }

        @Override
        public long getUnparsed() {
            return unparsed.sum();
        }

        @Override
        public long getTruncated() {
            return truncated.sum();
        }

        @Override
        public long getDropped() {
            return dropped.get();
        }

        @Override
        public long getRefused() {
            return refused.get();
        }

        @Override
        public long getConnections() {
            return connections.get();
        }
    }

    Source source(String address) {
        Source source = sources.get(address);
        if (source != null) {
            return source;
        }
        return sources.computeIfAbsent(sources.size() < MAX_SOURCES ? address : OTHER_SOURCES, ignored -> new Source());
    }

    /** A message arrived from the source (and was parsed, or kept unparsed). */
    void received(Source source, boolean parsedAsSyslog, boolean wasTruncated) {
        received.increment();
        source.received.increment();
        (parsedAsSyslog ? parsed : unparsed).increment();
        (parsedAsSyslog ? source.parsed : source.unparsed).increment();
        if (wasTruncated) {
            truncated.increment();
            source.truncated.increment();
        }
    }

    /** A datagram arrived and found the queue full. */
    void dropped(String address) {
        received.increment();
        dropped.incrementAndGet();
        Source source = source(address);
        source.received.increment();
        source.dropped.incrementAndGet();
    }

    /**
     * A datagram or connection from outside the allowed networks. Spoofed UDP senders can make up
     * any number of such addresses: a new one gets an entry of its own only while the table is
     * less than half full, so that they never crowd out the senders that are let in.
     */
    void refusedSource(String address) {
        refusedSources.incrementAndGet();
        Source source = sources.get(address);
        if (source == null) {
            source = sources.size() < MAX_SOURCES / 2 ? source(address) : source(OTHER_SOURCES);
        }
        source.refused.incrementAndGet();
    }

    /** A connection past the limit, or one no thread could serve. */
    void refusedConnection(String address) {
        refusedConnections.incrementAndGet();
        source(address).refused.incrementAndGet();
    }

    void connection(String address) {
        connections.incrementAndGet();
        source(address).connections.incrementAndGet();
    }

    @Override
    public Map<String, SourceMetrics> getSources() {
        return new TreeMap<>(sources);
    }

    @Override
    public long getReceived() {
        return received.sum();
    }

    @Override
    public long getParsed() {
        return parsed.sum();
    }

    @Override
    public long getUnparsed() {
        return unparsed.sum();
    }

    @Override
    public long getTruncated() {
        return truncated.sum();
    }

    @Override
    public long getDelivered() {
        return delivered.sum();
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
