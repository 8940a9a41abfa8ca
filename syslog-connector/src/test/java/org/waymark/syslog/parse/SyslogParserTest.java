package org.waymark.syslog.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.waymark.syslog.api.ParsedSyslog;
import org.waymark.syslog.api.ParsedSyslog.Format;
import org.waymark.syslog.api.ParsedSyslog.Param;

class SyslogParserTest {

    private static final Instant RECEIVED = Instant.parse("2026-12-04T10:00:00Z");
    private static final ZoneId ZURICH = ZoneId.of("Europe/Zurich");

    private static ParsedSyslog parse(String text) {
        return SyslogParser.parse(text, "192.0.2.9", RECEIVED, ZURICH);
    }

    @Test
    void rfc5424OffsetsAheadBehindAndUnderAnHour() {
        assertEquals(Instant.parse("2026-12-04T10:00:00Z"), parse("<13>1 2026-12-04T15:30:00+05:30 h a - - - x").timestamp());
        assertEquals(Instant.parse("2026-12-04T10:30:00Z"), parse("<13>1 2026-12-04T10:00:00-00:30 h a - - - x").timestamp());
        assertEquals(Instant.parse("2026-12-04T10:00:00.5Z"), parse("<13>1 2026-12-04T10:00:00.5Z h a - - - x").timestamp());
        assertNotEquals(ParsedSyslog.Format.RFC5424, parse("<13>1 2026-02-30T10:00:00Z h a - - - x").format(), "no 30 February");
    }

    @Test
    void rfc5424ExampleWithBomAndNoStructuredData() {
        ParsedSyslog message = parse("<34>1 2003-10-11T22:14:15.003Z mymachine.example.com su - ID47 - \uFEFF'su root' failed for lonvick on /dev/pts/8");

        assertEquals(Format.RFC5424, message.format());
        assertEquals(4, message.facility());
        assertEquals(2, message.severity());
        assertEquals(Instant.parse("2003-10-11T22:14:15.003Z"), message.timestamp());
        assertEquals("mymachine.example.com", message.hostname());
        assertEquals("su", message.appName());
        assertNull(message.procId());
        assertEquals("ID47", message.msgId());
        assertEquals("'su root' failed for lonvick on /dev/pts/8", message.message());
    }

    @Test
    void rfc5424StructuredDataWithEscapesAndAnOffset() {
        ParsedSyslog message = parse("<165>1 2003-08-24T05:14:15.000003-07:00 192.0.2.1 myproc 8710 - "
                + "[exampleSDID@32473 iut=\"3\" eventSource=\"Application\" note=\"a \\\"quoted\\\" \\] and \\\\\"][b@1] text\n");

        assertEquals(Format.RFC5424, message.format());
        assertEquals(Instant.parse("2003-08-24T12:14:15.000003Z"), message.timestamp());
        assertEquals("8710", message.procId());
        assertEquals(2, message.structuredData().size());
        assertEquals("exampleSDID@32473", message.structuredData().get(0).id());
        assertEquals(new Param("note", "a \"quoted\" ] and \\"), message.structuredData().get(0).params().get(2));
        assertEquals(List.of(), message.structuredData().get(1).params());
        assertEquals("text", message.message(), "the sender's trailing line break is not content");
    }

    @Test
    void rfc3164FromSshdCompletesTheYearAndZone() {
        ParsedSyslog message = parse("<38>Dec  4 10:59:01 bastion sshd[4711]: Failed password for invalid user eve from 203.0.113.5 port 22 ssh2");

        assertEquals(Format.RFC3164, message.format());
        assertEquals(4, message.facility());
        assertEquals(6, message.severity());
        assertEquals(Instant.parse("2026-12-04T09:59:01Z"), message.timestamp(), "Zurich is an hour ahead in December");
        assertEquals("bastion", message.hostname());
        assertEquals("sshd", message.appName());
        assertEquals("4711", message.procId());
        assertEquals("Failed password for invalid user eve from 203.0.113.5 port 22 ssh2", message.message());
    }

    @Test
    void rfc3164WithoutHostTakesThePeerAndADecemberMessageReadInJanuaryIsLastYears() {
        ParsedSyslog noHost = parse("<13>Dec  4 10:00:00 su: session opened");
        assertEquals("192.0.2.9", noHost.hostname());
        assertEquals("su", noHost.appName());
        assertEquals("session opened", noHost.message());

        ParsedSyslog lastYear = SyslogParser.parse("<13>Dec 31 23:59:59 host app: late", "192.0.2.9", Instant.parse("2027-01-01T00:00:05Z"),
                ZoneOffset.UTC);
        assertEquals(Instant.parse("2026-12-31T23:59:59Z"), lastYear.timestamp());
    }

    @Test
    void rfc3164WithoutTimestampUsesTheTimeOfReceipt() {
        ParsedSyslog message = parse("<14>kernel: eth0 link up");

        assertEquals(Format.RFC3164, message.format());
        assertEquals(RECEIVED, message.timestamp());
        assertEquals("kernel", message.appName());
        assertEquals("eth0 link up", message.message());
    }

    @Test
    void withoutAValidPriorityTheTextIsKeptUnparsed() {
        for (String text : List.of("", "hello", "<192>1 - - - - - -", "<01>x", "<1a>x", "\u0000\u00ff<", "<>")) {
            ParsedSyslog message = parse(text);
            assertEquals(Format.UNPARSED, message.format(), text);
            assertEquals(text, message.message());
        }
    }

    @Test
    void aBrokenRfc5424HeaderFallsBackToRfc3164() {
        ParsedSyslog message = parse("<34>1 2003-10-11 22:14:15 host app - - - text");

        assertEquals(Format.RFC3164, message.format());
        assertTrue(message.message().contains("text"));
    }
}
