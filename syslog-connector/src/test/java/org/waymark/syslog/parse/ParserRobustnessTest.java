package org.waymark.syslog.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.waymark.syslog.api.ParsedSyslog;

/**
 * A property-based test of the parsers over a million inputs (jqwik, fixed seeds, a failing input
 * shrunk to the smallest that still fails): random text, and real messages of every format with
 * random edits. Whatever arrives, every parser returns; no exception escapes; every input ends
 * parsed or unparsed, the unparsed one exactly as it came.
 */
class ParserRobustnessTest {

    private static final Instant RECEIVED = Instant.parse("2026-12-04T10:00:00Z");
    private static final List<String> MESSAGES = List.of(
            "<34>1 2003-10-11T22:14:15.003Z mymachine.example.com su - ID47 [a@1 b=\"c\\\"d\" e=\"\\]\"][f@2] \uFEFFmsg",
            "<38>Dec  4 10:59:01 bastion sshd[4711]: Failed password for invalid user eve from 203.0.113.5 port 22 ssh2",
            "<13>2026-12-04T10:00:00.123456+01:00 host app[1]: high precision",
            "<13>CEF:0|V|P|1.0|100|name|10|src=10.0.0.1 msg=a \\= b\\n suser=bob rt=Dec 04 2026 10:00:00 UTC cs1Label=x cs1=y",
            "<13>Dec  4 10:00:00 qr LEEF:2.0|V|P|1|41|x5E|src=10.0.1.8^usrName=bob^devTime=Dec 04 2026 10:00:00",
            "<13>LEEF:1.0|V|P|1|41|src=10.0.1.8\tusrName=bob\tdevTime=2026-12-04 10:00\tdevTimeFormat=yyyy-MM-dd HH:mm");
    /** What generation favours: the characters the grammars care about, and some that no grammar expects. */
    private static final String SYNTAX = "<>[]\"\\=| :-T.Z+0123456789\n\r\t\uFEFF\u0000é\uD83D\uDE00xCEFLEF";

    @Property(tries = 250_000, seed = "20261204")
    void randomTextEndsParsedOrUnparsed(@ForAll("text") String text) {
        assertWellFormed(text);
    }

    @Property(tries = 750_000, seed = "54243164")
    void realMessagesWithRandomEditsEndParsedOrUnparsed(@ForAll("edited") String text) {
        assertWellFormed(text);
    }

    @Provide
    Arbitrary<String> text() {
        Arbitrary<Character> syntax = Arbitraries.of(SYNTAX.chars().mapToObj(c -> (char) c).toList());
        return Arbitraries.frequencyOf(Tuple.of(1, syntax), Tuple.of(3, Arbitraries.chars().range('\u0000', '\u3000')))
                .list().ofMaxSize(300)
                .map(chars -> {
                    StringBuilder text = new StringBuilder(chars.size());
                    chars.forEach(text::append);
                    return text.toString();
                });
    }

    /** A real message with one to four edits: a character inserted, deleted or replaced. */
    @Provide
    Arbitrary<String> edited() {
        Arbitrary<Edit> edit = Combinators.combine(Arbitraries.integers().between(0, 2), Arbitraries.doubles().between(0, 1),
                Arbitraries.of(SYNTAX.chars().mapToObj(c -> (char) c).toList())).as(Edit::new);
        return Combinators.combine(Arbitraries.of(MESSAGES), edit.list().ofMinSize(1).ofMaxSize(4)).as((message, edits) -> {
            StringBuilder text = new StringBuilder(message);
            for (Edit change : edits) {
                change.applyTo(text);
            }
            return text.toString();
        });
    }

    private record Edit(int kind, double where, char c) {

        void applyTo(StringBuilder text) {
            if (text.isEmpty()) {
                return;
            }
            int at = (int) (where * (text.length() - 1));
            switch (kind) {
                case 0 -> text.insert(at, c);
                case 1 -> text.deleteCharAt(at);
                default -> text.setCharAt(at, c);
            }
        }
    }

    private static void assertWellFormed(String text) {
        ParsedSyslog parsed = SyslogParser.parse(text, "192.0.2.9", RECEIVED, ZoneOffset.UTC);
        Cef.parse(text).ifPresent(event -> Cef.receiptTime(event, ZoneOffset.UTC));
        Leef.parse(text).ifPresent(event -> Leef.deviceTime(event, ZoneOffset.UTC));
        assertNotNull(parsed.format());
        if (parsed.format() == ParsedSyslog.Format.UNPARSED) {
            assertEquals(text, parsed.message(), "unparsed input is kept as it came");
        }
    }
}
