package org.waymark.syslog.adapter;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrameReaderTest {

    @Test
    void mixesOctetCountedAndLineFramesOnOneStream() throws IOException {
        String stream = "12 <13>1 - - x\n<14>line two\r\n9 <15>three";

        assertEquals(List.of("<13>1 - - x", "<14>line two", "<15>three"), texts(stream, 1024));
    }

    @Test
    void digitsWithoutASpaceAreTheStartOfALineNotACount() throws IOException {
        assertEquals(List.of("2026-12-04 no pri", "<13>next"), texts("2026-12-04 no pri\n<13>next\n", 1024));
    }

    @Test
    void anOverlongLineIsTruncatedAndFlaggedAndTheNextOneIsIntact() throws IOException {
        FrameReader reader = reader("<13>" + "a".repeat(100) + "\n<14>short\n", 20);

        FrameReader.Frame first = reader.next();
        FrameReader.Frame second = reader.next();

        assertTrue(first.truncated());
        assertEquals(20, first.bytes().length);
        assertFalse(second.truncated());
        assertEquals("<14>short", new String(second.bytes(), UTF_8));
        assertNull(reader.next());
    }

    @Test
    void aCountLongerThanTheRestKeepsWhatArrived() throws IOException {
        assertEquals(List.of("<13>half"), texts("50 <13>half", 1024));
    }

    @Test
    void aFrameTheStreamEndsInIsFlaggedIncomplete() throws IOException {
        FrameReader counted = reader("9 <13>whole50 <13>half", 1024);
        assertFalse(counted.next().incomplete());
        assertTrue(counted.next().incomplete());

        FrameReader lines = reader("<13>whole\n<13>no end", 1024);
        assertFalse(lines.next().incomplete());
        assertTrue(lines.next().incomplete());
        assertTrue(reader("12345", 1024).next().incomplete(), "digits, then the end");
        assertNull(lines.next());
    }

    @Test
    void framesArrivingInDribsAndDrabsComeOutWhole() throws IOException {
        String stream = "12 <13>1 - - x\n<14>line two\r\n" + "<15>" + "y".repeat(100) + "\n9 <15>three";
        InputStream dribbling = new FilterInputStream(new ByteArrayInputStream(stream.getBytes(UTF_8))) {
            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                return super.read(buffer, offset, Math.min(length, 3)); // as a slow network delivers it
            }
        };
        FrameReader reader = new FrameReader(dribbling, 50, () -> { });

        List<String> texts = new ArrayList<>();
        List<Boolean> truncated = new ArrayList<>();
        for (FrameReader.Frame frame = reader.next(); frame != null; frame = reader.next()) {
            texts.add(new String(frame.bytes(), UTF_8));
            truncated.add(frame.truncated());
        }

        assertEquals(List.of("<13>1 - - x", "<14>line two", "<15>" + "y".repeat(46), "<15>three"), texts);
        assertEquals(List.of(false, false, true, false), truncated);
    }

    @Test
    void beforeWaitingForTheRestOfAFrameWhatHasArrivedIsHandedOn() throws IOException {
        // a sender that stalls mid-frame: the socket has nothing more to read for now
        Iterator<String> chunks = List.of("<13>one\n<14>tw", "o\n").iterator();
        InputStream stalling = new InputStream() {
            @Override
            public int read() {
                throw new UnsupportedOperationException("the reader reads in chunks");
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (!chunks.hasNext()) {
                    return -1;
                }
                byte[] chunk = chunks.next().getBytes(UTF_8);
                System.arraycopy(chunk, 0, buffer, offset, chunk.length);
                return chunk.length;
            }
        };
        List<String> read = new ArrayList<>();
        List<List<String>> handedOn = new ArrayList<>();
        FrameReader reader = new FrameReader(stalling, 1024, () -> handedOn.add(List.copyOf(read)));

        for (FrameReader.Frame frame = reader.next(); frame != null; frame = reader.next()) {
            read.add(new String(frame.bytes(), UTF_8));
        }

        assertEquals(List.of("<13>one", "<14>two"), read);
        assertEquals(List.of(List.of(), List.of("<13>one"), List.of("<13>one", "<14>two")), handedOn,
                "before the first read, before the rest of <14>two, before the end");
    }

    private static List<String> texts(String stream, int max) throws IOException {
        FrameReader reader = reader(stream, max);
        List<String> texts = new ArrayList<>();
        for (FrameReader.Frame frame = reader.next(); frame != null; frame = reader.next()) {
            texts.add(new String(frame.bytes(), UTF_8));
        }
        return texts;
    }

    private static FrameReader reader(String stream, int max) {
        return new FrameReader(new ByteArrayInputStream(stream.getBytes(UTF_8)), max, () -> { });
    }
}
