package org.waymark.syslog.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.waymark.syslog.api.ParsedSyslog;

/**
 * A fuzz test of the parsers over a million inputs: random text, and real messages of every
 * format with random edits. Whatever arrives, every parser returns; no exception escapes; every
 * input ends parsed or unparsed, the unparsed one exactly as it came. The seeds are fixed, so a
 * failure names an input that fails again.
 */
class ParserRobustnessTest {

    private static final Instant RECEIVED = Instant.parse("2026-12-04T10:00:00Z");
    private static final String[] MESSAGES = {
        "<34>1 2003-10-11T22:14:15.003Z mymachine.example.com su - ID47 [a@1 b=\"c\\\"d\" e=\"\\]\"][f@2] \uFEFFmsg",
        "<38>Dec  4 10:59:01 bastion sshd[4711]: Failed password for invalid user eve from 203.0.113.5 port 22 ssh2",
        "<13>2026-12-04T10:00:00.123456+01:00 host app[1]: high precision",
        "<13>CEF:0|V|P|1.0|100|name|10|src=10.0.0.1 msg=a \\= b\\n suser=bob rt=Dec 04 2026 10:00:00 UTC cs1Label=x cs1=y",
        "<13>Dec  4 10:00:00 qr LEEF:2.0|V|P|1|41|x5E|src=10.0.1.8^usrName=bob",
        "<13>LEEF:1.0|V|P|1|41|src=10.0.1.8\tusrName=bob",
    };
    /** What edits insert: the characters the grammars care about, and some that no grammar expects. */
    private static final String SYNTAX = "<>[]\"\\=| :-T.Z+0123456789\n\r\t\uFEFF\u0000é\uD83D\uDE00xCEFLEF";

    @Test
    void randomTextEndsParsedOrUnparsed() {
        SplittableRandom random = new SplittableRandom(20261204L);
        for (int i = 0; i < 250_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(300);
            for (int c = 0; c < length; c++) {
                text.append(random.nextInt(4) == 0 ? SYNTAX.charAt(random.nextInt(SYNTAX.length())) : (char) random.nextInt(0x3000));
            }
            assertWellFormed(text.toString());
        }
    }

    @Test
    void realMessagesWithRandomEditsEndParsedOrUnparsed() {
        SplittableRandom random = new SplittableRandom(5424_3164L);
        for (int i = 0; i < 750_000; i++) {
            StringBuilder text = new StringBuilder(MESSAGES[random.nextInt(MESSAGES.length)]);
            int edits = 1 + random.nextInt(4);
            for (int e = 0; e < edits && !text.isEmpty(); e++) {
                int at = random.nextInt(text.length());
                switch (random.nextInt(3)) {
                    case 0 -> text.insert(at, SYNTAX.charAt(random.nextInt(SYNTAX.length())));
                    case 1 -> text.deleteCharAt(at);
                    default -> text.setCharAt(at, SYNTAX.charAt(random.nextInt(SYNTAX.length())));
                }
            }
            assertWellFormed(text.toString());
        }
    }

    private static void assertWellFormed(String text) {
        ParsedSyslog parsed;
        try {
            parsed = SyslogParser.parse(text, "192.0.2.9", RECEIVED, ZoneOffset.UTC);
            Cef.parse(text).ifPresent(event -> Cef.receiptTime(event, ZoneOffset.UTC));
            Leef.parse(text);
        } catch (RuntimeException e) {
            throw new AssertionError("a parser failed on " + escape(text), e);
        }
        assertNotNull(parsed.format());
        if (parsed.format() == ParsedSyslog.Format.UNPARSED) {
            assertEquals(text, parsed.message(), "unparsed input is kept as it came");
        }
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.chars().forEach(c -> out.append(c >= 32 && c < 127 ? String.valueOf((char) c) : String.format("\\u%04x", c)));
        return out.append('"').toString();
    }
}
