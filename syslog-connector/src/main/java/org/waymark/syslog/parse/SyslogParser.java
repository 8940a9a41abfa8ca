package org.waymark.syslog.parse;

import java.time.Instant;
import java.time.ZoneId;
import org.waymark.syslog.api.ParsedSyslog;

/** RFC 5424 strictly, then RFC 3164 heuristically, then the raw text as UNPARSED: nothing is dropped. */
public final class SyslogParser {

    private SyslogParser() {
    }

    /**
     * @param peerAddress stands in for a missing RFC 3164 host
     * @param zone        completes RFC 3164 timestamps, which have none
     */
    public static ParsedSyslog parse(String text, String peerAddress, Instant receivedAt, ZoneId zone) {
        return Rfc5424.parse(text)
                .or(() -> Rfc3164.parse(text, peerAddress, receivedAt, zone))
                .orElseGet(() -> ParsedSyslog.unparsed(text));
    }
}
