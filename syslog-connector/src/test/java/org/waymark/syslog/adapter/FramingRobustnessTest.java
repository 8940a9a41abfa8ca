package org.waymark.syslog.adapter;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * A million generated and mutated TCP streams through the framing (jqwik, with fixed seeds and
 * shrinking to the smallest failing stream): no exception escapes, every stream ends, no frame
 * exceeds the maximum, and no frame holds bytes that were not sent (framing only ever removes).
 */
class FramingRobustnessTest {

    private static final List<String> STREAMS = List.of(
            "57 <13>1 2026-12-04T10:00:00Z host app - - - octet-counted one\n<14>lf framed line\n",
            "201 <38>1 2026-12-04T10:00:00Z bastion sshd 4711 - - Failed password for root from 203.0.113.5 port 22 ssh2\n",
            "<13>Dec  4 10:00:00 host app: a line\r\n<13>Dec  4 10:00:01 host app: another\n\n\n12 <13>short\n",
            "999999999 <13>a count far beyond what follows");
    /** What generation favours: digits, spaces and line ends steer the framing, the rest is noise. */
    private static final String SYNTAX = "0123456789 \n\r<>-\u0000";
    private static final int MAX = 64;

    @Property(tries = 400_000, seed = "6587")
    void randomBytesAreFramedWithoutFailing(@ForAll("noise") byte[] stream) throws IOException {
        assertFramed(stream);
    }

    @Property(tries = 600_000, seed = "5425")
    void realStreamsWithRandomEditsAreFramedWithoutFailing(@ForAll("edited") String stream) throws IOException {
        assertFramed(stream.getBytes(UTF_8));
    }

    @Provide
    Arbitrary<byte[]> noise() {
        Arbitrary<Byte> syntax = Arbitraries.of(SYNTAX.chars().mapToObj(c -> (byte) c).toList());
        return Arbitraries.frequencyOf(Tuple.of(1, syntax), Tuple.of(2, Arbitraries.bytes()))
                .list().ofMaxSize(200)
                .map(bytes -> {
                    byte[] stream = new byte[bytes.size()];
                    for (int i = 0; i < stream.length; i++) {
                        stream[i] = bytes.get(i);
                    }
                    return stream;
                });
    }

    /** A real stream with one to four edits: a character inserted, deleted or replaced, or the rest cut off (the sender closed). */
    @Provide
    Arbitrary<String> edited() {
        Arbitrary<Edit> edit = Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.doubles().between(0, 1),
                Arbitraries.of(SYNTAX.chars().mapToObj(c -> (char) c).toList())).as(Edit::new);
        return Combinators.combine(Arbitraries.of(STREAMS), edit.list().ofMinSize(1).ofMaxSize(4)).as((stream, edits) -> {
            StringBuilder text = new StringBuilder(stream);
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
                case 2 -> text.setCharAt(at, c);
                default -> text.setLength(at); // the sender closed mid-stream
            }
        }
    }

    private static void assertFramed(byte[] stream) throws IOException {
        FrameReader reader = new FrameReader(new ByteArrayInputStream(stream), MAX, () -> { });
        long framed = 0;
        int frames = 0;
        for (FrameReader.Frame frame = reader.next(); frame != null; frame = reader.next()) {
            assertTrue(frame.bytes().length <= MAX, "a frame within the maximum");
            framed += frame.bytes().length;
            assertTrue(++frames <= stream.length, "each frame consumes input: the stream ends");
        }
        assertTrue(framed <= stream.length, "framing never adds bytes");
    }
}
