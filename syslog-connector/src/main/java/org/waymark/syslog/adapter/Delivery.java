package org.waymark.syslog.adapter;

import jakarta.resource.spi.UnavailableException;
import jakarta.resource.spi.endpoint.MessageEndpoint;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.waymark.syslog.api.ParsedSyslog;
import org.waymark.syslog.api.SyslogListener;
import org.waymark.syslog.api.SyslogMessage;
import org.waymark.syslog.parse.SyslogParser;

/**
 * Counts what a listener received, parses it (RFC 5424, else RFC 3164, else kept unparsed) and
 * hands it to the message-driven bean in batches. The call is synchronous: a TCP connection reads
 * on only when the endpoint has returned, so a slow endpoint slows TCP senders down instead of
 * losing their messages.
 */
final class Delivery {

    private static final Logger LOG = Logger.getLogger(Delivery.class.getName());

    /** What the listener received and delivered; the TCP listener adds its connection counts. */
    final ListenerCounters counters = new ListenerCounters();

    private final MessageEndpointFactory endpointFactory;
    private final ZoneId timeZone;

    /** @param timeZone completes RFC 3164 timestamps, which have none */
    Delivery(MessageEndpointFactory endpointFactory, ZoneId timeZone) {
        this.endpointFactory = endpointFactory;
        this.timeZone = timeZone;
    }

    /** The most messages one endpoint call carries. */
    static final int BATCH = 256;

    /**
     * Counts and parses one received message, for a batch.
     *
     * @param source the sender's counters, from {@code counters.source(peerAddress)}
     */
    SyslogMessage message(String protocol, String peerAddress, ListenerCounters.Source source, int listenerPort, byte[] bytes,
                          boolean truncated) {
        Instant receivedAt = Instant.now();
        String text = new String(bytes, StandardCharsets.UTF_8);
        ParsedSyslog parsed = SyslogParser.parse(text, peerAddress, receivedAt, timeZone);
        counters.received(source, parsed.format() != ParsedSyslog.Format.UNPARSED, truncated);
        return new SyslogMessage(receivedAt, protocol, peerAddress, listenerPort, text, truncated, parsed);
    }

    /**
     * Hands a batch to the endpoint; what it did not take is counted as undelivered.
     *
     * @return whether the endpoint took the whole batch
     */
    boolean deliver(List<SyslogMessage> batch) {
        if (batch.isEmpty()) {
            return true;
        }
        MessageEndpoint endpoint;
        try {
            endpoint = endpointFactory.createEndpoint(null);
        } catch (UnavailableException e) {
            counters.undelivered.addAndGet(batch.size());
            LOG.log(Level.WARNING, "syslog endpoint unavailable, " + batch.size() + " messages not delivered", e);
            return false;
        }
        try {
            ((SyslogListener) endpoint).onMessages(List.copyOf(batch));
            counters.delivered.add(batch.size());
            return true;
        } catch (RuntimeException e) {
            counters.undelivered.addAndGet(batch.size());
            LOG.log(Level.WARNING, "syslog endpoint failed on " + batch.size() + " messages from " + batch.get(0).peerAddress(), e);
            return false;
        } finally {
            endpoint.release();
        }
    }
}
