package org.waymark.syslog.adapter;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A million generated and mutated TCP streams through the framing, with fixed seeds: no exception
 * escapes, every stream ends, no frame exceeds the maximum, and no frame holds bytes that were not
 * sent (framing only ever removes).
 */
class FramingRobustnessTest {

    private static final String[] STREAMS = {
        "57 <13>1 2026-12-04T10:00:00Z host app - - - octet-counted one\n<14>lf framed line\n",
        "201 <38>1 2026-12-04T10:00:00Z bastion sshd 4711 - - Failed password for root from 203.0.113.5 port 22 ssh2\n",
        "<13>Dec  4 10:00:00 host app: a line\r\n<13>Dec  4 10:00:01 host app: another\n\n\n12 <13>short\n",
        "999999999 <13>a count far beyond what follows",
    };
    /** What mutations insert: digits, spaces and line ends steer the framing, the rest is noise. */
    private static final byte[] SYNTAX = "0123456789 \n\r<>-\u0000\u00ff".getBytes(UTF_8);
    private static final int MAX = 64;

    @Test
    void randomBytesAreFramedWithoutFailing() throws IOException {
        SplittableRandom random = new SplittableRandom(6587L);
        for (int i = 0; i < 400_000; i++) {
            byte[] stream = new byte[random.nextInt(200)];
            for (int b = 0; b < stream.length; b++) {
                stream[b] = random.nextInt(3) == 0 ? SYNTAX[random.nextInt(SYNTAX.length)] : (byte) random.nextInt(256);
            }
            assertFramed(stream);
        }
    }

    @Test
    void realStreamsWithRandomEditsAreFramedWithoutFailing() throws IOException {
        SplittableRandom random = new SplittableRandom(5425L);
        for (int i = 0; i < 600_000; i++) {
            StringBuilder stream = new StringBuilder(STREAMS[random.nextInt(STREAMS.length)]);
            int edits = 1 + random.nextInt(4);
            for (int e = 0; e < edits && !stream.isEmpty(); e++) {
                int at = random.nextInt(stream.length());
                char c = (char) (SYNTAX[random.nextInt(SYNTAX.length)] & 0x7f);
                switch (random.nextInt(4)) {
                    case 0 -> stream.insert(at, c);
                    case 1 -> stream.deleteCharAt(at);
                    case 2 -> stream.setCharAt(at, c);
                    default -> stream.setLength(at); // the sender closed mid-stream
                }
            }
            assertFramed(stream.toString().getBytes(UTF_8));
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
