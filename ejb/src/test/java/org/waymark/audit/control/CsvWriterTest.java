package org.waymark.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void quotesSeparatorsAndDefusesFormulas() throws IOException {
        StringWriter out = new StringWriter();

        new CsvWriter(out).row("plain", "a,b", "say \"hi\"", "=HYPERLINK(\"x\")", null, "-1");

        assertEquals("plain,\"a,b\",\"say \"\"hi\"\"\",\"'=HYPERLINK(\"\"x\"\")\",,'-1\r\n", out.toString());
    }
}
