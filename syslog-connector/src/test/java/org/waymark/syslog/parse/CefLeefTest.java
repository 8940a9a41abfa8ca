package org.waymark.syslog.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.waymark.syslog.api.CefEvent;
import org.waymark.syslog.api.LeefEvent;

class CefLeefTest {

    @Test
    void cefHeaderAndExtensionAreUnescaped() {
        CefEvent event = Cef.parse("Dec  4 10:00:00 fw CEF:0|Secu\\|rity|threat\\\\manager|1.0|100|worm successfully stopped|10|"
                + "src=10.0.0.1 dst=2.1.2.2 spt=1232 msg=a \\= b\\nnext line suser=bob cs1Label=note cs1=c:\\\\temp x").orElseThrow();

        assertEquals(0, event.version());
        assertEquals("Secu|rity", event.deviceVendor());
        assertEquals("threat\\manager", event.deviceProduct());
        assertEquals("100", event.signatureId());
        assertEquals(10, event.severity());
        assertEquals("10.0.0.1", event.get("src"));
        assertEquals("a = b\nnext line", event.get("msg"));
        assertEquals("bob", event.get("suser"));
        assertEquals("c:\\temp x", event.get("cs1"));
    }

    @Test
    void cefSeverityWordsAndVersionOne() {
        assertEquals(8, Cef.parse("CEF:1|V|P|1|auth|Login|High|outcome=failure").orElseThrow().severity());
        assertEquals(-1, Cef.parse("CEF:0|V|P|1|auth|Login|Unknown|").orElseThrow().severity());
        assertTrue(Cef.parse("CEF:2|V|P|1|auth|Login|3|").isEmpty(), "no such CEF version");
        assertTrue(Cef.parse("CEF:0|V|P|1|auth").isEmpty(), "a header of seven fields");
    }

    @Test
    void cefReceiptTimeInBothForms() {
        CefEvent millis = Cef.parse("CEF:0|V|P|1|a|b|3|rt=1796378400123").orElseThrow();
        CefEvent text = Cef.parse("CEF:0|V|P|1|a|b|3|rt=Dec 04 2026 10:00:00 act=x").orElseThrow();
        CefEvent zoned = Cef.parse("CEF:0|V|P|1|a|b|3|rt=Dec 04 2026 10:00:00.500 UTC").orElseThrow();

        assertEquals(Instant.parse("2026-12-04T10:00:00.123Z"), Cef.receiptTime(millis, ZoneOffset.UTC).orElseThrow());
        assertEquals(Instant.parse("2026-12-04T09:00:00Z"), Cef.receiptTime(text, ZoneOffset.ofHours(1)).orElseThrow());
        assertEquals(Instant.parse("2026-12-04T10:00:00.500Z"), Cef.receiptTime(zoned, ZoneOffset.ofHours(1)).orElseThrow());
    }

    @Test
    void leefOneAndTwo() {
        LeefEvent one = Leef.parse("<13>Dec  4 10:00:00 qr LEEF:1.0|Lancope|StealthWatch|1.0|41|src=10.0.1.8\tdst=10.0.0.5\tusrName=alice")
                .orElseThrow();
        LeefEvent two = Leef.parse("LEEF:2.0|Lancope|StealthWatch|1.0|41|^|src=10.0.1.8^usrName=bob").orElseThrow();
        LeefEvent hex = Leef.parse("LEEF:2.0|V|P|1|login|x5E|usrName=carol^src=192.0.2.1\n").orElseThrow();

        assertEquals("alice", one.get("usrName"));
        assertEquals("41", one.eventId());
        assertEquals("bob", two.get("usrName"));
        assertEquals("192.0.2.1", hex.get("src"));
        assertTrue(Leef.parse("LEEF:3.0|V|P|1|e|a=b").isEmpty());
    }

    @Test
    void leefDeviceTimeInItsOwnFormatInEpochMillisecondsOrInTheDefaultForm() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        LeefEvent formatted = Leef.parse("LEEF:2.0|V|P|1|e|^|devTime=2026-12-04 11:00:00^devTimeFormat=yyyy-MM-dd HH:mm:ss").orElseThrow();
        assertEquals(Instant.parse("2026-12-04T10:00:00Z"), Leef.deviceTime(formatted, berlin).orElseThrow());
        LeefEvent zoned = Leef.parse("LEEF:2.0|V|P|1|e|^|devTime=Dec 04 2026 10:00:00 +0000^devTimeFormat=MMM dd yyyy HH:mm:ss Z").orElseThrow();
        assertEquals(Instant.parse("2026-12-04T10:00:00Z"), Leef.deviceTime(zoned, berlin).orElseThrow());
        LeefEvent epoch = Leef.parse("LEEF:1.0|V|P|1|e|devTime=1796378400000").orElseThrow();
        assertEquals(Instant.ofEpochMilli(1796378400000L), Leef.deviceTime(epoch, berlin).orElseThrow());
        LeefEvent plain = Leef.parse("LEEF:1.0|V|P|1|e|devTime=Dec 04 2026 11:00:00").orElseThrow();
        assertEquals(Instant.parse("2026-12-04T10:00:00Z"), Leef.deviceTime(plain, berlin).orElseThrow());
        LeefEvent named = Leef.parse("LEEF:1.0|V|P|1|e|devTime=Dec 04 2026 10:00:00 UTC").orElseThrow();
        assertEquals(Instant.parse("2026-12-04T10:00:00Z"), Leef.deviceTime(named, berlin).orElseThrow(), "a zone name, as CEF's rt has");

        assertTrue(Leef.deviceTime(Leef.parse("LEEF:1.0|V|P|1|e|devTime=yesterday").orElseThrow(), berlin).isEmpty());
        assertTrue(Leef.deviceTime(Leef.parse("LEEF:2.0|V|P|1|e|^|devTime=1^devTimeFormat=qqqq{").orElseThrow(), berlin).isEmpty());
        assertTrue(Leef.deviceTime(Leef.parse("LEEF:1.0|V|P|1|e|src=10.0.0.1").orElseThrow(), berlin).isEmpty());
    }
}
