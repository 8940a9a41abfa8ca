package org.waymark.syslog.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * One received syslog message: exactly as it arrived (the framing removed), and taken apart.
 *
 * @param receivedAt   when the adapter read it
 * @param protocol     {@code udp} or {@code tcp}
 * @param peerAddress  the sender's IP address
 * @param listenerPort the local port it arrived on
 * @param text         the message, decoded as UTF-8
 * @param truncated    whether it was longer than the listener's maximum message size and cut
 * @param parsed       the text taken apart, or kept whole as unparsed
 */
public record SyslogMessage(Instant receivedAt, String protocol, String peerAddress, int listenerPort,
                            String text, boolean truncated, ParsedSyslog parsed) implements Serializable {

    public SyslogMessage {
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(peerAddress, "peerAddress");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(parsed, "parsed");
    }
}
