package org.waymark.syslog.adapter;

import jakarta.resource.spi.UnavailableException;
import jakarta.resource.spi.endpoint.MessageEndpoint;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.waymark.syslog.api.ParsedSyslog;
import org.waymark.syslog.api.SyslogListener;
import org.waymark.syslog.api.SyslogMessage;
import org.waymark.syslog.parse.SyslogParser;

/**
 * Counts what a listener received, parses it (RFC 5424, else RFC 3164, else kept unparsed) and
 * hands it to the message-driven bean. The call is synchronous: the listener reads the
 * next message only when the endpoint has returned, so a slow endpoint slows TCP senders down
 * instead of losing their messages.
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

    /** Counts one received message and delivers it. */
    void receive(String protocol, String peerAddress, int listenerPort, byte[] bytes, boolean truncated) {
        counters.received.incrementAndGet();
        if (truncated) {
            counters.truncated.incrementAndGet();
        }
        Instant receivedAt = Instant.now();
        String text = new String(bytes, StandardCharsets.UTF_8);
        ParsedSyslog parsed = SyslogParser.parse(text, peerAddress, receivedAt, timeZone);
        (parsed.format() == ParsedSyslog.Format.UNPARSED ? counters.unparsed : counters.parsed).incrementAndGet();
        SyslogMessage message = new SyslogMessage(receivedAt, protocol, peerAddress, listenerPort, text, truncated, parsed);
        if (!deliver(message)) {
            counters.undelivered.incrementAndGet();
        }
    }

    /** @return whether the endpoint took the message */
    private boolean deliver(SyslogMessage message) {
        MessageEndpoint endpoint;
        try {
            endpoint = endpointFactory.createEndpoint(null);
        } catch (UnavailableException e) {
            LOG.log(Level.WARNING, "syslog endpoint unavailable, message from " + message.peerAddress() + " not delivered", e);
            return false;
        }
        try {
            ((SyslogListener) endpoint).onMessage(message);
            return true;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "syslog endpoint failed on a message from " + message.peerAddress(), e);
            return false;
        } finally {
            endpoint.release();
        }
    }
}
