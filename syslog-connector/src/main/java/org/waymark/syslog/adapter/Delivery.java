package org.waymark.syslog.adapter;

import jakarta.resource.spi.UnavailableException;
import jakarta.resource.spi.endpoint.MessageEndpoint;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.waymark.syslog.api.SyslogListener;
import org.waymark.syslog.api.SyslogMessage;

/**
 * Hands messages to the message-driven bean. The call is synchronous: the listener reads the
 * next message only when the endpoint has returned, so a slow endpoint slows TCP senders down
 * instead of losing their messages.
 */
final class Delivery {

    private static final Logger LOG = Logger.getLogger(Delivery.class.getName());

    private final MessageEndpointFactory endpointFactory;

    Delivery(MessageEndpointFactory endpointFactory) {
        this.endpointFactory = endpointFactory;
    }

    /** @return whether the endpoint took the message */
    boolean deliver(SyslogMessage message) {
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
